import type { Problem } from '../core/problem.js';
import { reviewTranscripts } from '../core/review/reviewTranscripts.js';
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
  const redact = options.redact ? (await import('../core/redact/redactTranscript.js')).redactTranscriptWithSpeakers : undefined;
  const reports = reviewTranscripts(parsed.value, engine.analyzer, engine.resources, options, redact);
  return { file, reports, problems: [], warnings };
}
