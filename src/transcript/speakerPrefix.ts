import { CLOCK_PATTERN, parseTimestamp } from './parseTimestamp.js';
import { statedRole } from './statedRole.js';

export interface SpeakerPrefix {
  speaker: string;
  /** The rest of the line after the label (empty when the words follow on the next lines). */
  text: string;
  /** Seconds, when the label carries a time (may be present as undefined). */
  start?: number;
}

// A time before or after the name: `[00:01:02]`, `(1:02)` or bare `00:01:02`.
const TIME = String.raw`(\[\s*${CLOCK_PATTERN}\s*\]|\(\s*${CLOCK_PATTERN}\s*\)|${CLOCK_PATTERN})`;
const NAME = String.raw`([^\s:：\[\]()<>{}"“”][^:：\[\]()<>{}"“”]{0,39}?)`;
const BOLD = String.raw`(?:\*\*|__)?`;
// `[00:01:02] Therapist: …`, `Dr Lee (00:01:02): …`, `T: [00:01:02] …`, `- SAM: …`, `**Client:** …`.
const LABELLED = new RegExp(
  String.raw`^\s*(?:${TIME}\s*(?:[-–—|]\s*)?)?(?:[-–—•]\s+)?${BOLD}${NAME}${BOLD}\s*(?:${TIME}\s*)?${BOLD}[:：](?![\/\d])${BOLD}\s*(?:${TIME}\s*(?:[-–—|]\s*)?)?(.*)$`,
);
// Otter's text export: the name and a time alone on a line, the words on the lines below.
const NAME_AND_TIME = new RegExp(String.raw`^\s*${NAME}\s+${TIME}\s*$`);
// A screenplay-style label alone on a line ("THERAPIST"); only generic labels, never a bare name.
const LABEL_ALONE = /^\s*([A-Za-z][A-Za-z -]{0,24}?)\s*:?\s*$/;

// Capitalised words that open header lines ("Date: 12 March", "Session: 4"), not speakers.
const NOT_SPEAKERS = new Set(['date', 'time', 'duration', 'location', 'note', 'notes', 'participants', 'attendees', 'title', 'subject', 'recorded', 'recording', 'transcript', 'transcription', 'session', 'ps', 'nb', 're']);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'ten', 'ter', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'y', 'dos', 'das']);
const NAME_WORD = /^[\p{Lu}\d][\p{L}\p{M}\d.'’-]*$/u;

/**
 * Whether a label can name a speaker: a generic role label (any case), or a person's name of one to
 * four capitalised words ("Dr Lee", "SAM", "Speaker 2", "Ana de la Cruz").
 */
export function isSpeakerName(label: string): boolean {
  const name = label.trim();
  if (name.length === 0 || name.length > 40) return false;
  if (statedRole(name)) return true;
  const words = name.split(/\s+/);
  if (words.length > 5 || NOT_SPEAKERS.has(name.toLowerCase())) return false;
  if (!/^\p{Lu}/u.test(words[0])) return false;
  return words.every((w, i) => NAME_WORD.test(w) || (i > 0 && PARTICLES.has(w.toLowerCase())));
}

/**
 * The speaker label at the start of a transcript line, with a time before or after the name when
 * there is one. Undefined when the line does not open with something that can name a speaker.
 */
export function splitSpeakerPrefix(line: string): SpeakerPrefix | undefined {
  const m = LABELLED.exec(line);
  if (m) {
    const speaker = m[2].trim();
    if (isSpeakerName(speaker)) {
      const time = m[1] ?? m[3] ?? m[4];
      const start = time !== undefined ? parseTimestamp(time) : undefined;
      return { speaker, text: m[5].trim(), start };
    }
  }
  const alone = NAME_AND_TIME.exec(line);
  if (alone && isSpeakerName(alone[1])) {
    const start = parseTimestamp(alone[2]);
    return { speaker: alone[1].trim(), text: '', start };
  }
  const label = LABEL_ALONE.exec(line);
  if (label && statedRole(label[1]) && label[1].length > 1) return { speaker: label[1].trim(), text: '' };
  return undefined;
}

/** The key under which spellings of one speaker ("Sam", "SAM", "sam ") count as the same person. */
export function speakerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Which candidate labels are speakers. A label that states a role, or recurs, is one; a one-off
 * "Note:" or "Update:" inside someone's words is not. A conversation has two speakers, so when fewer
 * than two qualify, every candidate does (a short file where each person speaks once).
 */
export function acceptedSpeakers(counts: ReadonlyMap<string, number>): Set<string> {
  const accepted = new Set<string>();
  for (const [key, n] of counts) if (n >= 2 || statedRole(key)) accepted.add(key);
  return accepted.size >= 2 ? accepted : new Set(counts.keys());
}
