import {
  submitAssessmentRequestSchema,
  type AssessmentJson, type AssessmentListResponse, type InstrumentDetail, type InstrumentListResponse, type SubmitAssessmentRequest,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

/** The questionnaire routes of docs/api.md, typed with the shared contract. */
export const assessApi = {
  instruments: (signal?: AbortSignal): Promise<InstrumentListResponse> => api.get('/instruments', { signal }),
  instrument: (id: string, signal?: AbortSignal): Promise<InstrumentDetail> => api.get(`/instruments/${encodeURIComponent(id)}`, { signal }),
  submit: (body: SubmitAssessmentRequest): Promise<AssessmentJson> => api.post('/assessments', body, { requestSchema: submitAssessmentRequestSchema }),
  list: (instrumentId: string | undefined, signal?: AbortSignal): Promise<AssessmentListResponse> =>
    api.get('/assessments', { query: { instrumentId, limit: 500 }, signal }),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(`/assessments/${encodeURIComponent(id)}`),
};
