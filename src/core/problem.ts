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
  | 'file_unreadable'
  | 'unreadable_transcript'
  | 'transcript_warning'
  | 'invalid_scenario'
  | 'invalid_yaml'
  | 'duplicate_scenario';

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

/** The value at a field path of a parsed JSON document (undefined where the path leads nowhere). */
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<PropertyKey, unknown>)[k] : undefined), json);
}

/**
 * Schema issues (zod's `error.issues`) as problems that name the source, the field path and the bad
 * value: the one translation every validated file and input goes through.
 */
export function schemaProblems(issues: ReadonlyArray<{ message: string; path: readonly PropertyKey[] }>, json: unknown, code: ProblemCode, source?: string): Problem[] {
  return issues.map((i) => {
    const value = valueAt(json, i.path);
    return {
      code,
      message: i.message,
      ...(source !== undefined ? { source } : {}),
      path: i.path.map(String).join('.'),
      ...(value !== undefined ? { value: showValue(value) } : {}),
    };
  });
}
