import type { Result } from '../core/problem.js';
import { fail, ok } from '../core/problem.js';
import type { Transcript } from '../core/review/reviewTypes.js';
import { buildTranscript, type ReadTurn } from './buildTranscript.js';
import { cleanText, onlyNotes } from './cleanText.js';
import { CLOCK_PATTERN, parseTimestamp } from './parseTimestamp.js';
import { acceptedSpeakers, speakerKey, splitSpeakerPrefix, type SpeakerPrefix } from './speakerPrefix.js';
import { transcriptProblem, WarningLog } from './transcriptProblem.js';

interface Cue {
  /** Line of the cue's first line (its identifier, or its timing line when it has none). */
  line: number;
  start: number;
  end: number;
  payload: Array<{ text: string; line: number; prefix?: SpeakerPrefix }>;
}

interface Segment {
  speaker?: string;
  parts: string[];
  line: number;
  start: number;
  end: number;
}

// SRT writes a comma, WebVTT a dot; both are taken in either file, as exporters mix them up.
const TIMING = new RegExp(String.raw`^\s*(${CLOCK_PATTERN})\s*-->\s*(${CLOCK_PATTERN})(?:\s.*)?$`);
// A line that meant to be a timing line: two times with some arrow between them.
const ARROW = /\d\s*(?:-+>|→|=>)\s*\d/;
const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;
// Lines that may be a cue identifier left above a timing line when a blank line is missing.
const CUE_ID = /^(?:\d+|[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}(?:\/\d+-\d+)?)$/i;

const NOT_BLANK = /\S/;
const isBlank = (s: string | undefined) => s === undefined || !NOT_BLANK.test(s);

/** The cues of a WebVTT or SRT file; blocks that are not cues are skipped with a warning. */
function parseCues(lines: readonly string[], format: 'vtt' | 'srt', log: WarningLog): { cues: Cue[]; firstFailure?: { line: number; message: string; value: string } } {
  const cues: Cue[] = [];
  let firstFailure: { line: number; message: string; value: string } | undefined;
  const skip = (at: number, message: string) => {
    firstFailure ??= { line: at + 1, message, value: lines[at].trim() };
    log.note(message, { line: at + 1, value: lines[at].trim() });
  };
  let i = 0;
  if (format === 'vtt') {
    if (/^WEBVTT(?:\s|$)/.test(lines[0] ?? '')) {
      // The header block: `WEBVTT` and metadata ("Kind: captions") up to the first blank line.
      i = 1;
      while (i < lines.length && !isBlank(lines[i]) && !lines[i].includes('-->')) i++;
    } else {
      log.note('no WEBVTT header; read as WebVTT from the file name', { line: 1 });
    }
  }
  const n = lines.length;
  while (i < n) {
    if (isBlank(lines[i])) {
      i++;
      continue;
    }
    const first = lines[i].trim();
    if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(first)) {
      while (i < n && !isBlank(lines[i])) i++;
      continue;
    }
    const timingAt = TIMING.test(lines[i]) ? i : i + 1 < n && TIMING.test(lines[i + 1]) ? i + 1 : -1;
    if (timingAt < 0) {
      const arrowAt = ARROW.test(lines[i]) ? i : i + 1 < n && ARROW.test(lines[i + 1]) ? i + 1 : -1;
      if (arrowAt >= 0) skip(arrowAt, 'cue timing not readable; cue skipped');
      else skip(i, 'text outside any cue skipped');
      while (i < n && !isBlank(lines[i])) i++;
      continue;
    }
    const m = TIMING.exec(lines[timingAt]) as RegExpExecArray;
    const cue: Cue = { line: i + 1, start: parseTimestamp(m[1]) ?? 0, end: parseTimestamp(m[2]) ?? 0, payload: [] };
    let j = timingAt + 1;
    while (j < n && !isBlank(lines[j])) {
      if (TIMING.test(lines[j])) {
        // A missing blank line: the next cue begins here, its identifier (if any) read as our text.
        const last = cue.payload[cue.payload.length - 1];
        if (last && CUE_ID.test(last.text.trim())) {
          cue.payload.pop();
          j--;
        }
        break;
      }
      cue.payload.push({ text: lines[j], line: j + 1 });
      j++;
    }
    cues.push(cue);
    i = j;
  }
  return { cues, ...(firstFailure ? { firstFailure } : {}) };
}

