import {
  createDiaryEntryRequestSchema, updateDiaryEntryRequestSchema,
  type CreateDiaryEntryRequest, type DiaryEntryJson, type DiaryListResponse, type UpdateDiaryEntryRequest,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

export interface DiarySearch {
  q?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** The diary routes of docs/api.md, typed with the shared contract. */
export const diaryApi = {
  list: (search: DiarySearch, signal?: AbortSignal): Promise<DiaryListResponse> => api.get('/diary', { query: { ...search }, signal }),
  create: (body: CreateDiaryEntryRequest): Promise<DiaryEntryJson> => api.post('/diary', body, { requestSchema: createDiaryEntryRequestSchema }),
  update: (id: string, body: UpdateDiaryEntryRequest): Promise<DiaryEntryJson> =>
    api.patch(`/diary/${encodeURIComponent(id)}`, body, { requestSchema: updateDiaryEntryRequestSchema }),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(`/diary/${encodeURIComponent(id)}`),
};
