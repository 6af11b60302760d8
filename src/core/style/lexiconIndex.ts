import type { Lexicon, LexiconEntry, LexiconMatch } from '../lexicon/lexicon.js';

/**
 * A faster equivalent of `matchLexicon` for lexicons of word-initial cues. Scanning a 100-character
 * utterance with ~40 alternation-heavy patterns costs ~50 µs; most of that is trying every pattern at
 * every word. Here each pattern's possible first two letters are worked out from its source once,
 * and the pattern is then tried (sticky) only at word starts that begin with those letters. Patterns
 * whose start cannot be worked out (they start with punctuation, a wide class, …) are scanned as
 * before. Unicode mode is dropped where a pattern does not need it (no \p{…}, \u{…}): the cues are
 * ASCII words and case-insensitive matching without it is several times faster.
 *
 * Matches are the same as `matchLexicon`'s (merged per entry, sorted); the tests check it.
 */
export interface LexiconIndex {
  lexicon: Lexicon;
  /** By the first three characters (letter, then letter or non-letter twice): see `key3`. */
  byPrefix: Array<IndexedPattern[] | undefined>;
  /** By the first two characters: patterns that may go on with anything after them. */
  byTwo: Array<IndexedPattern[] | undefined>;
  /** By first letter (0..25): patterns that may go on with anything after it. */
  byFirst: Array<IndexedPattern[] | undefined>;
  /** Scanned over the whole text. */
  scanned: Array<{ entry: number; re: RegExp }>;
  /** Number of indexed patterns (ids 0..n-1). */
  size: number;
}

interface IndexedPattern {
  id: number;
  entry: number;
  /** Sticky copy of the pattern. */
  re: RegExp;
}

const cache = new WeakMap<Lexicon, LexiconIndex>();

