/** Word tokens with their offsets, the unit every detector and featurizer works on. */
export interface Token {
  /** Lower-cased form, curly apostrophes folded to "'". */
  norm: string;
  start: number;
  end: number;
}

// Letters, digits and inner apostrophes/hyphens: "don't", "well-being", "I'd".
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const lower = m[0].toLowerCase();
    out.push({ norm: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length });
  }
  return out;
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
