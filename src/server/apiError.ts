import type { ApiIssue, ErrorCode } from '../shared/api/common.js';

/** The HTTP status of each error code (docs/api.md). */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  invalid_json: 400,
  unreadable_transcript: 422,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  internal: 500,
};

/**
 * An error a route means to answer with: a code from the API's fixed list, a sentence for people and,
 * for input problems, where each one is. The one error handler (errorHandler.ts) turns it into the
 * response; routes throw it rather than building error bodies themselves.
 */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get status(): number {
    return STATUS_OF[this.code];
  }
}

export const notFound = (what: string): ApiError => new ApiError('not_found', `No ${what} with that id.`);
