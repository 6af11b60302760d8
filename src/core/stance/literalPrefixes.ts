/**
 * The literal strings (up to `K` characters) that every match of a regular expression must start
 * with, read from its source; null when the start cannot be pinned down (a leading \w, a wide class,
 * a dot…). Zero-width parts (\b, ^, look-arounds) are skipped, which only widens the set, so a
 * position whose text starts with none of the strings cannot start a match. Used to try each stance
 * pattern only where it can match instead of scanning the whole utterance with every pattern.
 * Understands the subset of syntax lexicon patterns use; anything unknown makes the answer null.
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

/** A look-behind that starts with a required class of punctuation, then only spaces (e.g. `[.!?]\s{0,3}`). */
const NON_WORD_LOOKBEHIND = /^\[[^\]\\a-z0-9_^]+\](?:\\s(?:\{\d*,?\d*\}|[*+?])?)*$/i;

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
          return NON_WORD_LOOKBEHIND.test(inner) && !/[a-z0-9_]/i.test(inner.replace(/\\[sntr]|\{\d*,?\d*\}/g, '')) ? { t: 'zero', boundary: true } : { t: 'zero' };
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
          if ('dwsDWSbBpPux'.includes(ch)) wide = true;
        } else if (ch === '-' && cs.length > 0 && src[i] !== ']') wide = true;
        cs.push(ch);
      }
      if (src[i] !== ']') throw new Unsupported();
      i++;
      return wide || cs.length > 4 ? { t: 'any' } : { t: 'set', cs };
    }
    if (c === '\\') {
      const e = src[i++];
      if (e === 'b') return { t: 'zero', boundary: true };
      if (e === 'B') return { t: 'zero' };
      if (e === 'n') return { t: 'char', c: '\n' };
      if (e === 't') return { t: 'char', c: '\t' };
      if (/[A-Za-z0-9]/.test(e)) return { t: 'any' };
      return { t: 'char', c: e };
    }
    if (c === '^') return { t: 'zero', boundary: true };
    if (c === '$') return { t: 'zero' };
    if (c === '.') return { t: 'any' };
    if (c === ')' || c === '|' || c === undefined) throw new Unsupported();
    return { t: 'char', c };
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

/** Adds the prefixes of matches of `seq[i..]` after `acc`; false when they cannot be pinned down. */
function walk(seq: readonly Node[], i: number, acc: string, out: Set<string>, bounded = false): boolean {
  if (out.size > MAX_PREFIXES) return false;
  if (acc.length >= PREFIX_LENGTH) {
    emit(acc, bounded, out);
    return true;
  }
  if (i === seq.length) {
    if (acc === '') return false;
    emit(acc, bounded, out);
    return true;
  }
  const node = seq[i];
  const rest = seq.slice(i + 1);
  switch (node.t) {
    case 'char':
      return walk(seq, i + 1, acc + node.c, out, bounded);
    case 'set':
      return node.cs.every((c) => walk(seq, i + 1, acc + c, out, bounded));
    case 'zero':
      return walk(seq, i + 1, acc, out, bounded || (acc === '' && node.boundary === true));
    case 'any':
      if (acc === '') return false;
      emit(acc, bounded, out);
      return true;
    case 'group':
      return node.alts.every((alt) => walk([...alt, ...rest], 0, acc, out, bounded));
    case 'rep': {
      if (node.min === 0 && !walk(seq, i + 1, acc, out, bounded)) return false;
      if (node.max === 0) return true;
      // One pass through the repeated part; what a further pass adds is left open.
      return walk(node.max === 1 && node.min <= 1 ? [node.node, ...rest] : [node.node, STOP], 0, acc, out, bounded);
    }
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
    const ok = parse(source).every((alt) => walk(alt, 0, '', out));
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
