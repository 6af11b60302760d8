/** A sentence of a text, by offsets: `text.slice(start, end)`. */
export interface SentenceRange {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (with any closing quotes or brackets) before white space, or at a line break.
const END = /[.!?…]+["'”’)\]]*(?=\s)|\n+/g;
// Words whose full stop is an abbreviation, not a sentence end ("Dr. Lee", "St. Mary's", "J. Smith").
const ABBREVIATION = /(?:^|[^\p{L}])(?:[Dd]r|[MmS]rs?|[Mm][sx]|[Pp]rof|St|[Rr]ev|[JjSs]r|vs|etc|e\.g|i\.e|[Aa]pt|Ave|Rd|\p{Lu})\.$/u;

/**
 * Splits a text into sentences, cheaply: enough to know which word opens a sentence (where capitals
 * say nothing) and to hand the language model short pieces.
 */
export function splitSentences(text: string): SentenceRange[] {
  const out: SentenceRange[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && ABBREVIATION.test(text.slice(Math.max(start, m.index - 8), end))) continue;
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

// Opening punctuation a sentence may start with: quotes, brackets, dashes.
const OPENERS = /["'“‘(\[\-–—\s]/;

/** Offset of the first word character of a sentence (after quotes, brackets and white space). */
export function firstWordStart(text: string, sentence: SentenceRange): number {
  let i = sentence.start;
  while (i < sentence.end && OPENERS.test(text[i])) i++;
  return i;
}