/** Builds (once per lexicon object) the index used by `matchIndexed`. */
export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const index: LexiconIndex = { lexicon, byPrefix: new Array(26 * 27 * 27), byTwo: new Array(26 * 27), byFirst: new Array(26), scanned: [], size: 0 };
  const push = (m: Array<IndexedPattern[] | undefined>, k: number, v: IndexedPattern) => {
    const list = m[k];
    if (list) {
      if (!list.includes(v)) list.push(v);
    } else m[k] = [v];
  };
  lexicon.entries.forEach((entry: LexiconEntry, e) => {
    for (const re of entry.patterns) {
      const needsUnicode = /\\[pPu]\{|\\u\{/.test(re.source);
      const prefixes = wordInitialPrefixes(re.source);
      if (!prefixes) {
        index.scanned.push({ entry: e, re: new RegExp(re.source, needsUnicode ? 'giu' : 'gi') });
        continue;
      }
      const item: IndexedPattern = { id: index.size++, entry: e, re: new RegExp(re.source, needsUnicode ? 'iuy' : 'iy') };
      for (const p of prefixes) {
        const first = p.charCodeAt(0) - 97;
        if (p.length === 1) push(index.byFirst, first, item);
        else if (p.length === 2) push(index.byTwo, first * 27 + slot(p, 1), item);
        else push(index.byPrefix, (first * 27 + slot(p, 1)) * 27 + slot(p, 2), item);
      }
    }
  });
  cache.set(lexicon, index);
  return index;
}

const slot = (p: string, i: number) => (p[i] === NONLETTER ? 26 : p.charCodeAt(i) - 97);
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** Every match of every entry, merged per entry and sorted, like `matchLexicon`. */
export function matchIndexed(index: LexiconIndex, text: string): LexiconMatch[] {
  const { entries } = index.lexicon;
  const spans: Array<Array<[number, number]> | undefined> = new Array(entries.length);
  const add = (e: number, s: number, t: number) => {
    const list = spans[e];
    if (list) list.push([s, t]);
    else spans[e] = [[s, t]];
  };
  for (const { entry, re } of index.scanned) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      add(entry, m.index, m.index + m[0].length);
    }
  }
  const n = text.length;
  // Like a global scan, a pattern resumes after the end of its last match.
  const resume = new Int32Array(index.size);
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    if (!isAsciiLetter(c) || (p > 0 && isWordChar(text.charCodeAt(p - 1)))) continue;
    const first = (c | 32) - 97;
    const d = p + 1 < n ? text.charCodeAt(p + 1) : 0;
    const e = p + 2 < n ? text.charCodeAt(p + 2) : 0;
    const two = first * 27 + (isAsciiLetter(d) ? (d | 32) - 97 : 26);
    const a = index.byPrefix[two * 27 + (isAsciiLetter(e) ? (e | 32) - 97 : 26)];
    const b = index.byFirst[first];
    const t = index.byTwo[two];
    if (t) for (const item of t) tryAt(item, p);
    if (a) for (const item of a) tryAt(item, p);
    if (b) for (const item of b) tryAt(item, p);
  }
  function tryAt(item: IndexedPattern, p: number) {
    if (p < resume[item.id]) return;
    item.re.lastIndex = p;
    const m = item.re.exec(text);
    if (m !== null && m[0].length > 0) {
      add(item.entry, p, p + m[0].length);
      resume[item.id] = p + m[0].length;
    }
  }

  const out: LexiconMatch[] = [];
  for (let e = 0; e < entries.length; e++) {
    const list = spans[e];
    if (!list) continue;
    list.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
    let cur: [number, number] | null = null;
    for (const s of list) {
      if (cur && s[0] < cur[1]) cur[1] = Math.max(cur[1], s[1]);
      else {
        if (cur) out.push({ entry: entries[e], start: cur[0], end: cur[1] });
        cur = [s[0], s[1]];
      }
    }
    if (cur) out.push({ entry: entries[e], start: cur[0], end: cur[1] });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

// ---- First-two-letter analysis of a pattern source (the subset of regex syntax lexicons use).

type Node =
  | { t: 'chars'; set: string[] | null } // null: any / too wide
  | { t: 'zero' } // assertion or lookaround: consumes nothing
  | { t: 'alt'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

const NONLETTER = '#';
/** Characters of look-ahead used for the index. */
const K = 3;
const WIDE = 40;

class Unsupported extends Error {}

function parse(src: string): Node[][] {
  let i = 0;
  function alternation(): Node[][] {
    const alts: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        alts.push([]);
        continue;
      }
      const atom = parseAtom();
      alts[alts.length - 1].push(quantified(atom));
    }
    return alts;
  }
  function quantified(atom: Node): Node {
    const c = src[i];
    let min = 1;
    let max = 1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) throw new Unsupported('brace');
      min = +m[1];
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : +m[3];
      i += m[0].length - 1;
    } else return atom;
    i++;
    if (src[i] === '?') i++; // lazy
    return { t: 'rep', node: atom, min, max };
  }
  function parseAtom(): Node {
    const c = src[i];
    if (c === '(') {
      i++;
      let zero = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i) || src.startsWith('?!', i)) {
        i += 2;
        zero = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        zero = true;
      } else if (src[i] === '?') throw new Unsupported('group');
      const alts = alternation();
      if (src[i] !== ')') throw new Unsupported('paren');
      i++;
      return zero ? { t: 'zero' } : { t: 'alt', alts };
    }
    if (c === '[') return charClass();
    if (c === '\\') return escape();
    if (c === '^' || c === '$') {
      i++;
      return { t: 'zero' };
    }
    if (c === '.') {
      i++;
      return { t: 'chars', set: null };
    }
    i++;
    return { t: 'chars', set: [norm(c)] };
  }
  function escape(): Node {
    const c = src[i + 1];
    i += 2;
    if (c === 'b' || c === 'B') return { t: 'zero' };
    if (c === 's' || c === 'n' || c === 't' || c === 'r') return { t: 'chars', set: [NONLETTER] };
    if ('wWdDS'.includes(c)) return { t: 'chars', set: null };
    if ('pPuxck'.includes(c) || (c >= '0' && c <= '9')) throw new Unsupported('escape');
    return { t: 'chars', set: [norm(c)] };
  }
  function charClass(): Node {
    i++;
    if (src[i] === '^') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) throw new Unsupported('class');
      i = end + 1;
      return { t: 'chars', set: null };
    }
    const set = new Set<string>();
    let wide = false;
    while (i < src.length && src[i] !== ']') {
      let c = src[i];
      if (c === '\\') {
        const e = src[i + 1];
        if (e === 's' || e === 'n') c = ' ';
        else if ('wWdDS'.includes(e)) wide = true;
        else if ('pPuxck'.includes(e)) throw new Unsupported('class escape');
        else c = e;
        i += 2;
      } else i++;
      if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
        const hi = src[i + 1] === '\\' ? src[i + 2] : src[i + 1];
        i += src[i + 1] === '\\' ? 3 : 2;
        for (let k = c.charCodeAt(0); k <= hi.charCodeAt(0) && set.size <= WIDE; k++) set.add(norm(String.fromCharCode(k)));
      } else set.add(norm(c));
      if (set.size > WIDE) wide = true;
    }
    i++;
    return { t: 'chars', set: wide ? null : [...set] };
  }
  const alts = alternation();
  if (i !== src.length) throw new Unsupported('trailing');
  return alts;
}

