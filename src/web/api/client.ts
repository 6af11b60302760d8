import type { z } from 'zod';
import { errorResponseSchema } from '../../shared/api/index.js';
import { ApiError } from './apiError.js';

/**
 * The one way the web app talks to the attune server: same origin only (`/api/...`), JSON in and out.
 * Bodies are checked with the shared request schemas before they are sent (so a form can show what is
 * wrong without a round trip), and answers with the shared response schemas where the API has one;
 * every failure becomes an `ApiError` with a sentence for people.
 */

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions<Res> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  body?: unknown;
  /** Validates the request body before it is sent. */
  requestSchema?: z.ZodType;
  /** Validates the answer; without one the answer is trusted to have the documented type. */
  responseSchema?: z.ZodType<Res>;
  signal?: AbortSignal;
  /** Lets the request finish after the page is left (saving a draft on reload). */
  keepalive?: boolean;
}

const NO_SERVER = 'The attune server is not answering. Check that `attune serve` (or `npm start`) is still running, then try again.';

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}

/** Issues of a failed zod check as the API words them (dotted path, message). */
function zodIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

export async function request<Res>(path: string, options: RequestOptions<Res> = {}): Promise<Res> {
  const { method = options.body === undefined ? 'GET' : 'POST', query, body, requestSchema, responseSchema, signal, keepalive } = options;
  let sent = body;
  if (requestSchema && body !== undefined) {
    const checked = requestSchema.safeParse(body);
    if (!checked.success) {
      const issues = zodIssues(checked.error);
      throw new ApiError('invalid_input', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; '), null, issues);
    }
    sent = checked.data;
  }
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), {
      method,
      signal,
      keepalive,
      headers: sent === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: sent === undefined ? undefined : JSON.stringify(sent),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('network', NO_SERVER);
  }
  const text = await res.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!res.ok) {
    const err = errorResponseSchema.safeParse(json);
    if (err.success) throw new ApiError(err.data.error.code, err.data.error.message, res.status, err.data.error.issues ?? []);
    // An error body with a code this app does not know yet still carries a sentence for people.
    const message = (json as { error?: { message?: unknown } } | undefined)?.error?.message;
    if (typeof message === 'string' && message) throw new ApiError(res.status >= 500 ? 'internal' : 'bad_response', message, res.status);
    throw new ApiError(res.status >= 500 ? 'internal' : 'bad_response', `The server answered ${res.status} ${res.statusText || ''}`.trim() + '.', res.status);
  }
  if (json === undefined) throw new ApiError('bad_response', 'The server sent an answer the app could not read.', res.status);
  if (responseSchema) {
    const parsed = responseSchema.safeParse(json);
    if (!parsed.success) {
      // A mismatch means server and app disagree about the contract: say so, with where.
      const first = zodIssues(parsed.error)[0];
      throw new ApiError('bad_response', `The server's answer did not have the expected shape${first ? ` (${first.path || 'body'}: ${first.message})` : ''}.`, res.status, zodIssues(parsed.error));
    }
    return parsed.data;
  }
  return json as Res;
}

export const api = {
  get: <Res>(path: string, opts: Omit<RequestOptions<Res>, 'method' | 'body'> = {}) => request<Res>(path, { ...opts, method: 'GET' }),
  post: <Res>(path: string, body: unknown, opts: Omit<RequestOptions<Res>, 'method' | 'body'> = {}) => request<Res>(path, { ...opts, method: 'POST', body }),
  put: <Res>(path: string, body: unknown, opts: Omit<RequestOptions<Res>, 'method' | 'body'> = {}) => request<Res>(path, { ...opts, method: 'PUT', body }),
  patch: <Res>(path: string, body: unknown, opts: Omit<RequestOptions<Res>, 'method' | 'body'> = {}) => request<Res>(path, { ...opts, method: 'PATCH', body }),
  delete: <Res>(path: string, opts: Omit<RequestOptions<Res>, 'method'> = {}) => request<Res>(path, { ...opts, method: 'DELETE' }),
};
