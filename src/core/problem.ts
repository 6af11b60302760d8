/**
 * Problems are data: every validation or load problem has a stable `code`; the wording for people is
 * chosen at the edge (CLI, HTTP, UI).
 */
export type ProblemCode =
  | 'invalid_json'
  | 'invalid_input'
  | 'missing_speaker'
  | 'unknown_speaker'
  | 'missing_text'
  | 'invalid_resource'
  | 'invalid_pattern'
  | 'model_mismatch'
  | 'file_unreadable';

export interface Problem {
  code: ProblemCode;
  /** What is wrong, in a short technical phrase (the edge may reword it). */
  message: string;
  /** Where: a file name, optionally with a field path or line. */
  source?: string;
  path?: string;
  line?: number;
  /** The offending value, shortened. */
  value?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...problems: Problem[]): Result<T> => ({ ok: false, problems });

/** Shortens a value for display in a problem. */
export function showValue(value: unknown, max = 80): string {
  let s: string;
  try {
    s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  } catch {
    s = String(value);
  }
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
