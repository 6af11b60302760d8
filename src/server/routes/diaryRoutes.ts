import type { FastifyInstance } from 'fastify';
import type { Analyzer } from '../../core/analyzeUtterance.js';
import { analysisRecord } from '../../present/analysisRecord.js';
import type { AnalysisRecord } from '../../shared/api/analyze.js';
import { idParamsSchema } from '../../shared/api/common.js';
import { createDiaryEntryRequestSchema, diaryListQuerySchema, updateDiaryEntryRequestSchema, type DiaryEntryJson, type DiaryListResponse } from '../../shared/api/diary.js';
import type { DiaryEntryRow } from '../../store/store.js';
import { notFound } from '../apiError.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A bare day as its first moment in UTC; a date-time as given. */
const startOf = (d: string) => (DAY.test(d) ? `${d}T00:00:00.000Z` : d);
/** An exclusive upper bound: a bare day includes that whole day. */
function endOf(d: string): string {
  if (!DAY.test(d)) return d;
  const next = new Date(`${d}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** What I said, read as a person's words (style and markers, empathy, balance); nothing to read when empty. */
function analyse(analyzer: Analyzer, said: string): AnalysisRecord | null {
  return said.trim() === '' ? null : (analysisRecord(analyzer.analyze({ speaker: 'person', text: said })) as AnalysisRecord);
}

const entryJson = (row: DiaryEntryRow): DiaryEntryJson => ({
  id: row.id,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  occurredAt: row.occurredAt,
  situation: row.situation,
  whatISaid: row.whatISaid,
  anxietyBefore: row.anxietyBefore,
  anxietyAfter: row.anxietyAfter,
  outcome: row.outcome,
  analysis: row.analysis as AnalysisRecord | null,
});

/** The self-monitoring diary: entries analysed on save, found by words and dates. */
export function registerDiaryRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  const diary = store.diaryEntries;

  app.post('/api/diary', async (request, reply) => {
    const body = parseInput(createDiaryEntryRequestSchema, request.body);
    const row = await diary.create({ ...body, occurredAt: startOf(body.occurredAt), analysis: analyse(engine.analyzer, body.whatISaid) });
    return reply.code(201).send(entryJson(row));
  });

  app.get('/api/diary', async (request): Promise<DiaryListResponse> => {
    const q = parseInput(diaryListQuerySchema, request.query);
    const rows = await diary.list({
      ...(q.q ? { q: q.q } : {}),
      ...(q.from ? { from: startOf(q.from) } : {}),
      ...(q.to ? { to: endOf(q.to) } : {}),
      limit: q.limit ?? 100,
      offset: q.offset ?? 0,
    });
    return { entries: rows.map(entryJson) };
  });

  app.get('/api/diary/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    const row = await diary.get(id);
    if (!row) throw notFound('diary entry');
    return entryJson(row);
  });

  app.patch('/api/diary/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    const body = parseInput(updateDiaryEntryRequestSchema, request.body);
    const patch = {
      ...body,
      ...(body.occurredAt !== undefined ? { occurredAt: startOf(body.occurredAt) } : {}),
      ...(body.whatISaid !== undefined ? { analysis: analyse(engine.analyzer, body.whatISaid) } : {}),
    };
    const row = await diary.update(id, patch);
    if (!row) throw notFound('diary entry');
    return entryJson(row);
  });

  app.delete('/api/diary/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    if (!(await diary.delete(id))) throw notFound('diary entry');
    return { deleted: true as const };
  });
}
