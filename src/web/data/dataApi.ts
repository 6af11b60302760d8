import { DELETE_ALL_CONFIRMATION, deleteAllRequestSchema, EXPORT_KINDS, type ExportKind } from '../../shared/api/index.js';
import { api, apiUrl } from '../api/client.js';

/** What each kind of record is called on the page, and what its CSV holds. */
export const KIND_WORDS: Record<ExportKind, { title: string; csv: string }> = {
  practice: { title: 'Practice sessions', csv: 'one row per session' },
  reviews: { title: 'Session reviews', csv: 'one row per review' },
  assessments: { title: 'Questionnaire results', csv: 'one row per result' },
  diary: { title: 'Diary entries', csv: 'one row per entry' },
  ladders: { title: 'Exposure ladders', csv: 'one row per step' },
  worksheets: { title: 'Worksheets', csv: 'one row per worksheet' },
};

/** The export document's array for each kind (`attune-export/1`). */
const EXPORT_FIELDS: Record<ExportKind, string> = {
  practice: 'practiceSessions', reviews: 'reviews', assessments: 'assessments', diary: 'diaryEntries', ladders: 'ladders', worksheets: 'worksheets',
};

/** How many records of each kind an export holds (unknown or missing arrays count 0). */
export function countExport(doc: unknown): Record<ExportKind, number> {
  const rec = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  return Object.fromEntries(EXPORT_KINDS.map((k) => [k, Array.isArray(rec[EXPORT_FIELDS[k]]) ? (rec[EXPORT_FIELDS[k]] as unknown[]).length : 0])) as Record<ExportKind, number>;
}

/** Whether the typed confirmation is the phrase (case and surrounding spaces aside). */
export function confirms(typed: string): boolean {
  return typed.trim().toLowerCase() === DELETE_ALL_CONFIRMATION;
}

export const dataApi = {
  jsonUrl: apiUrl('/export.json'),
  csvUrl: (kind: ExportKind) => apiUrl(`/export/${kind}.csv`),
  counts: async (signal?: AbortSignal) => countExport(await api.get<unknown>('/export.json', { signal })),
  deleteAll: (): Promise<{ deleted: true }> => api.delete('/data', { body: { confirm: DELETE_ALL_CONFIRMATION }, requestSchema: deleteAllRequestSchema }),
};
