import {
  analyzeRequestSchema, practiceDraftRequestSchema, practiceTurnRequestSchema, scenarioDetailSchema, scenarioListResponseSchema,
  startPracticeRequestSchema,
  type AnalyzeRequest, type AnalyzeResponse, type PracticeEndResponse, type PracticeListResponse, type PracticeSessionView,
  type PracticeTurnResponse, type ScenarioDetail, type ScenarioListResponse,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

/** The practice routes of docs/api.md, typed with the shared contract. */
export const practiseApi = {
  scenarios: (signal?: AbortSignal): Promise<ScenarioListResponse> => api.get('/scenarios', { responseSchema: scenarioListResponseSchema, signal }),
  scenario: (id: string, signal?: AbortSignal): Promise<ScenarioDetail> => api.get(`/scenarios/${encodeURIComponent(id)}`, { responseSchema: scenarioDetailSchema, signal }),
  start: (scenarioId: string): Promise<PracticeSessionView> => api.post('/practice/sessions', { scenarioId }, { requestSchema: startPracticeRequestSchema }),
  sessions: (signal?: AbortSignal): Promise<PracticeListResponse> => api.get('/practice/sessions', { query: { limit: 200 }, signal }),
  session: (id: string, signal?: AbortSignal): Promise<PracticeSessionView> => api.get(`/practice/sessions/${encodeURIComponent(id)}`, { signal }),
  turn: (id: string, reply: string): Promise<PracticeTurnResponse> =>
    api.post(`/practice/sessions/${encodeURIComponent(id)}/turns`, { reply }, { requestSchema: practiceTurnRequestSchema }),
  saveDraft: (id: string, draft: string, keepalive = false): Promise<{ draft: string }> =>
    api.put(`/practice/sessions/${encodeURIComponent(id)}/draft`, { draft }, { requestSchema: practiceDraftRequestSchema, keepalive }),
  end: (id: string): Promise<PracticeEndResponse> => api.post(`/practice/sessions/${encodeURIComponent(id)}/end`, {}),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(`/practice/sessions/${encodeURIComponent(id)}`),
  analyze: (body: AnalyzeRequest, signal?: AbortSignal): Promise<AnalyzeResponse> => api.post('/analyze', body, { requestSchema: analyzeRequestSchema, signal }),
};
