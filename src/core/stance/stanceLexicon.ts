import type { Lexicon, LexiconEntry, LexiconMatch } from '../lexicon/lexicon.js';
import { literalPrefixes, PREFIX_LENGTH } from './literalPrefixes.js';

/**
 * Entries of the stance lexicon whose kind starts with this prefix are read in the client's previous
 * turn (what the client asked for), never in the therapist's reply.
 */
export const CONTEXT_CUE_PREFIX = 'ctx_';

/** A pattern that is tried only where the lower-cased text starts with one of its literal prefixes. */
interface Indexed {
  entry: number;
  sticky: RegExp;
  /** Slot in the per-call bookkeeping arrays. */
  slot: number;
}

/** A pattern filed under one of its literal prefixes (the hash key may collide: checked on use). */
interface Filed {
  prefix: string;
  pattern: Indexed;
}

/** A lexicon part with its patterns recompiled for speed (see `fastPatterns`). */
export interface CompiledPart {
  lexicon: Lexicon;
  /** Per entry: patterns for the lower-cased text, or null where a pattern needs the original. */
  fast: Array<Array<RegExp | null>>;
  /** Per entry and pattern: whether it is reached through the prefix maps rather than a full scan. */
  indexed: boolean[][];
  /** Patterns by literal prefix (1 to PREFIX_LENGTH UTF-16 units, hashed by `extendKey`), tried anywhere. */
  byPrefix: Map<number, Filed[]>;
  /** The same for prefixes that can only begin a match at a word start. */
  byPrefixAtWordStart: Map<number, Filed[]>;
  /** First code units of the two maps' prefixes: most positions are ruled out by one lookup. */
  firstUnits: Set<number>;
  firstUnitsAtWordStart: Set<number>;
  slots: number;
}

export interface StanceLexicon {
  /** Moves read in the therapist's reply. */
  moves: CompiledPart;
  /** Request cues read in the client's last turn. */
  context: CompiledPart;
}

/** Lower-cases a pattern's literals, leaving escapes (\b, \S, \W, \uXXXX …) as written. */
function lowerSource(src: string): string {
  let out = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      out += c + src[i + 1];
      i++;
    } else out += c.toLowerCase();
  }
  return out;
}

const UNICODE_ONLY = /\\[pPu]\{|\\k</;

/**
 * V8 runs case-insensitive Unicode ("giu") patterns several times slower than plain ones; the stance
 * patterns are ASCII, so each is recompiled case-sensitively for the lower-cased text (same offsets
 * whenever lower-casing keeps the length). A pattern that does not compile so keeps its original.
 */
function fastPatterns(entry: LexiconEntry): Array<RegExp | null> {
  return entry.patterns.map((re) => {
    // Unicode-only syntax would silently change meaning without the u flag.
    if (UNICODE_ONLY.test(re.source)) return null;
    try {
      return new RegExp(lowerSource(re.source), 'g');
    } catch {
      return null;
    }
  });
}

function compile(lexicon: Lexicon, entries: LexiconEntry[]): CompiledPart {
  const fast = entries.map(fastPatterns);
  const byPrefix: CompiledPart['byPrefix'] = new Map();
  const byPrefixAtWordStart: CompiledPart['byPrefix'] = new Map();
  let slots = 0;
  const indexed = fast.map((patterns, e) =>
    patterns.map((re) => {
      const prefixes = re ? literalPrefixes(re.source) : null;
      if (!re || !prefixes) return false;
      const pattern: Indexed = { entry: e, sticky: new RegExp(re.source, 'y'), slot: slots++ };
      for (const { prefix, atWordStart } of prefixes) {
        const map = atWordStart ? byPrefixAtWordStart : byPrefix;
        let key = 0;
        for (let k = 0; k < prefix.length; k++) key = extendKey(key, prefix.charCodeAt(k));
        const list = map.get(key);
        if (!list) map.set(key, [{ prefix, pattern }]);
        else if (!list.some((f) => f.pattern === pattern && f.prefix === prefix)) list.push({ prefix, pattern });
      }
      return true;
    }),
  );
  const firstUnits = (map: Map<number, Filed[]>) => new Set([...map.values()].flatMap((l) => l.map((f) => f.prefix.charCodeAt(0))));
  return {
    lexicon: { ...lexicon, entries },
    fast,
    indexed,
    byPrefix,
    byPrefixAtWordStart,
    firstUnits: firstUnits(byPrefix),
    firstUnitsAtWordStart: firstUnits(byPrefixAtWordStart),
    slots,
  };
}

/** [A-Za-z0-9_]: what `\\b` (without the u flag) counts as a word character. */
function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Rolling hash of a prefix, one code unit at a time (collisions are checked with startsWith). */
function extendKey(key: number, unit: number): number {
  return (Math.imul(key, 65599) + unit + 1) >>> 0;
}

// Split and compiled once per loaded lexicon: analysis runs per utterance.
const cache = new WeakMap<Lexicon, StanceLexicon>();

export function splitStanceLexicon(lexicon: Lexicon): StanceLexicon {
  let split = cache.get(lexicon);
  if (!split) {
    split = {
      moves: compile(lexicon, lexicon.entries.filter((e) => !e.kind.startsWith(CONTEXT_CUE_PREFIX))),
      context: compile(lexicon, lexicon.entries.filter((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX))),
    };
    cache.set(lexicon, split);
  }
  return split;
}

function pushMerged(out: LexiconMatch[], entry: LexiconEntry, spans: Array<[number, number]>): void {
  if (spans.length === 0) return;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let cur: [number, number] | null = null;
  for (const s of spans) {
    if (cur && s[0] < cur[1]) cur[1] = Math.max(cur[1], s[1]);
    else {
      if (cur) out.push({ entry, start: cur[0], end: cur[1] });
      cur = [s[0], s[1]];
    }
  }
  if (cur) out.push({ entry, start: cur[0], end: cur[1] });
}

function scan(re: RegExp, subject: string, spans: Array<[number, number]>): void {
  re.lastIndex = 0;
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push([m.index, m.index + m[0].length]);
  }
}

