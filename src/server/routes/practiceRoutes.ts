import type { FastifyInstance } from 'fastify';
import type { PracticeSession } from '../../core/practice/practiceTypes.js';
import type { Scenario } from '../../core/practice/scenario.js';
import { startSession } from '../../core/practice/startSession.js';
import { takeTurn } from '../../core/practice/takeTurn.js';
import { practiceRecord, type LearnerEntry, type OtherEntry } from '../../present/practice/practiceRecord.js';
import {
  practiceDraftRequestSchema, practiceListQuerySchema, practiceParamsSchema, practiceTurnRequestSchema, startPracticeRequestSchema,
  type PracticeEndResponse, type PracticeListResponse, type PracticeSessionListItem, type PracticeSessionView, type PracticeTurnResponse,
} from '../../shared/api/practice.js';
import type { SessionSummary } from '../../core/practice/practiceTypes.js';
import type { PracticeSessionRow } from '../../store/store.js';
import { ApiError, notFound } from '../apiError.js';
import { keyedLock } from '../keyedLock.js';
import { parseInput } from '../parseInput.js';
import { restoreSession } from '../practice/practiceState.js';
import { closingSummary, summarizeSession } from '../../core/practice/summarizeSession.js';
import type { ServerDeps } from '../serverTypes.js';

const mean = (xs: readonly number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : null);

/**
 * Practice sessions. Each step reads the stored session, lets the engine take it and stores the result
 * before answering, so the session in progress survives a reload; steps on one session are serialised.
 */
export function registerPracticeRoutes(app: FastifyInstance, { engine, store, config }: ServerDeps): void {
  const byId = new Map(engine.scenarios.map((s) => [s.id, s]));
  const sessions = store.practiceSessions;
  const serial = keyedLock();
  const randomSeed = config.randomSeed ?? (() => Math.floor(Math.random() * 0x100000000));

  const scenarioOf = (row: PracticeSessionRow): Scenario => {
    const s = byId.get(row.scenarioId);
    if (!s) throw new ApiError('not_found', `The scenario "${row.scenarioId}" of this session is no longer in the library.`);
    return s;
  };
  const load = async (id: string): Promise<{ row: PracticeSessionRow; session: PracticeSession }> => {
    const row = await sessions.get(id);
    if (!row) throw notFound('practice session');
    return { row, session: restoreSession(row, scenarioOf(row)) };
  };
  const view = (row: PracticeSessionRow, session: PracticeSession): PracticeSessionView => {
    const summary = (row.summary as SessionSummary | null) ?? summarizeSession(session, engine.scenarios);
    return { id: row.id, status: row.status, startedAt: row.createdAt, updatedAt: row.updatedAt, draft: row.draft, record: practiceRecord(session, summary) };
  };

  app.post('/api/practice/sessions', async (request, reply) => {
    const body = parseInput(startPracticeRequestSchema, request.body);
    const scenario = byId.get(body.scenarioId);
    if (!scenario) throw new ApiError('not_found', `No scenario "${body.scenarioId}" in the library.`);
    const session = startSession(scenario, body.seed ?? randomSeed());
    const row = await sessions.create({ scenarioId: scenario.id, seed: session.seed, status: 'in_progress', turns: [], summary: null, draft: '' });
    return reply.code(201).send(view(row, session));
  });

  app.get('/api/practice/sessions', async (request): Promise<PracticeListResponse> => {
    const q = parseInput(practiceListQuerySchema, request.query);
    const rows = await sessions.list({ ...(q.scenarioId ? { scenarioId: q.scenarioId } : {}), ...(q.status ? { status: q.status } : {}), limit: q.limit ?? 100 });
    return {
      sessions: rows.map((row): PracticeSessionListItem => {
        const turns = (Array.isArray(row.turns) ? row.turns : []) as PracticeSession['turns'];
        const scenario = byId.get(row.scenarioId);
        return {
          id: row.id,
          scenarioId: row.scenarioId,
          title: scenario?.title ?? row.scenarioId,
          level: scenario?.level ?? 0,
          status: row.status,
          startedAt: row.createdAt,
          updatedAt: row.updatedAt,
          turns: turns.length,
          ending: turns[turns.length - 1]?.ended ?? null,
          empathy: mean(turns.map((t) => t.analysis.balance.empathy)),
          assertiveness: mean(turns.map((t) => t.analysis.balance.assertiveness)),
        };
      }),
    };
  });

  app.get('/api/practice/sessions/:id', async (request) => {
    const { id } = parseInput(practiceParamsSchema, request.params);
    const { row, session } = await load(id);
    return view(row, session);
  });

  app.post('/api/practice/sessions/:id/turns', async (request): Promise<PracticeTurnResponse> => {
    const { id } = parseInput(practiceParamsSchema, request.params);
    const body = parseInput(practiceTurnRequestSchema, request.body);
    return serial(id, async () => {
      const { row, session } = await load(id);
      if (row.status === 'ended') throw new ApiError('conflict', 'This session has ended; start a new one to practise again.');
      const { session: next, turn } = takeTurn(session, body.reply, engine.analyzer);
      const ended = turn.ended !== null;
      const saved = await sessions.update(id, {
        turns: next.turns,
        status: ended ? 'ended' : 'in_progress',
        summary: ended ? closingSummary(next, engine.scenarios) : null,
        draft: '',
      });
      if (!saved) throw notFound('practice session');
      const v = view(saved, next);
      const entries = v.record.turns;
      return { reply: entries[entries.length - 2] as LearnerEntry, answer: entries[entries.length - 1] as OtherEntry, ended: turn.ended, session: v };
    });
  });

  app.put('/api/practice/sessions/:id/draft', async (request) => {
    const { id } = parseInput(practiceParamsSchema, request.params);
    const body = parseInput(practiceDraftRequestSchema, request.body);
    return serial(id, async () => {
      const row = await sessions.get(id);
      if (!row) throw notFound('practice session');
      if (row.status === 'ended') throw new ApiError('conflict', 'This session has ended; there is no reply to keep.');
      const saved = await sessions.update(id, { draft: body.draft });
      if (!saved) throw notFound('practice session');
      return { draft: saved.draft };
    });
  });

  app.post('/api/practice/sessions/:id/end', async (request): Promise<PracticeEndResponse> => {
    const { id } = parseInput(practiceParamsSchema, request.params);
    return serial(id, async () => {
      const { row, session } = await load(id);
      if (row.status === 'ended' && row.summary) return { summary: row.summary as SessionSummary, session: view(row, session) };
      const summary = closingSummary(session, engine.scenarios);
      const saved = await sessions.update(id, { status: 'ended', summary, draft: '' });
      if (!saved) throw notFound('practice session');
      return { summary, session: view(saved, session) };
    });
  });

  app.delete('/api/practice/sessions/:id', async (request) => {
    const { id } = parseInput(practiceParamsSchema, request.params);
    return serial(id, async () => {
      if (!(await sessions.delete(id))) throw notFound('practice session');
      return { deleted: true as const };
    });
  });
}
