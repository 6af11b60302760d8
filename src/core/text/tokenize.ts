/** Word tokens with their offsets, the unit every detector and featurizer works on. */
export interface Token {
  /** Lower-cased form, curly apostrophes folded to "'". */
  norm: string;
  start: number;
  end: number;
}

// Letters, digits and inner apostrophes/hyphens: "don't", "well-being", "I'd".
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    out.push({ norm: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
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
