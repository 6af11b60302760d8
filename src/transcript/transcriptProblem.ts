import type { Problem } from '../core/problem.js';
import { showValue } from '../core/problem.js';

/** A problem reading a transcript: the file, and where known the line, field path and value. */
export function transcriptProblem(source: string, message: string, where: { line?: number; path?: string; value?: unknown } = {}, code: 'unreadable_transcript' | 'transcript_warning' = 'unreadable_transcript'): Problem {
  return {
    code,
    message,
    source,
    ...(where.path !== undefined ? { path: where.path } : {}),
    ...(where.line !== undefined ? { line: where.line } : {}),
    ...(where.value !== undefined ? { value: showValue(where.value) } : {}),
  };
}

/**
 * Collects non-fatal oddities, one warning per kind: a 100k-line file with stray markup on every line
 * says so once, with the count and the first line, not 100k times.
 */
export class WarningLog {
  private readonly kinds = new Map<string, { line?: number; path?: string; value?: unknown; count: number }>();

  constructor(private readonly source: string) {}

  note(message: string, where: { line?: number; path?: string; value?: unknown } = {}): void {
    const seen = this.kinds.get(message);
    if (seen) seen.count++;
    else this.kinds.set(message, { ...where, count: 1 });
  }

  problems(): Problem[] {
    return [...this.kinds].map(([message, w]) =>
      transcriptProblem(this.source, w.count > 1 ? `${message} (${w.count} times; first shown)` : message, w, 'transcript_warning'),
    );
  }
}
