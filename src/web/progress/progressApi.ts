import type { InstrumentDetail, InstrumentListResponse, ProgressResponse } from '../../shared/api/index.js';
import { api } from '../api/client.js';

export interface DashboardData {
  progress: ProgressResponse;
  /** The instruments that have results, with their scales and answer values (for titles and ranges). */
  instruments: InstrumentDetail[];
}

/** The dashboard's series (`GET /api/progress`) and the questionnaires they refer to. */
export async function loadDashboard(signal?: AbortSignal): Promise<DashboardData> {
  const [progress, list] = await Promise.all([api.get<ProgressResponse>('/progress', { signal }), api.get<InstrumentListResponse>('/instruments', { signal })]);
  const used = new Set(progress.questionnaires.map((q) => q.instrumentId));
  const instruments = await Promise.all(list.instruments.filter((i) => used.has(i.id)).map((i) => api.get<InstrumentDetail>(`/instruments/${encodeURIComponent(i.id)}`, { signal })));
  return { progress, instruments };
}

/** An instrument's score range from its answer values (IPIP 1–5, CBI 0–100). */
export function instrumentRange(i: Pick<InstrumentDetail, 'responseFormats'>): { min: number; max: number } {
  const values = Object.values(i.responseFormats).flatMap((f) => f.values);
  return { min: Math.min(...values), max: Math.max(...values) };
}
