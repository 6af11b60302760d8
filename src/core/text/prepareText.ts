import type { AnalysisNote } from '../types.js';

/** Longest text analysed; beyond it the analysis reads a prefix and says so (offsets stay valid). */
export const MAX_ANALYSED_CHARS = 20_000;

// C0 controls other than tab/newline/carriage return, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LETTER = /\p{L}/u;
const LETTERS = /\p{L}/gu;
const LATIN_LETTERS = /[A-Za-z]/g;
const WORDS = /[\p{L}']+/gu;
// Frequent English function words: a Latin-script text of several words with almost none of them is
// most likely another language (Spanish, German, …).
const ENGLISH = new Set(['i', 'you', 'the', 'an', 'and', 'to', 'of', 'it', 'is', 'that', 'my', 'we', 'be', 'this', 'for', 'on', 'with', 'not', 'but', 'so', 'what', 'are', 'was', 'have', 'just', 'can', 'do', 'feel', 'like', 'know', 'he', 'she', 'they', 'at', 'or', 'if', 'no', 'yes', 'okay', 'ok', 'yeah', "i'm", "it's", "don't", 'am', 'how', 'your', 'about', 'all', 'really']);

function looksNonEnglish(sample: string): boolean {
  const letters = sample.match(LETTERS)?.length ?? 0;
  const latin = sample.match(LATIN_LETTERS)?.length ?? 0;
  if (letters >= 4 && latin / letters < 0.5) return true;
  const words = sample.toLowerCase().match(WORDS) ?? [];
  if (words.length < 5) return false;
  let english = 0;
  for (const w of words) if (ENGLISH.has(w)) english++;
  return english / words.length < 0.12;
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
 * (the lexicons and models are English; results there are reported but weak).
 */
export function prepareText(raw: string): PreparedText {
  const notes: AnalysisNote[] = [];
  let text = raw;
  if (text.length > MAX_ANALYSED_CHARS) {
    // Do not cut a surrogate pair in half.
    let cut = MAX_ANALYSED_CHARS;
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
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
    if (looksNonEnglish(text.length > 2000 ? text.slice(0, 2000) : text)) notes.push({ code: 'non_english' });
  }
  return { text, notes, empty };
}
