import { z } from 'zod';

/**
 * Everything a person entered can be exported and deleted:
 * `GET /api/export.json` (one JSON document), `GET /api/export/:kind.csv` (one kind as CSV),
 * `DELETE /api/data` (everything, with `{ "confirm": "delete everything" }`).
 */

export const EXPORT_KINDS = ['practice', 'reviews', 'assessments', 'diary', 'ladders', 'worksheets'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const exportCsvParamsSchema = z.object({ kind: z.enum(EXPORT_KINDS) });

export const DELETE_ALL_CONFIRMATION = 'delete everything';
export const deleteAllRequestSchema = z.object({
  confirm: z.literal(DELETE_ALL_CONFIRMATION, { message: `send {"confirm": "${DELETE_ALL_CONFIRMATION}"} to delete all data` }),
});
