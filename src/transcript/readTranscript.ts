import type { Result } from '../core/problem.js';
import { fail, ok } from '../core/problem.js';
import type { Transcript } from '../core/review/reviewTypes.js';
import { detectFormat } from './detectFormat.js';
import { normalizeContent } from './normalizeContent.js';
import { readCsv } from './readCsv.js';
import { readJson } from './readJson.js';
import { readPlainText } from './readPlainText.js';
import { readSubtitles } from './readSubtitles.js';
import { transcriptProblem } from './transcriptProblem.js';

/**
 * The transcripts in a file's content (already decoded; this layer reads no files). The format is
 * detected from the content and the file name (`detectFormat`): WebVTT, SRT, CSV, AnnoMI CSV (one
 * transcript per session, ids `<fileName>#<transcript_id>`), JSON or JSON Lines, and plain text with
 * speaker labels. A file that cannot be read gives one `unreadable_transcript` problem naming the file
 * (`source`) and the line where reading failed; oddities the reader got past are each transcript's
 * `warnings`.
 */
export function readTranscripts(content: string, fileName: string): Result<Transcript[]> {
  const text = normalizeContent(content);
  if (text.trim() === '') return fail(transcriptProblem(fileName, 'empty file', { line: 1 }));
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail(transcriptProblem(fileName, 'binary data, not a text transcript (is it a Word or PDF file? export it as text)', { line: text.slice(0, nul).split('\n').length }));
  }
  const format = detectFormat(text, fileName);
  switch (format) {
    case 'vtt':
    case 'srt':
      return one(readSubtitles(text, fileName, format));
    case 'csv':
    case 'annomi':
      return readCsv(text, fileName);
    case 'json':
      return one(readJson(text, fileName));
    case 'text':
      return one(readPlainText(text, fileName));
  }
}

const one = (r: Result<Transcript>): Result<Transcript[]> => (r.ok ? ok([r.value]) : r);