/**
 * Every match of every entry of `part` in `text`, in text order, overlapping matches of one entry
 * merged: the same result as matchLexicon. Indexed patterns are tried (sticky) only at positions
 * whose text starts with one of their literal prefixes, left to right and never inside their own
 * previous match, which finds exactly the matches a global scan finds, at a fraction of the cost.
 */
export function matchStancePart(part: CompiledPart, text: string): LexiconMatch[] {
  const lower = text.toLowerCase();
  const sameLength = lower.length === text.length;
  const entries = part.lexicon.entries;
  const spans: Array<Array<[number, number]>> = entries.map(() => []);
  if (sameLength) {
    const nextAllowed = new Int32Array(part.slots);
    const lastTried = new Int32Array(part.slots).fill(-1);
    const tryAt = (list: readonly Filed[], i: number): void => {
      for (const { prefix, pattern } of list) {
        const { slot } = pattern;
        if (i < nextAllowed[slot] || lastTried[slot] === i || !lower.startsWith(prefix, i)) continue;
        lastTried[slot] = i;
        pattern.sticky.lastIndex = i;
        const m = pattern.sticky.exec(lower);
        if (m !== null && m[0].length > 0) {
          spans[pattern.entry].push([i, i + m[0].length]);
          nextAllowed[slot] = i + m[0].length;
        }
      }
    };
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      const wordStart = i === 0 || !isWordUnit(lower.charCodeAt(i - 1));
      const free = part.firstUnits.has(c);
      if (!free && !(wordStart && part.firstUnitsAtWordStart.has(c))) continue;
      let key = 0;
      for (let n = 1; n <= PREFIX_LENGTH && i + n <= lower.length; n++) {
        key = extendKey(key, lower.charCodeAt(i + n - 1));
        if (free) {
          const list = part.byPrefix.get(key);
          if (list) tryAt(list, i);
        }
        if (wordStart) {
          const bounded = part.byPrefixAtWordStart.get(key);
          if (bounded) tryAt(bounded, i);
        }
      }
    }
  }
  entries.forEach((entry, e) => {
    entry.patterns.forEach((original, p) => {
      if (sameLength && part.indexed[e][p]) return;
      const fast = sameLength ? part.fast[e][p] : null;
      scan(fast ?? original, fast ? lower : text, spans[e]);
    });
  });
  const out: LexiconMatch[] = [];
  entries.forEach((entry, e) => pushMerged(out, entry, spans[e]));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
