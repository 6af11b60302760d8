import {
  createLadderRequestSchema, ladderStepInputSchema, markStepDoneRequestSchema,
  type CreateLadderRequest, type LadderJson, type LadderListResponse, type LadderStepInput, type MarkStepDoneRequest,
} from '../../shared/api/index.js';
import { api } from '../api/client.js';

const path = (id: string, ...rest: string[]) => ['/ladders', id, ...rest].map((p, i) => (i === 0 ? p : encodeURIComponent(p))).join('/');

/** The exposure-ladder routes of docs/api.md, typed with the shared contract; every step route answers the whole ladder. */
export const ladderApi = {
  list: (signal?: AbortSignal): Promise<LadderListResponse> => api.get('/ladders', { signal }),
  get: (id: string, signal?: AbortSignal): Promise<LadderJson> => api.get(path(id), { signal }),
  create: (body: CreateLadderRequest): Promise<LadderJson> => api.post('/ladders', body, { requestSchema: createLadderRequestSchema }),
  rename: (id: string, title: string): Promise<LadderJson> => api.patch(path(id), { title }),
  remove: (id: string): Promise<{ deleted: true }> => api.delete(path(id)),
  addStep: (id: string, step: LadderStepInput): Promise<LadderJson> => api.post(path(id, 'steps'), step, { requestSchema: ladderStepInputSchema }),
  removeStep: (id: string, stepId: string): Promise<LadderJson> => api.delete(path(id, 'steps', stepId)),
  markDone: (id: string, stepId: string, body: MarkStepDoneRequest): Promise<LadderJson> =>
    api.post(path(id, 'steps', stepId, 'done'), body, { requestSchema: markStepDoneRequestSchema }),
  undoDone: (id: string, stepId: string): Promise<LadderJson> => api.delete(path(id, 'steps', stepId, 'done')),
};
