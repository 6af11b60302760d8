import { matchLexicon, type Lexicon, type LexiconMatch } from '../lexicon/lexicon.js';

/**
 * V8 runs case-insensitive Unicode regexes (flags `giu`, as lexicons compile them) about three times
 * slower than case-sensitive ones. The empathy cues are written in lower case, so they are recompiled
 * once per lexicon with `gu` and run over the lower-cased text; entries whose patterns name upper-case
 * letters keep their own regexes, and a text whose lower-casing changes its length (rare: "İ") is matched
 * the ordinary way so offsets stay exact.
 */
const cache = new WeakMap<Lexicon, Lexicon>();

// An upper-case letter that is not an escape such as \S or \B.
const UPPER_LITERAL = /(?<!\\)\p{Lu}/u;

function lowerCaseLexicon(lexicon: Lexicon): Lexicon {
  let fast = cache.get(lexicon);
  if (!fast) {
    fast = {
      ...lexicon,
      entries: lexicon.entries.map((e) => (e.patterns.some((p) => UPPER_LITERAL.test(p.source)) ? e : { ...e, patterns: e.patterns.map((p) => new RegExp(p.source, 'gu')) })),
    };
    cache.set(lexicon, fast);
  }
  return fast;
}

/** Same matches as matchLexicon(lexicon, text), found faster; entries are copies differing only in their regexes. */
export function matchLowerCase(lexicon: Lexicon, text: string): LexiconMatch[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return matchLexicon(lexicon, text);
  return matchLexicon(lowerCaseLexicon(lexicon), lower);
}
