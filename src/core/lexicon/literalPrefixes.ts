/**
 * The literal strings (up to `PREFIX_LENGTH` characters) that every match of a regular expression must
 * start with, read from its source; null when the start cannot be pinned down (a leading \w, a wide
 * class, a dot…). Zero-width parts (\b, ^, look-arounds) are skipped, which only widens the set, so a
 * position whose text starts with none of the strings cannot start a match. Used by the lexicon index
 * (lexiconIndex.ts) to try each pattern only where it can match instead of scanning the whole text
 * with every pattern. Understands the subset of syntax lexicon patterns use; anything unknown makes
 * the answer null. Literals are compared as written (the index passes lower-cased sources), except
 * that whitespace of any kind (\s, \n, a space…) is written ' ': compare with the text's whitespace
 * folded to ' '.
 */
export const PREFIX_LENGTH = 6;
const MAX_PREFIXES = 1000;

type Node =
  | { t: 'char'; c: string }
  /** A run of literal characters, none quantified: one node instead of one per character. */
  | { t: 'str'; s: string }
  | { t: 'set'; cs: string[] }
  /** Any character; `offWord`: only characters that are not word characters (a class of punctuation). */
  | { t: 'any'; offWord?: boolean }
  | { t: 'zero'; boundary?: boolean }
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Unsupported extends Error {}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Whether a one-unit string is whitespace (what \s matches). */
function isSpace(c: string): boolean {
  const u = c.charCodeAt(0);
  if (u < 128) return u === 32 || (u >= 9 && u <= 13);
  return u === 0xa0 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a) || u === 0x2028 || u === 0x2029 || u === 0x202f || u === 0x205f || u === 0x3000 || u === 0xfeff;
}

function isAlnum(c: string): boolean {
  const u = c.charCodeAt(0);
  return (u >= 48 && u <= 57) || (u >= 65 && u <= 90) || (u >= 97 && u <= 122);
}

// Parsed sources, kept: a source shared by several lexicons is parsed once.
const parsed = new Map<string, Node[][] | Unsupported>();

function parseCached(src: string): Node[][] {
  let tree = parsed.get(src);
  if (tree === undefined) {
    try {
      tree = parse(src);
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      tree = err;
    }
    parsed.set(src, tree);
  }
  if (tree instanceof Unsupported) throw tree;
  return tree;
}

/** Whether every way through `alt` ends on a non-word character or at a `^`/`\b` (see the look-behind case). */
function endsOffWord(alt: readonly Node[]): boolean {
  for (let k = alt.length - 1; k >= 0; k--) {
    const node = alt[k];
    const inner = node.t === 'rep' ? node.node : node;
    const offWord =
      (inner.t === 'char' && !WORD_CHAR.test(inner.c)) ||
      (inner.t === 'str' && !WORD_CHAR.test(inner.s[inner.s.length - 1])) ||
      (inner.t === 'set' && inner.cs.every((c) => !WORD_CHAR.test(c))) ||
      (inner.t === 'any' && inner.offWord === true) ||
      (inner.t === 'zero' && inner.boundary === true) ||
      (inner.t === 'group' && inner.alts.every(endsOffWord));
    if (!offWord) return false;
    // An optional part may be absent: then what comes before it decides.
    if (node.t !== 'rep' || node.min > 0) return true;
  }
  return false;
}

