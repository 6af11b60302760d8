import type { ApiIssue, ErrorCode } from '../../shared/api/index.js';

/** Why a call to the attune server failed, worded for people (`message`) and for code (`code`). */
export class ApiError extends Error {
  constructor(
    /** The API's error code, or `network` (no answer) or `bad_response` (an answer the app cannot read). */
    readonly code: ErrorCode | 'network' | 'bad_response',
    message: string,
    readonly status: number | null = null,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Any thrown value as an ApiError, so every page shows failures the same way. */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DOMException && e.name === 'AbortError') return new ApiError('network', 'The request was cancelled.');
  return new ApiError('bad_response', e instanceof Error ? e.message : String(e));
}
