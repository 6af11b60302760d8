import type { FastifyInstance } from 'fastify';
import { createWorksheetChecker, worksheetCuesFrom } from '../../core/worksheets/checkWorksheet.js';
import { parseWorksheetInput, type WorksheetInput } from '../../core/worksheets/parseWorksheetInput.js';
import { WORKSHEET_KINDS, WORKSHEETS } from '../../core/worksheets/worksheetDefinitions.js';
import {
  checkWorksheetRequestSchema, saveWorksheetRequestSchema, updateWorksheetRequestSchema, worksheetListQuerySchema, worksheetParamsSchema,
  type WorksheetCheckJson, type WorksheetJson, type WorksheetKindsResponse, type WorksheetListResponse,
} from '../../shared/api/worksheets.js';
import type { WorksheetRow } from '../../store/store.js';
import { notFound } from '../apiError.js';
import { problemsError } from '../errorMapper.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

const worksheetJson = (row: WorksheetRow): WorksheetJson => ({
  id: row.id,
  kind: row.kind,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  fields: row.fields as Record<string, string>,
  checks: row.checks as WorksheetCheckJson,
});

/** The shared schema first, then the worksheet core's own check that every field names a part of that kind. */
function worksheetInput(body: unknown): WorksheetInput {
  const shaped = parseInput(checkWorksheetRequestSchema, body);
  const r = parseWorksheetInput(shaped);
  if (!r.ok) throw problemsError('invalid_input', `The worksheet has a part that "${shaped.kind}" does not have.`, r.problems);
  return r.value;
}

/** DEAR MAN, GIVE, FAST and "I" statement worksheets: each part checked live with the core; saved ones kept with their checks. */
export function registerWorksheetRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  // One checker for the server's life: it remembers recent field readings, so typing re-reads one field.
  const checker = createWorksheetChecker(engine.analyzer, worksheetCuesFrom(engine.resources));

  app.get('/api/worksheets/kinds', async (): Promise<WorksheetKindsResponse> => ({
    kinds: WORKSHEET_KINDS.map((kind) => {
      const d = WORKSHEETS[kind];
      return {
        kind,
        title: d.title,
        purpose: d.purpose,
        parts: d.parts.map((p) => ({ id: p.id, label: p.label, prompt: p.prompt, lead: p.lead?.text ?? null, optional: Boolean(p.optional), inScript: p.inScript })),
      };
    }),
  }));

  app.post('/api/worksheets/check', async (request) => {
    const input = worksheetInput(request.body);
    return checker.check(input.kind, input.fields);
  });

  app.post('/api/worksheets', async (request, reply) => {
    const input = worksheetInput(parseInput(saveWorksheetRequestSchema, request.body));
    const row = await store.worksheets.create({ kind: input.kind, fields: input.fields, checks: checker.check(input.kind, input.fields) });
    return reply.code(201).send(worksheetJson(row));
  });

  app.get('/api/worksheets', async (request): Promise<WorksheetListResponse> => {
    const q = parseInput(worksheetListQuerySchema, request.query);
    const rows = await store.worksheets.list({ ...(q.kind ? { kind: q.kind } : {}), limit: q.limit ?? 100 });
    return { worksheets: rows.map(worksheetJson) };
  });

  app.get('/api/worksheets/:id', async (request) => {
    const { id } = parseInput(worksheetParamsSchema, request.params);
    const row = await store.worksheets.get(id);
    if (!row) throw notFound('worksheet');
    return worksheetJson(row);
  });

  app.patch('/api/worksheets/:id', async (request) => {
    const { id } = parseInput(worksheetParamsSchema, request.params);
    const { fields } = parseInput(updateWorksheetRequestSchema, request.body);
    const existing = await store.worksheets.get(id);
    if (!existing) throw notFound('worksheet');
    const input = worksheetInput({ kind: existing.kind, fields });
    const row = await store.worksheets.update(id, { fields: input.fields, checks: checker.check(input.kind, input.fields) });
    if (!row) throw notFound('worksheet');
    return worksheetJson(row);
  });

  app.delete('/api/worksheets/:id', async (request) => {
    const { id } = parseInput(worksheetParamsSchema, request.params);
    if (!(await store.worksheets.delete(id))) throw notFound('worksheet');
    return { deleted: true as const };
  });
}
