import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { columnTypes } from './columnTypes.js';
import { allMigrations, MIGRATIONS } from './migrations/allMigrations.js';
import type { LadderRow, PracticeSessionNew, ReviewNew, Store } from './store.js';

/**
 * Migrating forward, for either backend: takes the fresh database behind `old` to the first migration
 * only, writes a worksheet row as that version wrote it, closes `old`, then expects the store that
 * `open` opens on the same database (migrating it on open) to read the row back unchanged.
 */
export async function expectMigratesForward(old: Kysely<unknown>, backend: 'sqlite' | 'postgres', open: () => Promise<Store>): Promise<void> {
  const first = Object.keys(MIGRATIONS)[0];
  const result = await new Migrator({ db: old, provider: { getMigrations: async () => allMigrations(columnTypes(backend)) } }).migrateTo(first);
  expect(result.error).toBeUndefined();
  const id = '6f1c3c2e-8a63-4d5e-9b0f-2a1d3c4b5e6f';
  await (old as Kysely<Record<string, Record<string, unknown>>>)
    .insertInto('worksheets')
    .values({ id, created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z', kind: 'fast', fields: '{"fair":"yes"}', checks: null })
    .execute();
  await old.destroy();

  const store = await open();
  try {
    expect(await store.worksheets.get(id)).toEqual({ id, owner: 'local', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', kind: 'fast', fields: { fair: 'yes' }, checks: null });
  } finally {
    await store.close();
  }
}

/**
 * The behaviour every store must have, defined once and run against each backend
 * (`sqliteStore.test.ts`, `postgresStore.test.ts`). `open` opens a store on the same database each
 * time it is called (the suite opens a second one to see that data outlives a store).
 */
export function storeContract(open: () => Promise<Store>): void {
  let store: Store;

  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store.deleteAll();
  });

  const session = (over: Partial<PracticeSessionNew> = {}): PracticeSessionNew => ({
    scenarioId: 'lonely-minimiser',
    seed: 7,
    status: 'in_progress',
    turns: [],
    ...over,
  });
  const metrics = { turns: 12, reflectionToQuestion: 1.5, percentComplexReflections: 40, percentOpenQuestions: 62.5, meanEmpathy: 0.8, safetyFlags: 0 };
  const review = (over: Partial<ReviewNew> = {}): ReviewNew => ({
    title: 'Session 3',
    sourceName: 'session3.vtt',
    format: 'vtt',
    report: { format: 'attune-review/1', turns: [{ speaker: 'therapist', text: 'How are you?' }] },
    metrics,
    ...over,
  });
  const isIso = (s: unknown) => typeof s === 'string' && new Date(s).toISOString() === s;

  describe('rows', () => {
    it('are created with a uuid, the local owner and timestamps, and read back equal', async () => {
      const turns = [{ role: 'person', text: 'I\'m "fine", really — ça va 🙂', analysis: { style: 'passive', markers: [1, 2.5, null, true] } }];
      const created = await store.practiceSessions.create(session({ turns }));
      expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created).toMatchObject({ owner: 'local', scenarioId: 'lonely-minimiser', seed: 7, status: 'in_progress', turns, summary: null, draft: '' });
      expect(isIso(created.createdAt)).toBe(true);
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await store.practiceSessions.get(created.id)).toEqual(created);
    });

    it('keep every kind of JSON value, large text, the largest seed and fractional ratings', async () => {
      const big = 'word '.repeat(200_000);
      const s = await store.practiceSessions.create(session({ seed: 4294967295, turns: { text: big }, summary: 'just a string', draft: big }));
      expect(await store.practiceSessions.get(s.id)).toMatchObject({ seed: 4294967295, turns: { text: big }, summary: 'just a string', draft: big });
      for (const value of [0, -1.25, 'x', true, false, [], {}, [[{}]], { a: { b: { c: [1, 'two', { three: null }] } } }]) {
        const w = await store.worksheets.create({ kind: 'give', fields: value, checks: value });
        expect((await store.worksheets.get(w.id))?.fields, JSON.stringify(value)).toEqual(value);
        expect((await store.worksheets.get(w.id))?.checks, JSON.stringify(value)).toEqual(value);
      }
      const d = await store.diaryEntries.create({ occurredAt: '2024-03-01T09:30:00Z', situation: 's', whatISaid: 'w', anxietyBefore: 37.5, anxietyAfter: 0 });
      expect(await store.diaryEntries.get(d.id)).toMatchObject({ anxietyBefore: 37.5, anxietyAfter: 0 });
    });

    it('take an owner when given one', async () => {
      const mine = await store.worksheets.create({ kind: 'fast', fields: {}, owner: 'alice' });
      await store.worksheets.create({ kind: 'fast', fields: {} });
      expect(mine.owner).toBe('alice');
      expect((await store.worksheets.list({ owner: 'alice' })).map((w) => w.id)).toEqual([mine.id]);
      expect(await store.worksheets.list()).toHaveLength(2);
    });

    it('normalise dates to ISO in UTC and reject what is not a date', async () => {
      const a = await store.assessments.create({ instrumentId: 'cbi', answers: [1], scores: {}, takenAt: '2024-05-01T12:00:00+02:00' });
      expect(a.takenAt).toBe('2024-05-01T10:00:00.000Z');
      expect((await store.assessments.get(a.id))?.takenAt).toBe('2024-05-01T10:00:00.000Z');
      const now = await store.assessments.create({ instrumentId: 'cbi', answers: [], scores: {} });
      expect(now.takenAt).toBe(now.createdAt);
      await expect(store.diaryEntries.create({ occurredAt: 'yesterday-ish', situation: 's', whatISaid: 'w' })).rejects.toThrow(/not a date/);
      expect(await store.diaryEntries.list()).toEqual([]);
    });

    it('answer nothing for unknown or malformed ids, without throwing', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '', "1' or '1'='1"]) {
        expect(await store.reviews.get(id)).toBeUndefined();
        expect(await store.reviews.update(id, { title: 'x' })).toBeUndefined();
        expect(await store.reviews.delete(id)).toBe(false);
        expect(await store.ladders.get(id)).toBeUndefined();
        expect(await store.ladderSteps.create(id, { text: 't', expectedAnxiety: 10 })).toBeUndefined();
        expect(await store.ladderSteps.reorder(id, [])).toBeUndefined();
        expect(await store.ladderSteps.delete(id)).toBe(false);
      }
    });

    it('find an id in upper case', async () => {
      const w = await store.worksheets.create({ kind: 'fast', fields: {} });
      expect((await store.worksheets.get(w.id.toUpperCase()))?.id).toBe(w.id);
    });

    it('are told apart by id even when created at once', async () => {
      const made = await Promise.all(Array.from({ length: 20 }, (_, i) => store.practiceSessions.create(session({ seed: i }))));
      expect(new Set(made.map((m) => m.id)).size).toBe(20);
      expect(new Set(made.map((m) => m.createdAt)).size).toBe(20);
      expect(await store.practiceSessions.list()).toHaveLength(20);
    });
  });

  describe('update', () => {
    it('changes only the fields given, clears with null, and moves updatedAt forward', async () => {
      const s = await store.practiceSessions.create(session({ draft: 'I hear th' }));
      const u = await store.practiceSessions.update(s.id, { draft: 'I hear that', turns: [{ text: 'one' }] });
      expect(u).toMatchObject({ id: s.id, createdAt: s.createdAt, scenarioId: s.scenarioId, seed: 7, draft: 'I hear that', turns: [{ text: 'one' }], summary: null });
      expect(u!.updatedAt > s.updatedAt).toBe(true);
      const ended = await store.practiceSessions.update(s.id, { status: 'ended', summary: { mastered: true } });
      expect(ended).toMatchObject({ status: 'ended', summary: { mastered: true }, draft: 'I hear that' });
      const cleared = await store.practiceSessions.update(s.id, { summary: null });
      expect(cleared?.summary).toBeNull();
      expect(await store.practiceSessions.get(s.id)).toEqual(cleared);
    });

    it('merges a review\'s metrics field by field', async () => {
      const r = await store.reviews.create(review());
      const u = await store.reviews.update(r.id, { metrics: { meanEmpathy: 0.5, reflectionToQuestion: null } });
      expect(u?.metrics).toEqual({ ...metrics, meanEmpathy: 0.5, reflectionToQuestion: null });
      expect(u?.report).toEqual(r.report);
    });

    it('moves a diary entry\'s dates and numbers', async () => {
      const d = await store.diaryEntries.create({ occurredAt: '2024-03-01T09:30:00Z', situation: 'meeting', whatISaid: 'Sorry, maybe', anxietyBefore: 70 });
      const u = await store.diaryEntries.update(d.id, { occurredAt: '2024-03-02', anxietyAfter: 30, outcome: 'went fine', analysis: { style: 'passive' } });
      expect(u).toMatchObject({ occurredAt: '2024-03-02T00:00:00.000Z', anxietyBefore: 70, anxietyAfter: 30, outcome: 'went fine', analysis: { style: 'passive' } });
    });
  });

  describe('delete', () => {
    it('removes one row and says whether it did', async () => {
      const a = await store.worksheets.create({ kind: 'dear_man', fields: { describe: 'x' } });
      const b = await store.worksheets.create({ kind: 'dear_man', fields: { describe: 'y' } });
      expect(await store.worksheets.delete(a.id)).toBe(true);
      expect(await store.worksheets.delete(a.id)).toBe(false);
      expect(await store.worksheets.get(a.id)).toBeUndefined();
      expect((await store.worksheets.list()).map((w) => w.id)).toEqual([b.id]);
    });
  });

  describe('list', () => {
    it('is newest first, pages with limit and offset, and answers 100 rows unless told', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 105; i++) ids.push((await store.reviews.create(review({ title: `r${i}` }))).id);
      const newestFirst = [...ids].reverse();
      expect((await store.reviews.list()).map((r) => r.id)).toEqual(newestFirst.slice(0, 100));
      expect((await store.reviews.list({ limit: 3 })).map((r) => r.id)).toEqual(newestFirst.slice(0, 3));
      expect((await store.reviews.list({ limit: 3, offset: 3 })).map((r) => r.id)).toEqual(newestFirst.slice(3, 6));
      expect((await store.reviews.list({ limit: 10, offset: 100 })).map((r) => r.id)).toEqual(newestFirst.slice(100));
      expect(await store.reviews.list({ offset: 200 })).toEqual([]);
    });

    it('of review summaries leaves the report out', async () => {
      const r = await store.reviews.create(review());
      const [item] = await store.reviews.listSummaries();
      expect(item).toEqual({ id: r.id, owner: 'local', createdAt: r.createdAt, updatedAt: r.updatedAt, title: 'Session 3', sourceName: 'session3.vtt', format: 'vtt', metrics });
      expect(item).not.toHaveProperty('report');
    });

    it('of practice sessions filters by status and scenario', async () => {
      const a = await store.practiceSessions.create(session({ scenarioId: 'a', status: 'ended' }));
      const b = await store.practiceSessions.create(session({ scenarioId: 'b' }));
      const c = await store.practiceSessions.create(session({ scenarioId: 'a' }));
      expect((await store.practiceSessions.list({ status: 'in_progress' })).map((s) => s.id)).toEqual([c.id, b.id]);
      expect((await store.practiceSessions.list({ scenarioId: 'a' })).map((s) => s.id)).toEqual([c.id, a.id]);
      expect((await store.practiceSessions.list({ scenarioId: 'a', status: 'ended' })).map((s) => s.id)).toEqual([a.id]);
    });

    it('of assessments is by the time taken and filters by instrument', async () => {
      const later = await store.assessments.create({ instrumentId: 'cbi', answers: [], scores: { personal: 50 }, takenAt: '2024-06-01T00:00:00Z' });
      const earlier = await store.assessments.create({ instrumentId: 'cbi', answers: [], scores: { personal: 60 }, takenAt: '2024-01-01T00:00:00Z' });
      const other = await store.assessments.create({ instrumentId: 'ipip-e3', answers: [], scores: {}, takenAt: '2023-01-01T00:00:00Z' });
      expect((await store.assessments.list()).map((a) => a.id)).toEqual([later.id, earlier.id, other.id]);
      expect((await store.assessments.list({ instrumentId: 'cbi' })).map((a) => a.id)).toEqual([later.id, earlier.id]);
    });

    it('of worksheets filters by kind', async () => {
      const d = await store.worksheets.create({ kind: 'dear_man', fields: {} });
      await store.worksheets.create({ kind: 'i_statement', fields: {} });
      expect((await store.worksheets.list({ kind: 'dear_man' })).map((w) => w.id)).toEqual([d.id]);
    });
  });

  describe('diary', () => {
    async function entries() {
      const add = (occurredAt: string, situation: string, whatISaid: string, outcome = '') =>
        store.diaryEntries.create({ occurredAt, situation, whatISaid, outcome, anxietyBefore: 50, anxietyAfter: 20 });
      return {
        may: await add('2024-05-10T08:00:00Z', 'Team meeting about the ROTA', 'I would like to swap shifts.'),
        march: await add('2024-03-02T18:00:00Z', 'Dinner with my sister', 'Sorry, I just think 100% of the time…', 'She listened'),
        april: await add('2024-04-20T12:00:00Z', 'Landlord_call', 'Could you fix the heating by Friday?'),
      };
    }

    it('lists by when it happened, newest first', async () => {
      const { may, march, april } = await entries();
      expect((await store.diaryEntries.list()).map((e) => e.id)).toEqual([may.id, april.id, march.id]);
    });

    it('finds text in the situation, what was said or the outcome, ignoring case', async () => {
      const { may, march, april } = await entries();
      const find = async (q: string) => (await store.diaryEntries.list({ q })).map((e) => e.id);
      expect(await find('rota')).toEqual([may.id]);
      expect(await find('SISTER')).toEqual([march.id]);
      expect(await find('listened')).toEqual([march.id]);
      expect(await find('heating by')).toEqual([april.id]);
      expect(await find('')).toHaveLength(3);
      expect(await find('nothing like this')).toEqual([]);
    });

    it('searches for wildcard characters as themselves', async () => {
      const { march, april } = await entries();
      expect((await store.diaryEntries.list({ q: '100%' })).map((e) => e.id)).toEqual([march.id]);
      expect((await store.diaryEntries.list({ q: '%' })).map((e) => e.id)).toEqual([march.id]);
      expect((await store.diaryEntries.list({ q: '_' })).map((e) => e.id)).toEqual([april.id]);
      expect((await store.diaryEntries.list({ q: '\\' })).map((e) => e.id)).toEqual([]);
    });

    it('filters by date, from inclusive and to exclusive, with the search and paging', async () => {
      const { may, april } = await entries();
      const ids = async (f: object) => (await store.diaryEntries.list(f)).map((e) => e.id);
      expect(await ids({ from: '2024-04-01', to: '2024-06-01' })).toEqual([may.id, april.id]);
      expect(await ids({ from: '2024-04-20T12:00:00Z' })).toEqual([may.id, april.id]);
      expect(await ids({ to: '2024-04-20T12:00:00.000Z', q: 'o' })).toHaveLength(1);
      expect(await ids({ from: '2024-04-01', limit: 1, offset: 1 })).toEqual([april.id]);
      expect(await ids({ from: '2024-04-01T14:00:00+02:00' })).toEqual([may.id, april.id]);
    });
  });

  describe('ladders', () => {
    const steps = [
      { text: 'Ask a colleague to repeat something', expectedAnxiety: 20 },
      { text: 'Return an item to a shop', expectedAnxiety: 45 },
      { text: 'Say no to overtime', expectedAnxiety: 80 },
    ];
    const texts = (l: LadderRow | undefined) => l?.steps.map((s) => s.text);

    it('are created with their steps in order', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      expect(l.title).toBe('Work');
      expect(l.steps.map((s) => [s.text, s.expectedAnxiety, s.position, s.doneAt, s.ladderId, s.owner])).toEqual(steps.map((s, i) => [s.text, s.expectedAnxiety, i, null, l.id, 'local']));
      expect(await store.ladders.get(l.id)).toEqual(l);
      expect(await store.ladders.list()).toEqual([l]);
      expect((await store.ladders.create({ title: 'Empty' })).steps).toEqual([]);
    });

    it('are not created at all when one step cannot be stored', async () => {
      const broken = [...steps, { text: null as unknown as string, expectedAnxiety: 10 }];
      await expect(store.ladders.create({ title: 'Half', steps: broken })).rejects.toThrow();
      expect(await store.ladders.list()).toEqual([]);
      expect((await store.exportAll()).ladders).toEqual([]);
    });

    it('take new steps at the end, or where asked, and move their ladder\'s updatedAt', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      const added = await store.ladderSteps.create(l.id, { text: 'Ask for a raise', expectedAnxiety: 90 });
      expect(added).toMatchObject({ ladderId: l.id, position: 3, owner: 'local', anxietyBefore: null });
      const after = await store.ladders.get(l.id);
      expect(texts(after)).toEqual([...steps.map((s) => s.text), 'Ask for a raise']);
      expect(after!.updatedAt > l.updatedAt).toBe(true);
    });

    it('mark a step done with ratings', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      const done = await store.ladderSteps.update(l.steps[0].id, { doneAt: '2024-05-01T10:00:00Z', anxietyBefore: 30, anxietyAfter: 10.5 });
      expect(done).toMatchObject({ doneAt: '2024-05-01T10:00:00.000Z', anxietyBefore: 30, anxietyAfter: 10.5, text: steps[0].text, position: 0 });
      expect((await store.ladders.get(l.id))?.steps[0]).toEqual(done);
      expect((await store.ladderSteps.update(l.steps[0].id, { doneAt: null }))?.doneAt).toBeNull();
    });

    it('reorder their steps, keeping the ones not named after, in their order', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      const [a, b, c] = l.steps;
      const r = await store.ladderSteps.reorder(l.id, [c.id, a.id, c.id, 'nonsense']);
      expect(r?.steps.map((s) => [s.id, s.position])).toEqual([[c.id, 0], [a.id, 1], [b.id, 2]]);
      expect(await store.ladders.get(l.id)).toEqual(r);
      const other = await store.ladders.create({ title: 'Other', steps: [{ text: 'x', expectedAnxiety: 1 }] });
      const untouched = await store.ladderSteps.reorder(l.id, [other.steps[0].id]);
      expect(untouched?.steps.map((s) => s.id)).toEqual([c.id, a.id, b.id]);
      expect(await store.ladders.get(other.id)).toEqual(other);
    });

    it('lose one step, or all of them with the ladder', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      const keep = await store.ladders.create({ title: 'Keep', steps });
      expect(await store.ladderSteps.delete(l.steps[1].id)).toBe(true);
      expect(await store.ladderSteps.delete(l.steps[1].id)).toBe(false);
      expect(texts(await store.ladders.get(l.id))).toEqual([steps[0].text, steps[2].text]);
      expect(await store.ladders.delete(l.id)).toBe(true);
      expect(await store.ladders.get(l.id)).toBeUndefined();
      for (const s of l.steps) expect(await store.ladderSteps.get(s.id)).toBeUndefined();
      expect(await store.ladders.list()).toEqual([keep]);
      expect(await store.ladders.delete(l.id)).toBe(false);
    });

    it('are renamed without touching their steps', async () => {
      const l = await store.ladders.create({ title: 'Work', steps });
      const u = await store.ladders.update(l.id, { title: 'Work things' });
      expect(u).toMatchObject({ title: 'Work things', steps: l.steps });
    });

    it('give their steps the ladder\'s owner', async () => {
      const l = await store.ladders.create({ title: 'Team', steps, owner: 'bob' });
      expect(l.steps.every((s) => s.owner === 'bob')).toBe(true);
      expect((await store.ladderSteps.create(l.id, { text: 'More', expectedAnxiety: 5 }))?.owner).toBe('bob');
    });
  });

  describe('export and delete all', () => {
    async function fill(owner?: string) {
      return {
        session: await store.practiceSessions.create(session({ owner })),
        review: await store.reviews.create(review({ owner })),
        assessment: await store.assessments.create({ instrumentId: 'cbi', answers: [3, 4], scores: { work: 50 }, owner }),
        diary: await store.diaryEntries.create({ occurredAt: '2024-01-01T00:00:00Z', situation: 's', whatISaid: 'w', owner }),
        ladder: await store.ladders.create({ title: 'L', steps: [{ text: 't', expectedAnxiety: 10 }], owner }),
        worksheet: await store.worksheets.create({ kind: 'i_statement', fields: { feeling: 'worried' }, owner }),
      };
    }

    it('exports every row of every kind as the interface reads it', async () => {
      const f = await fill();
      const more = await store.practiceSessions.create(session());
      const all = await store.exportAll();
      expect(all.format).toBe('attune-export/1');
      expect(isIso(all.exportedAt)).toBe(true);
      expect(all.practiceSessions).toEqual([more, f.session]);
      expect(all.reviews).toEqual([f.review]);
      expect(all.assessments).toEqual([f.assessment]);
      expect(all.diaryEntries).toEqual([f.diary]);
      expect(all.ladders).toEqual([f.ladder]);
      expect(all.worksheets).toEqual([f.worksheet]);
      expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    });

    it('exports more than a list page', async () => {
      for (let i = 0; i < 120; i++) await store.worksheets.create({ kind: 'fast', fields: { i } });
      expect((await store.exportAll()).worksheets).toHaveLength(120);
    });

    it('deletes everything, and the store goes on working', async () => {
      await fill();
      await store.deleteAll();
      const all = await store.exportAll();
      for (const kind of ['practiceSessions', 'reviews', 'assessments', 'diaryEntries', 'ladders', 'worksheets'] as const) expect(all[kind]).toEqual([]);
      expect((await store.practiceSessions.create(session())).status).toBe('in_progress');
    });

    it('exports and deletes one owner\'s rows only, when asked', async () => {
      const alice = await fill('alice');
      const local = await fill();
      expect((await store.exportAll({ owner: 'alice' })).ladders).toEqual([alice.ladder]);
      await store.deleteAll({ owner: 'alice' });
      const all = await store.exportAll();
      expect(all.ladders).toEqual([local.ladder]);
      expect(all.reviews).toEqual([local.review]);
      expect(await store.ladderSteps.get(alice.ladder.steps[0].id)).toBeUndefined();
    });
  });

  describe('lifetime', () => {
    it('keeps data for the next store opened on the same database', async () => {
      const s = await store.practiceSessions.create(session({ draft: 'half a sentence' }));
      const second = await open();
      try {
        expect(await second.practiceSessions.get(s.id)).toEqual(s);
        const changed = await second.practiceSessions.update(s.id, { draft: 'a whole sentence' });
        expect((await store.practiceSessions.get(s.id))?.draft).toBe('a whole sentence');
        expect(changed?.draft).toBe('a whole sentence');
      } finally {
        await second.close();
      }
    });

    it('can be closed twice and refuses work after', async () => {
      const extra = await open();
      await extra.close();
      await extra.close();
      await expect(extra.worksheets.list()).rejects.toThrow();
    });
  });
}
