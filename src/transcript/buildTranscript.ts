import type { Problem } from '../core/problem.js';
import type { Role, Transcript, TranscriptFormat, TranscriptTurn } from '../core/review/reviewTypes.js';
import { speakerKey } from './speakerPrefix.js';
import { statedRole } from './statedRole.js';
import type { WarningLog } from './transcriptProblem.js';

/**
 * A turn as a reader found it, with the role a column or field stated for its speaker, if any.
 * Absent times may be given as undefined (readers build 100k of these; no spreads in that loop).
 */
export interface ReadTurn extends TranscriptTurn {
  role?: Role;
}

/**
 * The transcript of read turns: one spelling per speaker (the first seen: "Sam" and "SAM" are one
 * person), and the roles the file states, from a role column or field first, else from a generic
 * label ("Therapist", "T", "Client"). Names state no role.
 */
export function buildTranscript(id: string, format: TranscriptFormat, read: readonly ReadTurn[], log: WarningLog, extra: Problem[] = []): Transcript {
  const spelling = new Map<string, string>();
  const statedRoles: Record<string, Role> = {};
  const explicit = new Set<string>();
  const turns: TranscriptTurn[] = read.map((t) => {
    const raw = t.speaker.trim().replace(/\s+/g, ' ');
    const key = speakerKey(raw);
    let speaker = spelling.get(key);
    if (speaker === undefined) {
      speaker = raw;
      spelling.set(key, raw);
      const labelled = statedRole(raw);
      if (labelled) statedRoles[speaker] = labelled;
    }
    if (t.role) {
      if (!explicit.has(speaker)) {
        statedRoles[speaker] = t.role;
        explicit.add(speaker);
      } else if (statedRoles[speaker] !== t.role) {
        log.note('speaker given two roles; the first is kept', { line: t.line, value: `${speaker}: ${statedRoles[speaker]} / ${t.role}` });
      }
    }
    const turn: TranscriptTurn = { speaker, text: t.text, line: t.line };
    if (t.start !== undefined) turn.start = t.start;
    if (t.end !== undefined) turn.end = t.end;
    return turn;
  });
  return { id, format, turns, statedRoles, warnings: [...extra, ...log.problems()] };
}
