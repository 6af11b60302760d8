import type { Result } from '../core/problem.js';
import { fail, ok } from '../core/problem.js';
import type { Transcript } from '../core/review/reviewTypes.js';
import { buildTranscript, type ReadTurn } from './buildTranscript.js';
import { cleanText, onlyNotes } from './cleanText.js';
import { jsonElementLines } from './jsonElementLines.js';
import { jsonErrorLine } from './jsonErrorLine.js';
import { parseTimestamp } from './parseTimestamp.js';
import { statedRole } from './statedRole.js';
import { transcriptProblem, WarningLog } from './transcriptProblem.js';

/** Keys of a root object that may hold the turns, in order of preference. */
export const TURN_KEYS = ['turns', 'utterances', 'transcript', 'segments', 'messages', 'dialogue', 'conversation'] as const;
const SPEAKER_FIELDS = ['speaker', 'name', 'speaker_name', 'speakerName', 'participant'];
const ROLE_FIELDS = ['role', 'interlocutor', 'speaker_role', 'speakerRole'];
const TEXT_FIELDS = ['text', 'utterance', 'utterance_text', 'content', 'message'];
const START_FIELDS = ['start', 'timestamp', 'start_time', 'startTime', 'time'];
const END_FIELDS = ['end', 'end_time', 'endTime'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function first(o: Obj, fields: readonly string[]): string | number | undefined {
  for (const f of fields) {
    const v = o[f];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return v;
  }
  return undefined;
}

/** JSON Lines: one turn object per line. Undefined when the content is not that either. */
function jsonLines(content: string): Result<Array<{ item: unknown; line: number }>> | undefined {
  const lines = content.split('\n');
  const out: Array<{ item: unknown; line: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '') continue;
    try {
      out.push({ item: JSON.parse(l), line: i + 1 });
    } catch (err) {
      // Only a file whose first line is a whole object is JSON Lines; then a bad line is its failure.
      if (out.length === 0) return undefined;
      return fail(transcriptProblem('', `not valid JSON Lines: ${(err as Error).message}`, { line: i + 1 }));
    }
  }
  return out.length > 1 || (out.length === 1 && isObject(out[0].item)) ? ok(out) : undefined;
}

/**
 * A JSON transcript: an array of turns, or an object holding one under `turns` (or `utterances`,
 * `segments`, …); also JSON Lines, one turn per line. A turn names its speaker with `speaker`, `name`
 * or `role`, its words with `text` or `utterance`, and optionally `start`/`timestamp` and `end` (seconds
 * or a clock time). A `role` beside a name states that speaker's role.
 */
export function readJson(content: string, source: string): Result<Transcript> {
  let items: Array<{ item: unknown; line: number }>;
  let pathPrefix = '';
  try {
    const doc: unknown = JSON.parse(content);
    let list: unknown[] | undefined;
    let key: string | null = null;
    if (Array.isArray(doc)) list = doc;
    else if (isObject(doc)) {
      key = TURN_KEYS.find((k) => Array.isArray(doc[k])) ?? null;
      if (key !== null) list = doc[key] as unknown[];
    }
    if (!list) {
      return fail(transcriptProblem(source, `JSON holds no turns: expected an array of turns or an object with "turns": [...]`, { line: 1 }));
    }
    pathPrefix = key !== null ? `${key}.` : '';
    const lines = jsonElementLines(content, key);
    items = list.map((item, i) => ({ item, line: lines[i] ?? 1 }));
  } catch (err) {
    const asLines = content.trimStart().startsWith('{') ? jsonLines(content) : undefined;
    if (asLines && !asLines.ok) return fail({ ...asLines.problems[0], source });
    if (!asLines) {
      const line = jsonErrorLine(content);
      return fail(transcriptProblem(source, `not valid JSON: ${(err as Error).message}`, line !== undefined ? { line } : {}));
    }
    items = asLines.value;
  }

  const log = new WarningLog(source);
  const turns: ReadTurn[] = [];
  items.forEach(({ item, line }, i) => {
    const path = pathPrefix ? `${pathPrefix}${i}` : String(i);
    if (!isObject(item)) {
      log.note('turn is not an object; skipped', { line, path, value: item });
      return;
    }
    const rawText = first(item, TEXT_FIELDS);
    const { text, markup } = cleanText(rawText === undefined ? '' : String(rawText));
    if (markup) log.note('stray markup removed', { line, path });
    if (text === '') {
      log.note('turn without "text" skipped', { line, path });
      return;
    }
    if (onlyNotes(text)) {
      log.note('turn with only transcriber notes skipped', { line, path, value: text });
      return;
    }
    const roleValue = first(item, ROLE_FIELDS);
    const role = roleValue !== undefined ? statedRole(String(roleValue)) : undefined;
    if (roleValue !== undefined && !role) log.note('role not recognised (expected therapist, client or a word like them)', { line, path, value: roleValue });
    let speaker = first(item, SPEAKER_FIELDS) ?? roleValue;
    if (speaker === undefined) {
      log.note('turn without "speaker" read as "Unknown"', { line, path });
      speaker = 'Unknown';
    }
    const startValue = first(item, START_FIELDS);
    const endValue = first(item, END_FIELDS);
    const start = startValue !== undefined ? parseTimestamp(startValue) : undefined;
    const end = endValue !== undefined ? parseTimestamp(endValue) : undefined;
    if ((startValue !== undefined && start === undefined) || (endValue !== undefined && end === undefined)) {
      log.note('time not readable; left out', { line, path, value: start === undefined ? startValue : endValue });
    }
    turns.push({ speaker: String(speaker), text, line, role, start, end });
  });
  if (turns.length === 0) return fail(transcriptProblem(source, 'JSON has no turns with text', { line: items[0]?.line ?? 1 }));
  return ok(buildTranscript(source, 'json', turns, log));
}
