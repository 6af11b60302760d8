import type { FastifyInstance } from 'fastify';
import { deleteAllRequestSchema, exportCsvParamsSchema } from '../../shared/api/data.js';
import { ApiError } from '../apiError.js';
import { exportCsv } from '../exportCsv.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

const day = () => new Date().toISOString().slice(0, 10);

/** The person's data: all of it as JSON, one kind as CSV, and deleting all of it. */
export function registerDataRoutes(app: FastifyInstance, { store }: ServerDeps): void {
  app.get('/api/export.json', async (_request, reply) => {
    const data = await store.exportAll();
    return reply.header('content-disposition', `attachment; filename="attune-export-${day()}.json"`).type('application/json; charset=utf-8').send(JSON.stringify(data, null, 2));
  });

  app.get('/api/export/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const m = /^(.*)\.csv$/.exec(file);
    if (!m) throw new ApiError('not_found', 'Exports are named <kind>.csv, e.g. /api/export/diary.csv.');
    const { kind } = parseInput(exportCsvParamsSchema, { kind: m[1] });
    const csv = exportCsv(kind, await store.exportAll());
    return reply.header('content-disposition', `attachment; filename="attune-${kind}-${day()}.csv"`).type('text/csv; charset=utf-8').send(csv);
  });

  app.delete('/api/data', async (request) => {
    parseInput(deleteAllRequestSchema, request.body);
    await store.deleteAll();
    return { deleted: true as const };
  });
}
