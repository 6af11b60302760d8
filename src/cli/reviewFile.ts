import type { Problem } from '../core/problem.js';
import { buildReview } from '../core/review/buildReview.js';
import type { ReviewReport } from '../core/review/reviewTypes.js';
import { readTextFile } from '../io/readTextFile.js';
import type { Engine } from './engine.js';
import { readTranscripts } from '../transcript/readTranscript.js';

export interface ReviewOptions {
  /** Speaker names given with --therapist / --client. */
  therapist?: string[];
  client?: string[];
  redact: boolean;
}


/** What one file gave: its sessions' reports, or the problems that stopped it, and any warnings. */
export interface FileReview {
  file: string;
  reports: ReviewReport[];
  problems: Problem[];
  warnings: Problem[];
}

/**
 * Reviews one file: read, detect the format, redact when asked (before analysis, so every output is
 * built from redacted text), analyse and assemble. Shared by the in-process path and the batch workers.
 */
export async function reviewFile(file: string, options: ReviewOptions, engine: Engine): Promise<FileReview> {
  const read = readTextFile(file);
  if (!read.ok) return { file, reports: [], problems: read.problems, warnings: [] };
  const warnings: Problem[] = read.value.warning ? [read.value.warning] : [];
  const parsed = readTranscripts(read.value.text, file);
  if (!parsed.ok) return { file, reports: [], problems: parsed.problems, warnings };
  // The redactor's language library is large: loaded only when redaction is asked for.
  const redaction = options.redact ? await import('../core/redact/redactTranscript.js') : null;
  const reports = parsed.value.map((transcript) => {
    if (!redaction) return buildReview(transcript, engine.analyzer, engine.resources, { ...named(options), redacted: false });
    // Names given with --therapist/--client follow the speakers' renaming, so they still match.
    const r = redaction.redactTranscriptWithSpeakers(transcript);
    const rename = (names: string[] | undefined) => names?.map((n) => r.speakers.get(n) ?? [...r.speakers].find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1] ?? n);
    return buildReview(r.transcript, engine.analyzer, engine.resources, { ...named({ therapist: rename(options.therapist), client: rename(options.client) }), redacted: true });
  });
  return { file, reports, problems: [], warnings };
}

function named(o: { therapist?: string[]; client?: string[] }): { therapist?: string[]; client?: string[] } {
  return { ...(o.therapist ? { therapist: o.therapist } : {}), ...(o.client ? { client: o.client } : {}) };
}