/** The speaker segments of a cue: `<v Name>` voice tags, else `Name: text` lines, else none named. */
function cueSegments(cue: Cue, speakers: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | undefined;
  const open = (speaker: string | undefined, line: number) => {
    const segment: Segment = { speaker, parts: [], line: segments.length === 0 ? cue.line : line, start: cue.start, end: cue.end };
    segments.push(segment);
    current = segment;
    return segment;
  };
  for (const entry of cue.payload) {
    const { text, line } = entry;
    let rest = text;
    if (text.includes('<v')) {
      VOICE.lastIndex = 0;
      let pos = 0;
      let m: RegExpExecArray | null;
      while ((m = VOICE.exec(text))) {
        const before = text.slice(pos, m.index);
        if (before.trim() !== '') (current ?? open(undefined, line)).parts.push(before);
        open(m[1]?.trim().replace(/\s+/g, ' ') || undefined, line);
        pos = VOICE.lastIndex;
      }
      rest = text.slice(pos);
    } else {
      const prefix = entry.prefix;
      if (prefix && speakers.has(speakerKey(prefix.speaker))) {
        open(prefix.speaker, line).parts.push(prefix.text);
        continue;
      }
    }
    (current ?? open(undefined, line)).parts.push(rest);
  }
  return segments;
}

/**
 * A WebVTT or SRT file as Zoom, Teams and Otter export it. Speakers come from `<v Name>` voice tags
 * or `Name: text` lines; a cue naming nobody continues the last speaker ("Unknown" before any).
 * Consecutive cues of one speaker are one turn: the exporters cut turns into cues by time, not by
 * who speaks. A file that names no speaker at all keeps one turn per cue, all "Unknown".
 */
export function readSubtitles(content: string, source: string, format: 'vtt' | 'srt'): Result<Transcript> {
  const log = new WarningLog(source);
  const lines = content.split('\n');
  const { cues, firstFailure } = parseCues(lines, format, log);
  if (cues.length === 0) {
    if (firstFailure) return fail(transcriptProblem(source, `no readable cue (${format === 'vtt' ? 'WebVTT' : 'SRT'}): ${firstFailure.message}`, { line: firstFailure.line, value: firstFailure.value }));
    return fail(transcriptProblem(source, `no cues found (${format === 'vtt' ? 'WebVTT' : 'SRT'})`, { line: 1 }));
  }

  // Labels that open cue lines, counted over the whole file before any is taken for a speaker.
  const counts = new Map<string, number>();
  for (const cue of cues) {
    if (cue.payload.some((p) => p.text.includes('<v'))) continue;
    for (const p of cue.payload) {
      const prefix = splitSpeakerPrefix(cleanText(p.text).text);
      if (prefix) {
        p.prefix = prefix;
        const key = speakerKey(prefix.speaker);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const speakers = acceptedSpeakers(counts);
  const segments = cues.flatMap((c) => cueSegments(c, speakers));
  const named = segments.some((s) => s.speaker !== undefined);
  if (!named) log.note('no speaker names in the file (no <v Name> tags or "Name:" labels): every cue is read as its own turn by "Unknown"');

  const turns: ReadTurn[] = [];
  let last: string | undefined;
  let merged: ReadTurn | undefined;
  for (const seg of segments) {
    if (seg.speaker !== undefined) last = seg.speaker;
    const speaker = seg.speaker ?? last ?? 'Unknown';
    const text = cleanText(seg.parts.join(' ')).text;
    if (text === '') continue;
    if (seg.speaker === undefined && last === undefined && named) log.note('cue before any named speaker read as "Unknown"', { line: seg.line });
    if (onlyNotes(text)) {
      log.note('cue with only transcriber notes skipped', { line: seg.line, value: text });
      // Someone else's inaudible words still end the turn before them.
      if (merged && speakerKey(merged.speaker) !== speakerKey(speaker)) merged = undefined;
      continue;
    }
    if (named && merged && speakerKey(merged.speaker) === speakerKey(speaker)) {
      merged.text += ` ${text}`;
      merged.end = Math.max(merged.end ?? seg.end, seg.end);
      continue;
    }
    merged = { speaker, text, start: seg.start, end: seg.end, line: seg.line };
    turns.push(merged);
  }
  if (turns.length === 0) return fail(transcriptProblem(source, 'cues hold no words', { line: cues[0].line }));
  return ok(buildTranscript(source, format, turns, log));
}
