import {
  checkWorksheetRequestSchema, saveWorksheetRequestSchema, updateWorksheetRequestSchema,
  type WorksheetCheckJson, type WorksheetJson, type WorksheetKindJson, type WorksheetKindsResponse, type WorksheetListResponse,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

/** The worksheet routes of docs/api.md, typed with the shared contract. */
export const worksheetsApi = {
  kinds: (signal?: AbortSignal): Promise<WorksheetKindsResponse> => api.get('/worksheets/kinds', { signal }),
  check: (kind: WorksheetKindJson, fields: Record<string, string>, signal?: AbortSignal): Promise<WorksheetCheckJson> =>
    api.post('/worksheets/check', { kind, fields }, { requestSchema: checkWorksheetRequestSchema, signal }),
  list: (signal?: AbortSignal): Promise<WorksheetListResponse> => api.get('/worksheets', { query: { limit: 500 }, signal }),
  get: (id: string, signal?: AbortSignal): Promise<WorksheetJson> => api.get(`/worksheets/${encodeURIComponent(id)}`, { signal }),
  create: (kind: WorksheetKindJson, fields: Record<string, string>): Promise<WorksheetJson> => api.post('/worksheets', { kind, fields }, { requestSchema: saveWorksheetRequestSchema }),
  update: (id: string, fields: Record<string, string>): Promise<WorksheetJson> =>
    api.patch(`/worksheets/${encodeURIComponent(id)}`, { fields }, { requestSchema: updateWorksheetRequestSchema }),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(`/worksheets/${encodeURIComponent(id)}`),
};
