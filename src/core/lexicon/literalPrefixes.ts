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
const MAX_PREFIXES = 600;

type Node =
  | { t: 'char'; c: string }
  | { t: 'set'; cs: string[] }
  | { t: 'any' }
  | { t: 'zero'; boundary?: boolean }
  | { t: 'group'; alts: Node[][] }
  | { t: 'rep'; node: Node; min: number; max: number };

class Unsupported extends Error {}

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

// Parsed sources: the emptiness check at load and the index on first use read the same ones.
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
      (inner.t === 'set' && inner.cs.every((c) => !WORD_CHAR.test(c))) ||
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
      return wide || cs.length > 4 ? { t: 'any' } : { t: 'set', cs };
    }
    if (c === '\\') {
      const e = src[i++];
      if (e === 'b') return { t: 'zero', boundary: true };
      if (e === 'B') return { t: 'zero' };
      // Whitespace of any kind is one character, ' ' (see literalPrefixes).
      if (e === 'n' || e === 't' || e === 'r' || e === 's') return { t: 'char', c: ' ' };
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

const STOP: Node = { t: 'any' };

/** Marks a prefix that a match can only start with at a word start (after \b or ^). */
const AT_WORD_START = '\u0001';
const WORD_CHAR = /[a-z0-9_]/i;

function emit(acc: string, bounded: boolean, out: Set<string>): void {
  const p = acc.slice(0, PREFIX_LENGTH);
  out.add(bounded && WORD_CHAR.test(p[0]) ? AT_WORD_START + p : p);
}

/** What follows the part being walked: the rest of the enclosing sequences, innermost first. */
interface Cont {
  seq: readonly Node[];
  i: number;
  next: Cont | null;
}

/** Adds the prefixes of matches of `seq[i..]` then `next`, after `acc`; false when they cannot be pinned down. */
function walk(seq: readonly Node[], i: number, next: Cont | null, acc: string, out: Set<string>, bounded: boolean): boolean {
  if (out.size > MAX_PREFIXES) return false;
  if (acc.length >= PREFIX_LENGTH) {
    emit(acc, bounded, out);
    return true;
  }
  if (i === seq.length) {
    if (next) return walk(next.seq, next.i, next.next, acc, out, bounded);
    if (acc === '') return false;
    emit(acc, bounded, out);
    return true;
  }
  const node = seq[i];
  switch (node.t) {
    case 'char':
      return walk(seq, i + 1, next, acc + node.c, out, bounded);
    case 'set':
      return node.cs.every((c) => walk(seq, i + 1, next, acc + c, out, bounded));
    case 'zero':
      return walk(seq, i + 1, next, acc, out, bounded || (acc === '' && node.boundary === true));
    case 'any':
      if (acc === '') return false;
      emit(acc, bounded, out);
      return true;
    case 'group': {
      const after: Cont = { seq, i: i + 1, next };
      return node.alts.every((alt) => walk(alt, 0, after, acc, out, bounded));
    }
    case 'rep': {
      if (node.min === 0 && !walk(seq, i + 1, next, acc, out, bounded)) return false;
      if (node.max === 0) return true;
      const once = [node.node];
      if (node.max === 1) return walk(once, 0, { seq, i: i + 1, next }, acc, out, bounded);
      // x+ or x{0,n}: exactly one pass then the rest ("i\s+feel": "i feel"), or two passes and
      // whatever follows left open.
      if (node.min <= 1) return walk(once, 0, { seq, i: i + 1, next }, acc, out, bounded) && walk([node.node, node.node, STOP], 0, null, acc, out, bounded);
      return walk([node.node, STOP], 0, null, acc, out, bounded);
    }
  }
}

/** Fewest characters a sequence consumes. */
function minLength(seq: readonly Node[]): number {
  let n = 0;
  for (const node of seq) n += nodeMinLength(node);
  return n;
}

function nodeMinLength(node: Node): number {
  switch (node.t) {
    case 'char':
    case 'set':
    case 'any':
      return 1;
    case 'zero':
      return 0;
    case 'group':
      return Math.min(...node.alts.map(minLength));
    case 'rep':
      return node.min * nodeMinLength(node.node);
  }
}

/**
 * The fewest characters any match of the pattern consumes, read from its source without compiling it;
 * null when the source uses syntax this reader does not follow (or back-references, which may be empty).
 */
export function minMatchLength(source: string): number | null {
  if (/\\(?:[1-9]|k<)/.test(source)) return null;
  try {
    return Math.min(...parseCached(source).map(minLength));
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}

export interface LiteralPrefix {
  prefix: string;
  /** The match can only start where a word starts (the character before is not [A-Za-z0-9_]). */
  atWordStart: boolean;
}

export function literalPrefixes(source: string): LiteralPrefix[] | null {
  try {
    const out = new Set<string>();
    const ok = parseCached(source).every((alt) => walk(alt, 0, null, '', out, false));
    if (!ok) return null;
    const free = new Set([...out].filter((p) => !p.startsWith(AT_WORD_START)));
    const result: LiteralPrefix[] = [...free].map((prefix) => ({ prefix, atWordStart: false }));
    for (const p of out) if (p.startsWith(AT_WORD_START) && !free.has(p.slice(1))) result.push({ prefix: p.slice(1), atWordStart: true });
    return result;
  } catch (err) {
    if (err instanceof Unsupported) return null;
    throw err;
  }
}
