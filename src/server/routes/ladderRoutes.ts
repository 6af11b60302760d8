import type { FastifyInstance } from 'fastify';
import {
  createLadderRequestSchema, ladderParamsSchema, ladderStepInputSchema, ladderStepParamsSchema, markStepDoneRequestSchema, updateLadderRequestSchema,
  updateLadderStepRequestSchema, type LadderJson, type LadderListResponse, type LadderStepJson,
} from '../../shared/api/exposure.js';
import type { LadderRow, LadderStepRow, Store } from '../../store/store.js';
import { notFound } from '../apiError.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

const stepJson = (s: LadderStepRow): LadderStepJson => ({
  id: s.id,
  text: s.text,
  expectedAnxiety: s.expectedAnxiety,
  done: s.doneAt !== null,
  doneAt: s.doneAt,
  anxietyBefore: s.anxietyBefore,
  anxietyAfter: s.anxietyAfter,
});

/**
 * A ladder as the person climbs it (primer §7, graded exposure): steps from the least to the most
 * feared, the next step the lowest-anxiety one not yet done (ties: the one added first).
 */
export function ladderJson(row: LadderRow): LadderJson {
  // The store orders by position, then creation: a stable sort keeps that order among equal anxieties.
  const steps = [...row.steps].sort((a, b) => a.expectedAnxiety - b.expectedAnxiety).map(stepJson);
  const next = steps.find((s) => !s.done) ?? null;
  return {
    id: row.id,
    title: row.title,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    steps,
    nextStepId: next?.id ?? null,
    progress: { done: steps.filter((s) => s.done).length, total: steps.length },
  };
}

async function ladderOr404(store: Store, id: string): Promise<LadderRow> {
  const row = await store.ladders.get(id);
  if (!row) throw notFound('ladder');
  return row;
}

/** A step of that ladder (a step id of another ladder is not found here). */
async function stepOr404(store: Store, ladderId: string, stepId: string): Promise<LadderStepRow> {
  const step = await store.ladderSteps.get(stepId);
  if (!step || step.ladderId !== ladderId) throw notFound('step in this ladder');
  return step;
}

/** Exposure ladders: CRUD of ladders and steps, steps marked done with the anxiety before and after. */
export function registerLadderRoutes(app: FastifyInstance, { store }: ServerDeps): void {
  app.post('/api/ladders', async (request, reply) => {
    const body = parseInput(createLadderRequestSchema, request.body);
    const row = await store.ladders.create({ title: body.title, steps: body.steps.map((s) => ({ text: s.text, expectedAnxiety: s.expectedAnxiety })) });
    return reply.code(201).send(ladderJson(row));
  });

  app.get('/api/ladders', async (): Promise<LadderListResponse> => {
    const rows = await store.ladders.list({ limit: 500 });
    return { ladders: rows.map(ladderJson) };
  });

  app.get('/api/ladders/:id', async (request) => {
    const { id } = parseInput(ladderParamsSchema, request.params);
    return ladderJson(await ladderOr404(store, id));
  });

  app.patch('/api/ladders/:id', async (request) => {
    const { id } = parseInput(ladderParamsSchema, request.params);
    const body = parseInput(updateLadderRequestSchema, request.body);
    const row = await store.ladders.update(id, { title: body.title });
    if (!row) throw notFound('ladder');
    return ladderJson(row);
  });

  app.delete('/api/ladders/:id', async (request) => {
    const { id } = parseInput(ladderParamsSchema, request.params);
    if (!(await store.ladders.delete(id))) throw notFound('ladder');
    return { deleted: true as const };
  });

  app.post('/api/ladders/:id/steps', async (request, reply) => {
    const { id } = parseInput(ladderParamsSchema, request.params);
    const body = parseInput(ladderStepInputSchema, request.body);
    const step = await store.ladderSteps.create(id, { text: body.text, expectedAnxiety: body.expectedAnxiety });
    if (!step) throw notFound('ladder');
    return reply.code(201).send(ladderJson(await ladderOr404(store, id)));
  });

  app.patch('/api/ladders/:id/steps/:stepId', async (request) => {
    const { id, stepId } = parseInput(ladderStepParamsSchema, request.params);
    const body = parseInput(updateLadderStepRequestSchema, request.body);
    await stepOr404(store, id, stepId);
    await store.ladderSteps.update(stepId, body);
    return ladderJson(await ladderOr404(store, id));
  });

  app.delete('/api/ladders/:id/steps/:stepId', async (request) => {
    const { id, stepId } = parseInput(ladderStepParamsSchema, request.params);
    await stepOr404(store, id, stepId);
    await store.ladderSteps.delete(stepId);
    return ladderJson(await ladderOr404(store, id));
  });

  app.post('/api/ladders/:id/steps/:stepId/done', async (request) => {
    const { id, stepId } = parseInput(ladderStepParamsSchema, request.params);
    const body = parseInput(markStepDoneRequestSchema, request.body);
    await stepOr404(store, id, stepId);
    await store.ladderSteps.update(stepId, { doneAt: body.doneAt ?? new Date().toISOString(), anxietyBefore: body.anxietyBefore, anxietyAfter: body.anxietyAfter });
    return ladderJson(await ladderOr404(store, id));
  });

  app.delete('/api/ladders/:id/steps/:stepId/done', async (request) => {
    const { id, stepId } = parseInput(ladderStepParamsSchema, request.params);
    await stepOr404(store, id, stepId);
    await store.ladderSteps.update(stepId, { doneAt: null, anxietyBefore: null, anxietyAfter: null });
    return ladderJson(await ladderOr404(store, id));
  });
}