function norm(c: string): string {
  const code = c.charCodeAt(0);
  return isAsciiLetter(code) ? c.toLowerCase() : NONLETTER;
}

/** Strings of up to K characters a node can start with; a shorter one means the node can end there. */
function prefixesOf(node: Node): Set<string> {
  switch (node.t) {
    case 'zero':
      return new Set(['']);
    case 'chars':
      if (!node.set) throw new Unsupported('any');
      return new Set(node.set);
    case 'alt': {
      const out = new Set<string>();
      for (const seq of node.alts) for (const p of prefixesOfSeq(seq)) out.add(p);
      return out;
    }
    case 'rep': {
      // x{min,max}: the first K characters of x repeated r times, for every allowed r (at most K
      // repetitions can matter); a short string is a place where the repetition may stop.
      const one = prefixesOf(node.node);
      const out = new Set<string>();
      if (node.min === 0) out.add('');
      const reps = Math.min(node.max, K);
      let cur = new Set<string>(['']);
      for (let r = 1; r <= reps; r++) {
        cur = concat(cur, one);
        if (r >= node.min) for (const p of cur) out.add(p);
      }
      if (node.min > reps) for (const p of cur) out.add(p);
      return out;
    }
  }
}

function concat(left: Set<string>, right: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const p of left) {
    if (p.length >= K) out.add(p);
    else for (const q of right) out.add((p + q).slice(0, K));
  }
  return out;
}

function prefixesOfSeq(seq: Node[]): Set<string> {
  let cur = new Set<string>(['']);
  for (const node of seq) {
    if ([...cur].every((p) => p.length >= K)) break;
    cur = concat(cur, prefixesOf(node));
  }
  return cur;
}

/**
 * Keys for a pattern that can only match at the start of a word: its possible first three
 * characters, lower-cased, with "#" for any non-letter ("i#m" for "I'm", "sor" for "sorry"); a
 * shorter key where the pattern may end sooner ("a" for \ba\b). Null where the pattern
 * may start elsewhere (not behind \b or a lookbehind) or with a non-letter.
 */
export function wordInitialPrefixes(source: string): string[] | null {
  if (!/^(?:\\b|\(\?<[=!])/.test(source)) return null;
  try {
    const keys = new Set<string>();
    for (const seq of parse(source)) {
      for (const p of prefixesOfSeq(seq)) {
        if (p.length === 0 || p[0] === NONLETTER) return null;
        keys.add(p);
      }
    }
    return [...keys];
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
