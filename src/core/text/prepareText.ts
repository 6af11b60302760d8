import type { TextWordLists } from '../lexicon/wordLists.js';
import type { AnalysisNote } from '../types.js';

/** Longest text analysed; beyond it the analysis reads a prefix and says so (offsets stay valid). */
export const MAX_ANALYSED_CHARS = 20_000;

// C0 controls other than tab/newline/carriage return, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LETTER = /\p{L}/u;
const SAMPLE = 600;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A cheap language guess on a prefix: mostly non-Latin letters, or several Latin words with almost no
 * English function words (`englishWords`: a Latin-script text without them is most likely another
 * language, Spanish, German, …). ASCII takes the fast path; only other characters meet the Unicode test.
 */
function looksNonEnglish(text: string, englishWords: ReadonlySet<string>): boolean {
  const n = Math.min(text.length, SAMPLE);
  let letters = 0;
  let latin = 0;
  let words = 0;
  let english = 0;
  // The current word runs from `start` to here; all ASCII, it is lower-cased in one go (the same as
  // unit by unit), else unit by unit as it comes (`word`).
  let start = -1;
  let word = '';
  let ascii = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isAsciiLetter(c) || c === 39) {
      if (c !== 39) { letters++; latin++; }
      if (start < 0) start = i;
      if (!ascii) word += text[i].toLowerCase();
    } else if (c > 127 && LETTER.test(text[i])) {
      letters++;
      if (start < 0) start = i;
      if (ascii) word = text.slice(start, i).toLowerCase();
      ascii = false;
      word += text[i].toLowerCase();
    } else if (start >= 0) {
      words++;
      if (englishWords.has(ascii ? text.slice(start, i).toLowerCase() : word)) english++;
      start = -1;
      word = '';
      ascii = true;
    }
  }
  if (letters >= 4 && latin / letters < 0.5) return true;
  return words >= 5 && english / words < 0.12;
}

export interface PreparedText {
  /** Same length as the input's analysed prefix, so spans index the caller's text directly. */
  text: string;
  notes: AnalysisNote[];
  empty: boolean;
}

/**
 * Makes any string safe to analyse without moving offsets: control characters become spaces, an
 * over-long text is cut to a prefix. Notes say what was done and whether the text looks non-English
 * (the lexicons and models are English; results there are reported but weak), judged with the
 * `english` function words of `words` (data/word-lists.json, group `text`).
 */
export function prepareText(raw: string, words: TextWordLists): PreparedText {
  const notes: AnalysisNote[] = [];
  let text = raw;
  if (text.length > MAX_ANALYSED_CHARS) {
    const cut = cutAt(text);
    notes.push({ code: 'truncated', detail: `analysed the first ${cut} of ${text.length} characters` });
    text = text.slice(0, cut);
  }
  CONTROL.lastIndex = 0;
  if (CONTROL.test(text)) {
    CONTROL.lastIndex = 0;
    text = text.replace(CONTROL, ' ');
    notes.push({ code: 'control_characters_removed' });
  }
  const empty = text.trim().length === 0;
  if (empty) notes.push({ code: 'empty_text' });
  else if (!LETTER.test(text)) notes.push({ code: 'no_letters' });
  else {
    if (looksNonEnglish(text, words.english)) notes.push({ code: 'non_english' });
  }
  return { text, notes, empty };
}

/** Where an over-long text is cut: MAX_ANALYSED_CHARS, one less rather than split a surrogate pair. */
function cutAt(text: string): number {
  const code = text.charCodeAt(MAX_ANALYSED_CHARS - 1);
  return code >= 0xd800 && code <= 0xdbff ? MAX_ANALYSED_CHARS - 1 : MAX_ANALYSED_CHARS;
}

/**
 * `prepareText(raw).text` without the notes (no language guess): for context turns, which are read
 * but not reported on.
 */
export function sanitizeText(raw: string): string {
  let text = raw.length > MAX_ANALYSED_CHARS ? raw.slice(0, cutAt(raw)) : raw;
  CONTROL.lastIndex = 0;
  if (CONTROL.test(text)) {
    CONTROL.lastIndex = 0;
    text = text.replace(CONTROL, ' ');
  }
  return text;
}