/** Index of the parenthesis closing the group opened at `open`, or -1. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function parse(src: string): Node[][] {
  let i = 0;
  const alts = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < src.length && src[i] !== ')') {
      if (src[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      let node = atom();
      node = quantified(node);
      out[out.length - 1].push(node);
    }
    return out;
  };
  const quantified = (node: Node): Node => {
    const c = src[i];
    let min = -1;
    let max = -1;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length - 1;
    } else return node;
    i++;
    if (src[i] === '?') i++;
    return { t: 'rep', node, min, max };
  };
  const atom = (): Node => {
    // Most of a source is plain words: a run of literals not followed by a quantifier is one node
    // (start-up parses every pattern; a node per character cost several times more).
    const run = literalRun(src, i);
    if (run > i + 1) {
      let s = src.slice(i, run);
      for (let k = i; k < run; k++) {
        if (src.charCodeAt(k) !== 32 && isSpace(src[k])) {
          s = s.split('').map((c) => (isSpace(c) ? ' ' : c)).join('');
          break;
        }
      }
      i = run;
      return { t: 'str', s };
    }
    const c = src[i++];
    if (c === '(') {
      let zero = false;
      if (src[i] === '?') {
        const la = src.slice(i, i + 3);
        if (la.startsWith('?:')) i += 2;
        else if (la.startsWith('?=') || la.startsWith('?!')) [i, zero] = [i + 2, true];
        else if (la === '?<=') {
          // A look-behind that can only see punctuation or space puts the match at a word start.
          const close = closingParen(src, i - 1);
          if (close < 0) throw new Unsupported();
          const inner = src.slice(i + 3, close);
          i = close + 1;
          let offWord = false;
          try {
            offWord = parse(inner).every(endsOffWord);
          } catch (err) {
            if (!(err instanceof Unsupported)) throw err;
          }
          return offWord ? { t: 'zero', boundary: true } : { t: 'zero' };
        } else if (la === '?<!') [i, zero] = [i + 3, true];
        else if (la.startsWith('?<')) {
          const close = src.indexOf('>', i);
          if (close < 0) throw new Unsupported();
          i = close + 1;
        } else throw new Unsupported();
      }
      const inner = alts();
      if (src[i] !== ')') throw new Unsupported();
      i++;
      return zero ? { t: 'zero' } : { t: 'group', alts: inner };
    }
    if (c === '[') {
      const cs: string[] = [];
      let wide = src[i] === '^';
      if (wide) i++;
      while (i < src.length && src[i] !== ']') {
        let ch = src[i++];
        if (ch === '\\') {
          ch = src[i++];
          if (ch === 's') ch = ' ';
          else if ('dwDWSbBpPux'.includes(ch)) wide = true;
        } else if (ch === '-' && cs.length > 0 && src[i] !== ']') wide = true;
        cs.push(isSpace(ch) ? ' ' : ch);
      }
      if (src[i] !== ']') throw new Unsupported();
      i++;
      if (wide) return { t: 'any' };
      // A long class is not spelled out into prefixes, but a look-behind still reads whether it holds
      // only punctuation and space ("(?<=[.!?:;]\s{0,3})": the match starts a word).
      return cs.length > 4 ? { t: 'any', offWord: cs.every((ch) => !WORD_CHAR.test(ch)) } : { t: 'set', cs };
    }
    if (c === '\\') {
      const e = src[i++];
      if (e === 'b') return { t: 'zero', boundary: true };
      if (e === 'B') return { t: 'zero' };
      // Whitespace of any kind is one character, ' ' (see literalPrefixes).
      if (e === 'n' || e === 't' || e === 'r' || e === 's') return { t: 'char', c: ' ' };
      // A digit is one of ten (\d is [0-9], with or without the u flag): "\d+ minutes" can be indexed.
      if (e === 'd') return { t: 'set', cs: DIGITS };
      if (isAlnum(e)) return { t: 'any' };
      return { t: 'char', c: e };
    }
    if (c === '^') return { t: 'zero', boundary: true };
    if (c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'any' };
    if (c === ')' || c === '|' || c === undefined) throw new Unsupported();
    return { t: 'char', c: isSpace(c) ? ' ' : c };
  };
  const out = alts();
  if (i !== src.length) throw new Unsupported();
  return out;
}

/** Whether a UTF-16 unit is a literal in a source outside classes (not syntax, not a quantifier). */
function isPlain(u: number): boolean {
  // ( ) * + . ? [ \ ^ $ { | and ] } (syntax errors alone under the u flag)
  return !(u === 40 || u === 41 || u === 42 || u === 43 || u === 46 || u === 63 || u === 91 || u === 92 || u === 94 || u === 36 || u === 123 || u === 124 || u === 93 || u === 125);
}

