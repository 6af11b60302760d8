import {
  createReviewRequestSchema, reviewListResponseSchema,
  type CreateReviewRequest, type CreateReviewResponse, type ReviewDetail, type ReviewListResponse,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

/** The review routes of docs/api.md, typed with the shared contract. */
export const reviewApi = {
  list: (signal?: AbortSignal): Promise<ReviewListResponse> => api.get('/reviews', { query: { limit: 500 }, responseSchema: reviewListResponseSchema, signal }),
  get: (id: string, signal?: AbortSignal): Promise<ReviewDetail> => api.get(`/reviews/${encodeURIComponent(id)}`, { signal }),
  create: (body: CreateReviewRequest): Promise<CreateReviewResponse> => api.post('/reviews', body, { requestSchema: createReviewRequestSchema }),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(`/reviews/${encodeURIComponent(id)}`),
  htmlUrl: (id: string): string => `/api/reviews/${encodeURIComponent(id)}/html`,
};
