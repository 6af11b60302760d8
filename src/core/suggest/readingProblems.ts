/**
 * Surface checks that a suggested sentence reads as finished English: a capital at the start of each
 * sentence and an end mark, every slot filled, no stray spaces or doubled punctuation, no word said
 * twice in a row, "a" not before a vowel, no spoken fillers or stutters, sentences of a readable
 * length. Not a grammar parser: it catches the ways filled templates go wrong. The suggester drops a
 * filled variant that fails (falling back to a plain one), and the tests hold every template to it.
 */
const MAX_SENTENCE_WORDS = 40;

export function readingProblems(text: string): string[] {
  const out: string[] = [];
  const t = text;
  if (!t.trim()) return ['empty'];
  if (t !== t.trim()) out.push('leading or trailing space');
  if (/[{}]/u.test(t)) out.push('unfilled slot');
  if (!/[.?!]$/u.test(t)) out.push('no end mark');
  if (/ {2,}/u.test(t)) out.push('double space');
  if (/\s[,.;:?!]/u.test(t)) out.push('space before punctuation');
  if (/[,;:][,.;:?!]|[.?!][,;:]|\.\.|\?\.|!\./u.test(t)) out.push('doubled punctuation');
  if (/[,;:](?=\S)/u.test(t.replace(/\d[,:]\d/gu, ''))) out.push('no space after punctuation');
  // Within a clause only: "back to you: you said" is fine.
  for (const clause of t.toLowerCase().split(/[,.;:?!]/u)) {
    const words = clause.match(/[\p{L}']+/gu) ?? [];
    for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1] && words[i] !== 'that' && words[i] !== 'had') out.push(`repeated word "${words[i]}"`);
  }
  if (/\ba [aeio]/iu.test(t)) out.push('"a" before a vowel');
  if (/\b(?:um+|uh+|erm|hmm+)\b|…|\b(\p{L}+)-\s*\1\b|--/iu.test(t)) out.push('filler or stutter');
  if ((t.match(/"/gu)?.length ?? 0) % 2 !== 0) out.push('unbalanced quotes');
  for (const sentence of t.split(/(?<=[.?!])\s+/u)) {
    if (!/^["'“]?[\p{Lu}]/u.test(sentence)) out.push(`sentence without a capital: "${sentence.slice(0, 20)}"`);
    if ((sentence.match(/[\p{L}']+/gu)?.length ?? 0) > MAX_SENTENCE_WORDS) out.push('sentence too long');
  }
  if (/\bi\b/u.test(t)) out.push('lower-case "i"');
  return out;
}
