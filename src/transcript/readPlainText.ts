import type { Result } from '../core/problem.js';
import { fail, ok } from '../core/problem.js';
import type { Transcript } from '../core/review/reviewTypes.js';
import { buildTranscript, type ReadTurn } from './buildTranscript.js';
import { cleanText, onlyNotes } from './cleanText.js';
import { CLOCK_PATTERN, parseTimestamp } from './parseTimestamp.js';
import { acceptedSpeakers, speakerKey, splitSpeakerPrefix, type SpeakerPrefix } from './speakerPrefix.js';
import { transcriptProblem, WarningLog } from './transcriptProblem.js';

const TIME_ALONE = new RegExp(String.raw`^\s*[\[(]?\s*(${CLOCK_PATTERN})\s*[\])]?\s*$`);
const RULE = /^\s*(?:[-=_*~#]\s*){3,}$/;

/**
 * A plain-text transcript: each turn opens with a speaker label ("Therapist:", "T:", "Dr Lee:",
 * "SAM:"), optionally with a time before or after the name; lines without a label continue the turn
 * before. Each labelled line is its own turn, even after one by the same speaker: the writer chose the
 * break. Text before the first label (a title, a date) is skipped with a warning.
 */
export function readPlainText(content: string, source: string): Result<Transcript> {
  const log = new WarningLog(source);
  const lines = content.split('\n');
  const prefixes: Array<SpeakerPrefix | undefined> = new Array(lines.length);
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(':') && lines[i].length > 40) continue; // fast path: a long line with no label
    const p = lines[i].trim() === '' ? undefined : splitSpeakerPrefix(lines[i]);
    prefixes[i] = p;
    if (p) counts.set(speakerKey(p.speaker), (counts.get(speakerKey(p.speaker)) ?? 0) + 1);
  }
  const speakers = acceptedSpeakers(counts);

  const turns: Array<ReadTurn & { parts: string[] }> = [];
  let current: (ReadTurn & { parts: string[] }) | undefined;
  let pendingStart: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || RULE.test(line)) continue;
    const p = prefixes[i];
    if (p && speakers.has(speakerKey(p.speaker))) {
      const start = p.start ?? pendingStart;
      current = { speaker: p.speaker, text: '', parts: [p.text], line: i + 1, start };
      turns.push(current);
      pendingStart = undefined;
      continue;
    }
    const time = TIME_ALONE.exec(line);
    if (time) {
      // A time on its own line dates the next turn.
      pendingStart = parseTimestamp(time[1]);
      continue;
    }
    if (current) current.parts.push(line);
    else log.note('text before the first speaker label skipped', { line: i + 1, value: line.trim() });
  }
  if (turns.length === 0) {
    const first = lines.findIndex((l) => l.trim() !== '');
    return fail(transcriptProblem(
      source,
      'not a transcript attune can read: no speaker labels such as "Therapist:" or "Sam:" found, and not WebVTT, SRT, CSV or JSON',
      { line: first + 1, value: lines[first].trim() },
    ));
  }

  const read: ReadTurn[] = [];
  for (const t of turns) {
    const { text, markup } = cleanText(t.parts.join(' '));
    if (markup) log.note('stray markup removed', { line: t.line });
    if (text === '') {
      log.note('speaker label without words skipped', { line: t.line, value: t.speaker });
      continue;
    }
    if (onlyNotes(text)) {
      log.note('turn with only transcriber notes skipped', { line: t.line, value: text });
      continue;
    }
    read.push({ speaker: t.speaker, text, line: t.line, start: t.start });
  }
  if (read.length === 0) return fail(transcriptProblem(source, 'speaker labels found but no words after them', { line: turns[0].line }));
  return ok(buildTranscript(source, 'text', read, log));
}
