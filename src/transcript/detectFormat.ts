import { parse } from 'csv-parse/sync';
import type { TranscriptFormat } from '../core/review/reviewTypes.js';
import { isAnnoMiHeader, isTranscriptHeader, sniffDelimiter } from './csvColumns.js';
import { CLOCK_PATTERN } from './parseTimestamp.js';
import { splitSpeakerPrefix } from './speakerPrefix.js';

const TIMING_LINE = new RegExp(String.raw`^\s*${CLOCK_PATTERN}\s*-->\s*${CLOCK_PATTERN}`, 'm');
const EXTENSIONS: Record<string, TranscriptFormat> = { vtt: 'vtt', webvtt: 'vtt', srt: 'srt', csv: 'csv', tsv: 'csv', json: 'json', jsonl: 'json', txt: 'text', text: 'text', md: 'text' };

/** The format a file name's extension suggests, if any. */
function byExtension(fileName: string): TranscriptFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext !== undefined ? EXTENSIONS[ext] : undefined;
}

/** The first line's cells when it reads as a CSV header (undefined when it is no CSV line at all). */
function headerCells(firstLine: string, fileName: string): string[] | undefined {
  const delimiter = sniffDelimiter(firstLine, fileName);
  if (!firstLine.includes(delimiter)) return undefined;
  try {
    const [cells] = parse(firstLine, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
    return cells;
  } catch {
    return undefined;
  }
}

/**
 * The format of a transcript, from its content first and its file name second: content that is
 * clearly one format wins over a misleading extension (a WebVTT saved as `.txt`); the extension
 * decides what unclear content is tried as, so that its problem is worded for that format (a `.csv`
 * with an unknown header is reported as a CSV, not as text without speaker labels).
 * Expects normalised content (`normalizeContent`: no BOM, LF line breaks).
 */
export function detectFormat(content: string, fileName: string): TranscriptFormat {
  const head = content.slice(0, 64 * 1024).trimStart();
  const ext = byExtension(fileName);
  if (/^WEBVTT(?:\s|$)/.test(head)) return 'vtt';
  // JSON opens with `{` or with `[` and then a value; `[00:01:02] Therapist: …` and `[Music]` are text.
  if (head.startsWith('{') || /^\[\s*(?:[{["\]]|$)/.test(head)) return 'json';
  const top = head.split('\n', 40).join('\n');
  // Cue timing lines, or arrows where they should be (a garbled SRT is reported as SRT, by line).
  if (TIMING_LINE.test(top) || (top.includes('-->') && (ext === 'srt' || ext === 'vtt'))) return ext === 'vtt' ? 'vtt' : 'srt';
  const firstLine = head.slice(0, (head.indexOf('\n') + 1 || head.length + 1) - 1);
  const cells = headerCells(firstLine, fileName);
  if (cells && isAnnoMiHeader(cells)) return 'annomi';
  if (cells && isTranscriptHeader(cells)) return 'csv';
  // Speaker labels on the first lines are clear too ("Therapist: Hello, how are you?" has commas).
  if (head.split('\n', 10).some((l) => splitSpeakerPrefix(l) !== undefined)) return 'text';
  return ext ?? 'text';
}
