import { parse } from 'csv-parse/sync';
import type { Result } from '../core/problem.js';
import { fail, ok } from '../core/problem.js';
import type { Transcript } from '../core/review/reviewTypes.js';
import { buildTranscript, type ReadTurn } from './buildTranscript.js';
import { cleanText, onlyNotes } from './cleanText.js';
import { csvColumns, isAnnoMiHeader, sniffDelimiter } from './csvColumns.js';
import { parseTimestamp } from './parseTimestamp.js';
import { statedRole } from './statedRole.js';
import { transcriptProblem, WarningLog } from './transcriptProblem.js';

interface Row {
  fields: string[];
  /** 1-based line where the record begins (a quoted field may span lines). */
  line: number;
}

/** The records with the line each begins on, or the line where the CSV stops being CSV. */
function parseRows(content: string, source: string): Result<Row[]> {
  const newline = content.indexOf('\n');
  const firstLine = newline < 0 ? content : content.slice(0, newline);
  // `raw` gives each record's source text, empty lines included, so line numbers can be counted
  // without csv-parse's per-record `info` (three times slower on a long file).
  const options = { delimiter: sniffDelimiter(firstLine), relax_column_count: true, relax_quotes: true, raw: true } as const;
  const read = (to?: number) => parse(content, to !== undefined ? { ...options, to } : options) as unknown as Array<{ record: string[]; raw: string }>;
  try {
    return ok(withLines(read()));
  } catch (err) {
    // csv-parse says where it noticed the problem (an unclosed quote: the end of the file); the
    // record it was reading begins after the ones it finished, so that is the line named.
    const e = err as Error & { records?: number; code?: string };
    let line: number | undefined;
    try {
      line = typeof e.records === 'number' ? endLine(read(e.records)) : undefined;
    } catch {
      line = undefined;
    }
    const what = e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field opened here is never closed' : e.message.replace(/ at line \d+/, '');
    return fail(transcriptProblem(source, `not valid CSV: ${what}`, line !== undefined ? { line } : {}));
  }
}

const newlines = (s: string) => {
  let n = 0;
  for (let k = s.indexOf('\n'); k >= 0; k = s.indexOf('\n', k + 1)) n++;
  return n;
};

/** The line after the given records: where the next record begins. */
function endLine(records: ReadonlyArray<{ raw: string }>): number {
  return records.reduce((line, r) => line + newlines(r.raw), 1);
}

function withLines(records: ReadonlyArray<{ record: string[]; raw: string }>): Row[] {
  const rows: Row[] = [];
  let line = 1;
  for (const { record, raw } of records) {
    if (record.some((f) => f.trim() !== '')) rows.push({ fields: record, line });
    line += newlines(raw);
  }
  return rows;
}

/**
 * A CSV transcript: a header row with a speaker (or role) column and a text column in any order,
 * optionally start and end times and a role column beside the speaker's name. Each row is one turn.
 * An AnnoMI CSV (`transcript_id`, `interlocutor`, `utterance_text`) gives one transcript per
 * `transcript_id`, named `<file>#<id>`; its per-annotator repeats of an utterance are read once.
 */
export function readCsv(content: string, source: string): Result<Transcript[]> {
  const parsed = parseRows(content, source);
  if (!parsed.ok) return parsed;
  const [header, ...rows] = parsed.value;
  if (!header) return fail(transcriptProblem(source, 'CSV has no rows', { line: 1 }));
  const columns = csvColumns(header.fields);
  const annomi = isAnnoMiHeader(header.fields);
  if (columns.text === undefined || (columns.speaker === undefined && columns.role === undefined)) {
    const missing = columns.text === undefined ? 'text column (text, utterance, …)' : 'speaker column (speaker, name, role, …)';
    return fail(transcriptProblem(source, `CSV header names no ${missing}`, { line: header.line, value: header.fields.join(',') }));
  }
  const log = new WarningLog(source);
  const groups = new Map<string, ReadTurn[]>();
  const seen = new Set<string>();
  const field = (row: Row, i: number | undefined) => (i === undefined ? '' : (row.fields[i] ?? '').trim());

  for (const row of rows) {
    const group = annomi ? field(row, columns.transcriptId) : '';
    if (annomi && columns.utteranceId !== undefined) {
      const key = `${group}/${field(row, columns.utteranceId)}`;
      if (seen.has(key)) {
        log.note('repeated utterance (one row per annotator) read once', { line: row.line });
        continue;
      }
      seen.add(key);
    }
    const { text, markup } = cleanText(field(row, columns.text));
    if (markup) log.note('stray markup removed', { line: row.line });
    if (text === '') {
      log.note('row without text skipped', { line: row.line });
      continue;
    }
    if (onlyNotes(text)) {
      log.note('row with only transcriber notes skipped', { line: row.line, value: text });
      continue;
    }
    const roleValue = field(row, columns.role);
    const role = roleValue ? statedRole(roleValue) : undefined;
    if (roleValue && !role) log.note('role not recognised (expected therapist, client or a word like them)', { line: row.line, value: roleValue });
    let speaker = field(row, columns.speaker) || roleValue;
    if (!speaker) {
      log.note('row without a speaker read as "Unknown"', { line: row.line });
      speaker = 'Unknown';
    }
    const startValue = field(row, columns.start);
    const endValue = field(row, columns.end);
    const start = startValue ? parseTimestamp(startValue) : undefined;
    const end = endValue ? parseTimestamp(endValue) : undefined;
    if ((startValue && start === undefined) || (endValue && end === undefined)) log.note('time not readable; left out', { line: row.line, value: start === undefined ? startValue : endValue });
    const turn: ReadTurn = { speaker, text, line: row.line, role, start, end };
    const list = groups.get(group);
    if (list) list.push(turn);
    else groups.set(group, [turn]);
  }
  if (groups.size === 0) return fail(transcriptProblem(source, 'CSV has a header but no rows with text', { line: header.line }));
  const warnings = log.problems();
  // The file's warnings go to the first transcript only, so a report of all of them says each once.
  return ok([...groups].map(([id, turns], k) => buildTranscript(annomi ? `${source}#${id}` : source, annomi ? 'annomi' : 'csv', turns, new WarningLog(source), k === 0 ? warnings : [])));
}
