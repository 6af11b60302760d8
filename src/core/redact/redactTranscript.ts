import type { Problem } from '../problem.js';
import type { Role, Transcript } from '../review/reviewTypes.js';
import { createRedactor } from './createRedactor.js';
import { nameWordsOfLabel } from './isGenericSpeaker.js';
import { TITLES } from './nameWords.js';
import type { Redactor } from './redactionTypes.js';

const TITLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])((?:${TITLES.join('|')})\\.?\\s+)$`, 'iu');

/**
 * A speaker label with its person's name replaced ("Dr Lee" → "[NAME_1]", "Therapist (Sam)" →
 * "Therapist ([NAME_2])"); a role label ("Therapist", "T", "Client 2") comes back unchanged. `fresh`
 * gives each name its own placeholder.
 */
function redactLabel(label: string, redactor: Redactor, fresh: boolean): string {
  const words = nameWordsOfLabel(label);
  if (words.length === 0) return label;
  // Adjacent name words are one name ("Maria Lopez"); a title just before it goes with it ("Dr Lee").
  const runs: Array<{ start: number; end: number }> = [];
  for (const w of words) {
    const last = runs[runs.length - 1];
    if (last && /^[\s\-]+$/.test(label.slice(last.end, w.start))) last.end = w.end;
    else runs.push({ start: w.start, end: w.end });
  }
  // Initials beside a name go with it ("Sam L.", "J. Smith"): they identify too.
  for (const run of runs) {
    const after = /^\s+\p{Lu}\.?(?![\p{L}\p{N}])/u.exec(label.slice(run.end));
    if (after) run.end += after[0].length;
    const before = /(?:^|\s)(\p{Lu}\.?\s+)$/u.exec(label.slice(0, run.start));
    if (before) run.start -= before[1].length;
  }
  let out = '';
  let cursor = 0;
  for (const run of runs) {
    const title = TITLE_BEFORE.exec(label.slice(cursor, run.start))?.[1] ?? '';
    out += label.slice(cursor, run.start - title.length) + redactor.registerName(label.slice(run.start, run.end), { fresh });
    cursor = run.end;
  }
  return out + label.slice(cursor);
}

export interface RedactedTranscript {
  transcript: Transcript;
  /** Each speaker label of the input and what it became (for mapping `--therapist "Dr Lee"` and the like). */
  speakers: Map<string, string>;
}

/**
 * Redacts a transcript as {@link redactTranscript} does and also returns the renaming of its speakers.
 */
export function redactTranscriptWithSpeakers(transcript: Transcript, redactor: Redactor = createRedactor()): RedactedTranscript {
  // Speakers first, so that their names are known before any text is read: "Lee" in a turn is the
  // speaker "Dr Lee" even where the language model sees no name.
  const speakers = new Map<string, string>();
  const taken = new Map<string, string>();
  const labels = [...transcript.turns.map((t) => t.speaker), ...Object.keys(transcript.statedRoles)];
  for (const label of labels) {
    if (speakers.has(label)) continue;
    let renamed = redactLabel(label, redactor, false);
    // Two speakers stay two ("Maria" and "Maria Lopez" as labels, or "Lee" and "Dr Lee").
    if (taken.has(renamed) && taken.get(renamed) !== label) renamed = redactLabel(label, redactor, true);
    speakers.set(label, renamed);
    taken.set(renamed, label);
  }
  const text = (s: string): string => redactor.redact(s).text;
  const statedRoles: Record<string, Role> = {};
  for (const [label, role] of Object.entries(transcript.statedRoles)) statedRoles[speakers.get(label) ?? label] = role;
  const warnings = transcript.warnings.map((w): Problem => ({
    ...w,
    message: text(w.message),
    ...(w.source !== undefined ? { source: text(w.source) } : {}),
    ...(w.value !== undefined ? { value: text(w.value) } : {}),
  }));
  return {
    transcript: {
      ...transcript,
      id: text(transcript.id),
      turns: transcript.turns.map((t) => ({ ...t, speaker: speakers.get(t.speaker) ?? t.speaker, text: text(t.text) })),
      statedRoles,
      warnings,
    },
    speakers,
  };
}

/**
 * The transcript with names, e-mail addresses, phone numbers, street addresses, dates and URLs replaced
 * by placeholders, consistently across every turn, the speaker labels, the file name (`id`) and the
 * reader's warnings. Role labels ("Therapist", "T", "Client") stay; a named speaker ("Dr Lee") becomes
 * the same placeholder as the name in the text ("Lee"). One redactor per call unless one is given (to
 * share placeholders across the sessions of one file).
 */
export function redactTranscript(transcript: Transcript, redactor: Redactor = createRedactor()): Transcript {
  return redactTranscriptWithSpeakers(transcript, redactor).transcript;
}
