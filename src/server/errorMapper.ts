import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import type { Problem } from '../core/problem.js';
import type { ErrorResponse } from '../shared/api/common.js';
import { ApiError } from './apiError.js';
import { issuesOf } from './parseInput.js';

/** Where a problem is, in the API's dotted-path form: the field path, else the line of the file. */
function problemPath(p: Problem): string {
  if (p.path) return p.path;
  return p.line !== undefined ? `line ${p.line}` : '';
}

/** Problems (data from the core and the readers) as an API error with one issue per problem. */
export function problemsError(code: ApiError['code'], message: string, problems: readonly Problem[]): ApiError {
  return new ApiError(
    code,
    message,
    problems.map((p) => ({ path: problemPath(p), message: p.value !== undefined && !p.message.includes(p.value) ? `${p.message} (${p.value})` : p.message })),
  );
}

/** Fastify's own request errors (body parsing, limits) by their code. */
const FASTIFY_ERRORS: Record<string, () => ApiError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new ApiError('payload_too_large', 'The request body is larger than the server accepts (5 MB).'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ApiError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new ApiError('invalid_input', 'The Content-Length header does not match the body.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ApiError('invalid_json', 'The body is empty; send a JSON object.'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new ApiError('invalid_json', 'The body is not valid JSON.'),
};

/**
 * The one mapping from anything thrown while handling a request to the API's error: route errors
 * pass through, schema failures become `invalid_input`, fastify's parsing errors their own codes, and
 * anything else is an `internal` fault whose details stay in the server's log.
 */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return new ApiError('invalid_input', 'The request is not valid.', issuesOf(err));
  const e = err as { code?: unknown; statusCode?: unknown } | null;
  if (e && typeof e.code === 'string' && FASTIFY_ERRORS[e.code]) return FASTIFY_ERRORS[e.code]();
  if (err instanceof SyntaxError && e?.statusCode === 400) return FASTIFY_ERRORS.FST_ERR_CTP_INVALID_JSON_BODY();
  return new ApiError('internal', 'Something went wrong on the server (the details are in its output). Try again.');
}

export function errorBody(e: ApiError): ErrorResponse {
  return { error: { code: e.code, message: e.message, ...(e.issues && e.issues.length ? { issues: e.issues } : {}) } };
}

/** Installs the mapper as the server's error handler; internal faults are logged with their stack, never sent. */
export function registerErrorMapper(app: FastifyInstance): void {
  app.setErrorHandler((err, request, reply) => {
    const api = toApiError(err);
    if (api.code === 'internal') request.log.error({ err }, 'request failed');
    return reply.code(api.status).type('application/json; charset=utf-8').send(errorBody(api));
  });
}
