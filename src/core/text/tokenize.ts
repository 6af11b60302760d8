/** Word tokens with their offsets, the unit every detector and featurizer works on. */
export interface Token {
  /** Lower-cased form, curly apostrophes folded to "'". */
  norm: string;
  start: number;
  end: number;
}

// Letters, digits and inner apostrophes/hyphens: "don't", "well-being", "I'd". scanTokens finds
// exactly what this regex finds (the tests hold them equal).
export const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

// The detectors (style, empathy, stance, MI) each tokenize the same utterance and context turns: the
// last few results are kept, keyed by the string itself.
const MEMO_SIZE = 8;
const memoText: Array<string | undefined> = new Array<string | undefined>(MEMO_SIZE).fill(undefined);
const memoTokens: Token[][] = new Array<Token[]>(MEMO_SIZE).fill([]);
let memoNext = 0;

/**
 * Word tokens of `text` in order. The result may be shared with other callers for the same text:
 * read it, never change it.
 */
export function tokenize(text: string): Token[] {
  for (let i = 0; i < MEMO_SIZE; i++) if (memoText[i] === text) return memoTokens[i];
  const out = scanTokens(text);
  memoText[memoNext] = text;
  memoTokens[memoNext] = out;
  memoNext = (memoNext + 1) % MEMO_SIZE;
  return out;
}

function scanTokens(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordUnits(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      do i += w;
      while ((w = wordUnits(text, i)) > 0);
      // An inner apostrophe or hyphen joins when a word character follows it.
      const c = text.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && (w = wordUnits(text, i + 1)) > 0) i++;
      else break;
    }
    const lower = text.slice(start, i).toLowerCase();
    out.push({ norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: i });
  }
  return out;
}

// What WORD matches, by hand: the regex's per-token exec (a match array per word) was a tenth of
// the analysis. \p{L}\p{N} of non-ASCII units is asked of the engine once per unit and kept.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const bmpClass = new Uint8Array(65536); // 0 not yet known, 1 letter or number, 2 neither

/** The length (1, or 2 for a surrogate pair) of the letter or number at `i`, or 0 if there is none. */
function wordUnits(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at . ! ? or … followed by space, or at a line break.
const SENTENCE = /[^.!?…\n]+(?:[.!?…]+["')\]]*|\n|$)/g;

/** Splits text into sentences with offsets; whitespace-only pieces are dropped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null; m = SENTENCE.exec(text)) {
    if (m[0].length === 0) {
      SENTENCE.lastIndex++;
      continue;
    }
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = m.index + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