/** End of the run of plain characters from `i` whose last one is not quantified (may be `i`). */
function literalRun(src: string, i: number): number {
  let j = i;
  while (j < src.length && isPlain(src.charCodeAt(j))) j++;
  // A quantifier (?, *, +, {) applies to the last character only: leave that one out of the run.
  if (j > i && j < src.length) {
    const q = src.charCodeAt(j);
    if (q === 63 || q === 42 || q === 43 || q === 123) j--;
  }
  return j;
}

const STOP: Node = { t: 'any' };

/** Marks a prefix that a match can only start with at a word start (after \b or ^). */
const AT_WORD_START = '\u0001';
const WORD_CHAR = /[a-z0-9_]/i;

function emit(acc: string, len: number, bounded: boolean, out: Set<string>): void {
  const p = acc.slice(0, len);
  out.add(bounded && WORD_CHAR.test(p[0]) ? AT_WORD_START + p : p);
}

/** What follows the part being walked: the rest of the enclosing sequences, innermost first. */
interface Cont {
  seq: readonly Node[];
  i: number;
  next: Cont | null;
}

/**
 * Adds the prefixes (up to `len` characters) of matches of `seq[i..]` then `next`, after `acc`; false
 * when they cannot be pinned down.
 */
function walk(seq: readonly Node[], i: number, next: Cont | null, acc: string, len: number, out: Set<string>, bounded: boolean): boolean {
  if (out.size > MAX_PREFIXES) return false;
  if (acc.length >= len) {
    emit(acc, len, bounded, out);
    return true;
  }
  if (i === seq.length) {
    if (next) return walk(next.seq, next.i, next.next, acc, len, out, bounded);
    if (acc === '') return false;
    emit(acc, len, bounded, out);
    return true;
  }
  const node = seq[i];
  switch (node.t) {
    case 'char':
      return walk(seq, i + 1, next, acc + node.c, len, out, bounded);
    case 'str': {
      // As its characters one by one: a prefix is emitted once `len` long.
      const longer = acc + node.s;
      if (longer.length >= len) {
        emit(longer, len, bounded, out);
        return true;
      }
      return walk(seq, i + 1, next, longer, len, out, bounded);
    }
    case 'set':
      return node.cs.every((c) => walk(seq, i + 1, next, acc + c, len, out, bounded));
    case 'zero':
      return walk(seq, i + 1, next, acc, len, out, bounded || (acc === '' && node.boundary === true));
    case 'any':
      if (acc === '') return false;
      emit(acc, len, bounded, out);
      return true;
    case 'group': {
      const after: Cont = { seq, i: i + 1, next };
      return node.alts.every((alt) => walk(alt, 0, after, acc, len, out, bounded));
    }
    case 'rep': {
      if (node.min === 0 && !walk(seq, i + 1, next, acc, len, out, bounded)) return false;
      if (node.max === 0) return true;
      const once = [node.node];
      if (node.max === 1) return walk(once, 0, { seq, i: i + 1, next }, acc, len, out, bounded);
      // x+ or x{0,n}: exactly one pass then the rest ("i\s+feel": "i feel"), or two passes and
      // whatever follows left open.
      if (node.min <= 1) return walk(once, 0, { seq, i: i + 1, next }, acc, len, out, bounded) && walk([node.node, node.node, STOP], 0, null, acc, len, out, bounded);
      return walk([node.node, STOP], 0, null, acc, len, out, bounded);
    }
  }
}

/**
 * The fewest characters any match of the pattern consumes, read from its source without compiling it;
 * null when the source uses syntax this reader does not follow (back-references, which may be empty;
 * \p, \u, \x, \c escapes) or is not well formed. One pass with a stack of open groups and no tree:
 * every lexicon pattern is checked at load, and most are never indexed.
 */
