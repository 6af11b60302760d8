import type { LadderCollection, LadderNew, LadderRow, LadderStepNew, LadderStepPatch, LadderStepRow, LadderSteps, ListOptions, OwnerScope } from './store.js';
import { tableCollection, type StoreContext } from './tableCollection.js';
import { LADDERS, LADDER_STEPS } from './tableSpecs.js';
import { normalizeId } from './valueCodec.js';

type LadderBase = Omit<LadderRow, 'steps'>;
type StepNew = LadderStepNew & { ladderId: string };

/** Runs `work` in one transaction with collections bound to it. */
export type InTransaction = <T>(work: (ctx: StoreContext) => Promise<T>) => Promise<T>;

/**
 * Exposure ladders and their steps. A ladder comes back with its steps in order; every change to a
 * step also moves its ladder's `updatedAt`, and every change of more than one row is one transaction.
 */
export function ladderCollections(ctx: StoreContext, inTransaction: InTransaction): { ladders: LadderCollection & { listAll(scope?: OwnerScope): Promise<LadderRow[]> }; ladderSteps: LadderSteps } {
  const bases = (c: StoreContext) => tableCollection<{ title: string; owner?: string }, LadderBase, object, { title?: string }>(c, LADDERS);
  const steps = (c: StoreContext) => tableCollection<StepNew, LadderStepRow, object, LadderStepPatch>(c, LADDER_STEPS);

  async function stepsOf(c: StoreContext, ladderIds: string[]): Promise<Map<string, LadderStepRow[]>> {
    const byLadder = new Map<string, LadderStepRow[]>(ladderIds.map((id) => [id, []]));
    if (ladderIds.length === 0) return byLadder;
    const raw = await c.db.selectFrom('ladder_steps').selectAll().where('ladder_id', 'in', ladderIds).orderBy('position', 'asc').orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
    const decode = steps(c);
    for (const r of raw) {
      const step = decode.decode(r);
      byLadder.get(step.ladderId)?.push(step);
    }
    return byLadder;
  }

  async function withSteps(c: StoreContext, ladders: LadderBase[]): Promise<LadderRow[]> {
    const byLadder = await stepsOf(c, ladders.map((l) => l.id));
    return ladders.map((l) => ({ ...l, steps: byLadder.get(l.id) ?? [] }));
  }

  async function one(c: StoreContext, id: string): Promise<LadderRow | undefined> {
    const base = await bases(c).get(id);
    return base ? (await withSteps(c, [base]))[0] : undefined;
  }

  async function touch(c: StoreContext, ladderId: string): Promise<void> {
    await c.db.updateTable('ladders').set({ updated_at: c.now() }).where('id', '=', ladderId).execute();
  }

  async function nextPosition(c: StoreContext, ladderId: string): Promise<number> {
    const row = await c.db.selectFrom('ladder_steps').select((eb) => eb.fn.max('position').as('last')).where('ladder_id', '=', ladderId).executeTakeFirst();
    return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
  }

  const ladders = {
    create(input: LadderNew) {
      return inTransaction(async (c) => {
        const base = await bases(c).create({ title: input.title, owner: input.owner });
        for (const [i, step] of (input.steps ?? []).entries()) {
          await steps(c).create({ ...step, ladderId: base.id, position: step.position ?? i, owner: step.owner ?? base.owner });
        }
        return (await one(c, base.id)) as LadderRow;
      });
    },
    get: (id: string) => one(ctx, id),
    async list(options: ListOptions = {}) {
      return withSteps(ctx, await bases(ctx).list(options));
    },
    async listAll(scope: OwnerScope = {}) {
      return withSteps(ctx, await bases(ctx).listAll(scope));
    },
    update(id: string, patch: { title?: string }) {
      return inTransaction(async (c) => {
        const base = await bases(c).update(id, patch);
        return base ? one(c, base.id) : undefined;
      });
    },
    delete(id: string) {
      const key = normalizeId(id);
      if (key === undefined) return Promise.resolve(false);
      return inTransaction(async (c) => {
        // The foreign key cascades too; deleting the steps here does not depend on SQLite's pragma.
        await c.db.deleteFrom('ladder_steps').where('ladder_id', '=', key).execute();
        return bases(c).delete(key);
      });
    },
  };

  const ladderSteps: LadderSteps = {
    create(ladderId, input) {
      const key = normalizeId(ladderId);
      if (key === undefined) return Promise.resolve(undefined);
      return inTransaction(async (c) => {
        const ladder = await bases(c).get(key);
        if (!ladder) return undefined;
        const position = input.position ?? (await nextPosition(c, key));
        const step = await steps(c).create({ ...input, ladderId: key, position, owner: input.owner ?? ladder.owner });
        await touch(c, key);
        return step;
      });
    },
    get: (id) => steps(ctx).get(id),
    update(id, patch) {
      return inTransaction(async (c) => {
        const step = await steps(c).update(id, patch);
        if (step) await touch(c, step.ladderId);
        return step;
      });
    },
    delete(id) {
      return inTransaction(async (c) => {
        const step = await steps(c).get(id);
        if (!step) return false;
        await steps(c).delete(step.id);
        await touch(c, step.ladderId);
        return true;
      });
    },
    reorder(ladderId, stepIds) {
      const key = normalizeId(ladderId);
      if (key === undefined) return Promise.resolve(undefined);
      return inTransaction(async (c) => {
        const ladder = await one(c, key);
        if (!ladder) return undefined;
        const wanted = [...new Set(stepIds.map((id) => normalizeId(id)).filter((id): id is string => id !== undefined))];
        const named = wanted.map((id) => ladder.steps.find((s) => s.id === id)).filter((s): s is LadderStepRow => s !== undefined);
        const order = [...named, ...ladder.steps.filter((s) => !named.includes(s))];
        for (const [position, step] of order.entries()) {
          if (step.position !== position) await steps(c).update(step.id, { position });
        }
        await touch(c, key);
        return one(c, key);
      });
    },
  };

  return { ladders, ladderSteps };
}
