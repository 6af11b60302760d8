const EMOJI = /[\p{Extended_Pictographic}\uFE0F]/u;

/** The character at i ends a clause: , ; : a dash, or an emoji (informal replies punctuate with them). */
export function isClauseBreak(text: string, i: number): boolean {
  const c = text[i];
  if (c === ',' || c === ';' || c === ':' || c === '—' || c === '–') return true;
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return EMOJI.test(text.slice(i - 1, i + 1));
  return code === 0xfe0f || (code >= 0x2600 && code <= 0x27bf && EMOJI.test(c));
}
