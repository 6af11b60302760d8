import type { z } from 'zod';
import type { ApiIssue } from '../shared/api/common.js';
import { ApiError } from './apiError.js';

/** Zod's issues as the API's: a dotted path (with `where` in front: body, query, params) and the message. */
export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

function sentence(issues: readonly ApiIssue[]): string {
  const first = issues[0];
  const at = first.path ? `${first.path}: ` : '';
  return issues.length === 1 ? `The request has a problem: ${at}${first.message}.` : `The request has ${issues.length} problems, the first: ${at}${first.message}.`;
}

/**
 * Every input the API reads goes through here: the value parsed with its shared schema, or an
 * `invalid_input` error naming each field that failed.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  const issues = issuesOf(r.error);
  throw new ApiError('invalid_input', sentence(issues), issues);
}