export function minMatchLength(source: string): number | null {
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  // Per open group: the shortest finished alternative before it, the length of the sequence it sits
  // in, and whether it is a look-around (zero width). `best`/`cur`: the same for the innermost group.
  const outerBest: number[] = [];
  const outerCur: number[] = [];
  const outerZero: boolean[] = [];
  let best = Infinity;
  let cur = 0;
  // Length of the last atom, which a following quantifier applies to.
  let last = 0;
  for (let i = 0; i < source.length; i++) {
    const u = source.charCodeAt(i);
    if (u === 92 /* \\ */) {
      const e = source.charCodeAt(++i);
      if (Number.isNaN(e)) return null;
      if (e === 98 || e === 66) last = 0; // \b \B
      else if (e === 112 || e === 80 || e === 117 || e === 120 || e === 99) return null; // \p \P \u \x \c
      else cur += last = 1;
    } else if (u === 91 /* [ */) {
      let j = i + 1;
      if (source.charCodeAt(j) === 94) j++;
      while (j < source.length && source.charCodeAt(j) !== 93) j += source.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= source.length) return null;
      i = j;
      cur += last = 1;
    } else if (u === 40 /* ( */) {
      let zero = false;
      if (source.charCodeAt(i + 1) === 63 /* ? */) {
        const a = source.charCodeAt(i + 2);
        const b = source.charCodeAt(i + 3);
        if (a === 58) i += 2; // (?:
        else if (a === 61 || a === 33) [i, zero] = [i + 2, true]; // (?= (?!
        else if (a === 60 && (b === 61 || b === 33)) [i, zero] = [i + 3, true]; // (?<= (?<!
        else if (a === 60) {
          i = source.indexOf('>', i); // (?<name>
          if (i < 0) return null;
        } else return null;
      }
      outerBest.push(best);
      outerCur.push(cur);
      outerZero.push(zero);
      best = Infinity;
      cur = 0;
    } else if (u === 124 /* | */) {
      if (cur < best) best = cur;
      cur = 0;
      last = 0;
    } else if (u === 41 /* ) */) {
      if (outerCur.length === 0) return null;
      const inner = outerZero.pop() ? 0 : Math.min(best, cur);
      best = outerBest.pop() as number;
      cur = (outerCur.pop() as number) + inner;
      last = inner;
    } else if (u === 63 /* ? */ || u === 42 /* * */ || u === 43 /* + */) {
      if (u !== 43) cur -= last;
      last = 0;
      if (source.charCodeAt(i + 1) === 63) i++; // lazy
    } else if (u === 123 /* { */) {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
      if (!m) return null;
      const min = Number(m[1]);
      cur += last * (min - 1);
      last = 0;
      i += m[0].length - 1;
      if (source.charCodeAt(i + 1) === 63) i++;
    } else if (u === 94 /* ^ */ || u === 36 /* $ */) {
      last = 0;
    } else {
      cur += last = 1;
    }
  }
  if (outerCur.length > 0) return null;
  return Math.min(best, cur);
}

export interface LiteralPrefix {
  prefix: string;
  /** The match can only start where a word starts (the character before is not [A-Za-z0-9_]). */
  atWordStart: boolean;
}

/**
 * The literal prefixes of the pattern (see the top of the file), each at most `maxLength` characters,
 * or fewer where there would be too many that long.
 */
export function literalPrefixes(source: string, maxLength = PREFIX_LENGTH): LiteralPrefix[] | null {
  try {
    const out = new Set<string>();
    const ok = parseCached(source).every((alt) => walk(alt, 0, null, '', maxLength, out, false));
    // Too many long prefixes (alternations of alternations): shorter ones are fewer.
    if (!ok) return out.size > MAX_PREFIXES && maxLength > PREFIX_LENGTH ? literalPrefixes(source, Math.max(PREFIX_LENGTH, maxLength - 2)) : null;
    const free = new Set([...out].filter((p) => !p.startsWith(AT_WORD_START)));
    const result: LiteralPrefix[] = [...free].map((prefix) => ({ prefix, atWordStart: false }));
    for (const p of out) if (p.startsWith(AT_WORD_START) && !free.has(p.slice(1))) result.push({ prefix: p.slice(1), atWordStart: true });
    return result;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
