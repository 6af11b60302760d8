import type { Lexicon, LexiconEntry, LexiconMatch } from './lexicon.js';
import { literalPrefixes, minMatchLength, type LiteralPrefix } from './literalPrefixes.js';
import { buildIndexedWalk, walkText, type IndexedPattern, type IndexedWalk } from './indexedWalk.js';

/**
 * The fast way `matchLexicon` runs a lexicon, with exactly the results of scanning the text with every
 * pattern as compiled (`giu`). Two things make it fast:
 * - Case: V8 runs case-insensitive Unicode regexes several times slower (and compiles them far slower)
 *   than case-sensitive ones. Each pattern is recompiled once with its literals lower-cased and without
 *   `i`, and run over the lower-cased text. That is exact when lower-casing keeps the text's length and
 *   the text has none of the few characters whose case folding differs from lower-casing
 *   (CASE_FOLD_MISMATCH: ſ, some Greek and Cyrillic letters); otherwise, and for patterns whose
 *   lower-casing is not exact (\p{…}, \u…, ranges mixing cases or beyond ASCII), the original regex
 *   runs on the original text.
 * - Where: most patterns can only start with a few literal strings (literalPrefixes.ts), mostly at a
 *   word start. Such a pattern is tried (sticky) only at positions where the text starts with one of
 *   them, left to right and never inside its own previous match: the matches a global scan finds.
 *   Patterns whose start cannot be pinned down are scanned over the whole text.
 * The index is built once per lexicon object (and each pattern analysed once per source string); the
 * walk that finds its indexed patterns (indexedWalk.ts) may be shared with lexicons read on the same texts.
 */

/**
 * How one pattern source is run; shared by every lexicon holding the source. `original`: as compiled,
 * on the original text (its lower-cased version would not be exact); `scanned`: lower-cased,
 * case-sensitive (flags `gu`) over the whole lower-cased text; `indexed`: the same, sticky, tried only
 * where the text starts with one of its literal prefixes. Only the regex a plan runs is built (each
 * one built costs V8 a parse of the source, at start-up), and seeded prefixes are read into objects
 * only when a walk's trie is built from them (a start-up with the shipped tries builds none).
 */
type PatternPlan =
  | { run: 'original' }
  | { run: 'scanned'; lower: RegExp }
  | { run: 'indexed'; sticky: RegExp; prefixes: () => readonly LiteralPrefix[] };

/** Prefixes as plan data: each '1' (at a word start) or '0' (anywhere) then the prefix, joined by '\n' (prefixes hold no '\n'). */
const prefixesData = (prefixes: readonly LiteralPrefix[]): string => prefixes.map((p) => (p.atWordStart ? '1' : '0') + p.prefix).join('\n');
const WELL_FORMED_PREFIXES = /^[01][^\n]+(?:\n[01][^\n]+)*$/;

/** The prefixes of plan data (well formed: WELL_FORMED_PREFIXES), read on first use. */
function lazyPrefixes(data: string): () => readonly LiteralPrefix[] {
  let list: LiteralPrefix[] | null = null;
  return () => (list ??= data.split('\n').map((p) => ({ prefix: p.slice(1), atWordStart: p[0] === '1' })));
}

export interface LexiconIndex {
  entries: readonly LexiconEntry[];
  /** Per entry, the original regexes (used whole for text that cannot be lower-cased exactly). */
  original: RegExp[][];
  /** Patterns scanned over the whole lower-cased text. */
  scannedLower: Array<{ entry: number; re: RegExp }>;
  /** Patterns that cannot run on lower-cased text: scanned over the original text. */
  scannedOriginal: Array<{ entry: number; re: RegExp }>;
  /** The walk that finds the indexed patterns (its own, or one shared: shareIndex), and this lexicon's member number in it. */
  walk: IndexedWalk;
  member: number;
}

const plans = new Map<string, PatternPlan>();
const loweredSources = new Map<string, string | null>();

function loweredOf(source: string): string | null {
  let lowered = loweredSources.get(source);
  if (lowered === undefined) {
    lowered = lowerCaseSource(source);
    loweredSources.set(source, lowered);
  }
  return lowered;
}

/**
 * Prefixes this long where a pattern allows: the longer the prefix, the fewer the places where the
 * text starts with one and the pattern is tried in vain. On AnnoMI, 8 instead of 6 halved the regex
 * calls, and 12 (with up to 1,000 prefixes a pattern) instead of 8 takes them from 15.8 to 9.6 an
 * utterance; longer ones grow the trie more than they save.
 */
const INDEX_PREFIX_LENGTH = 12;

/** Analyses a pattern source once: its lower-cased regex and literal prefixes. */
function planOf(source: string): PatternPlan {
  let plan = plans.get(source);
  if (plan) return plan;
  const lowered = loweredOf(source);
  plan = { run: 'original' };
  if (lowered !== null) {
    try {
      const prefixes = literalPrefixes(lowered, INDEX_PREFIX_LENGTH);
      plan = prefixes ? { run: 'indexed', sticky: new RegExp(lowered, 'uy'), prefixes: () => prefixes } : { run: 'scanned', lower: new RegExp(lowered, 'gu') };
    } catch {
      // Lower-casing made it invalid: run the original.
    }
  }
  plans.set(source, plan);
  return plan;
}

/**
 * A pattern's plan as data, for a process to hand the plans it made to a later one (analysing every
 * pattern source is most of the first analysis of a fresh process): the lower-cased source, or null
 * to run the original; for an indexed pattern its prefixes, each starting with '1' where it can only
 * start at a word start and '0' where it may start anywhere, joined by '\n' (one string parses
 * faster than thousands); absent for a scanned one. Valid only for the code that made it (the caller
 * keys it by that).
 */
export type PatternPlanData = [lowered: string | null, prefixes?: string];

/** Every plan made or seeded in this process so far, by pattern source. */
export function patternPlansData(): Record<string, PatternPlanData> {
  const out: Record<string, PatternPlanData> = {};
  for (const [source, plan] of plans) {
    if (plan.run === 'original') out[source] = [null];
    else if (plan.run === 'scanned') out[source] = [plan.lower.source];
    else out[source] = [plan.sticky.source, prefixesData(plan.prefixes())];
  }
  return out;
}

/** How many pattern sources have a plan (to tell whether any was made since the plans were seeded). */
export const patternPlanCount = (): number => plans.size;

/**
 * Takes plans made by an earlier process (`patternPlansData`); malformed ones are skipped (their
 * patterns get planned as usual) and sources already planned are kept.
 */
export function seedPatternPlans(data: Readonly<Record<string, unknown>>): void {
  for (const source of Object.keys(data)) {
    if (plans.has(source)) continue;
    const d = data[source];
    if (!Array.isArray(d) || (d.length !== 1 && d.length !== 2)) continue;
    const [lowered, prefixes] = d as unknown[];
    try {
      if (lowered === null && d.length === 1) plans.set(source, { run: 'original' });
      else if (typeof lowered !== 'string') continue;
      else if (d.length === 1) plans.set(source, { run: 'scanned', lower: new RegExp(lowered, 'gu') });
      else if (typeof prefixes === 'string' && WELL_FORMED_PREFIXES.test(prefixes)) {
        plans.set(source, { run: 'indexed', sticky: new RegExp(lowered, 'uy'), prefixes: lazyPrefixes(prefixes) });
      }
    } catch {
      // Not a valid regex: plan it as usual.
    }
  }
}

/**
 * Whether a compiled lexicon pattern matches the empty string. Read from the source where it can be
 * (every match consumes a character); only the others are run on '' (running compiles a regex, which
 * takes milliseconds for a large case-insensitive Unicode alternation).
 */
export function patternMatchesEmpty(re: RegExp): boolean {
  const min = minMatchLength(re.source);
  if (min !== null && min > 0) return false;
  re.lastIndex = 0;
  const hit = re.test('');
  re.lastIndex = 0;
  return hit;
}

const CODE_ESCAPE = /[pPuxck0-9]/;

/**
 * The non-ASCII characters whose case-insensitive class under `iu` (Unicode simple case folding) is
 * not the set of characters with the same lower case: ſ and s, the Greek and Cyrillic letters with
 * symbol variants (ϐ β, ς σ, в ᲀ…), µ μ, ẛ ṡ, ﬅ ﬆ. A text holding one is matched the slow, exact way;
 * a pattern naming one is not lower-cased. The tests recompute the list from the engine.
 */
export const CASE_FOLD_MISMATCH =
  /[\u00b5\u017f\u0345\u0390\u0392\u0395\u0398-\u039a\u039c\u03a0\u03a1\u03a3\u03a6\u03b0\u03b2\u03b5\u03b8-\u03ba\u03bc\u03c0-\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f4\u03f5\u0412\u0414\u041e\u0421\u0422\u042a\u0432\u0434\u043e\u0441\u0442\u044a\u0462\u0463\u1c80-\u1c88\u1e60\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64a\ua64b\ufb05\ufb06]/;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A class range a-b means the same on lower-cased text without `i` as with it on any text. */
function rangeIsCaseSafe(a: number, b: number): boolean {
  if (a > 127 || b > 127) return false;
  if (a >= 97 && b <= 122) return true; // lower-case letters only
  if (a >= 65 && b <= 90) return true; // upper-case letters only: lower-cased with the text
  // No letter inside.
  for (let c = a; c <= b; c++) if (isAsciiLetter(c)) return false;
  return true;
}

/**
 * The source with its literals lower-cased, escapes (\b, \S, \W, \n …) kept as written; null where
 * the result would not match the lower-cased text exactly as the original (`iu`) matches the text:
 * escapes naming characters by code or property, back-references, ranges mixing letters of both
 * cases or other characters or reaching beyond ASCII, and the characters of CASE_FOLD_MISMATCH.
 */
export function lowerCaseSource(src: string): string | null {
  // Most of a source is plain ASCII outside classes: it is lower-cased as a whole, and only escapes,
  // classes and non-ASCII characters are looked at one by one.
  if (!NEEDS_CARE.test(src)) return src.toLowerCase();
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === 92 /* \\ */) {
      const e = src[i + 1];
      if (e === undefined || CODE_ESCAPE.test(e)) return null;
      if (inClass && src[i + 2] === '-' && src[i + 3] !== undefined && src[i + 3] !== ']') return null; // escaped range end
      out += '\\' + e;
      i++;
      continue;
    }
    if (code > 127) {
      const ch = String.fromCodePoint(src.codePointAt(i) as number);
      const lower = ch.toLowerCase();
      if (lower.length !== ch.length || CASE_FOLD_MISMATCH.test(ch)) return null;
      if (inClass && src[i + ch.length] === '-' && src[i + ch.length + 1] !== ']') return null;
      out += lower;
      i += ch.length - 1;
      continue;
    }
    const c = src[i];
    if (inClass) {
      if (c === ']') inClass = false;
      else if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']') {
        const d = src[i + 2];
        if (d === '\\' || !rangeIsCaseSafe(code, d.charCodeAt(0))) return null;
        out += c.toLowerCase() + '-' + d.toLowerCase();
        i += 2;
        continue;
      }
    } else if (c === '[') {
      inClass = true;
    } else if (!inClass) {
      // A run of plain characters up to the next one that needs care.
      let j = i + 1;
      while (j < src.length && !needsCare(src.charCodeAt(j))) j++;
      out += src.slice(i, j).toLowerCase();
      i = j - 1;
      continue;
    }
    out += c.toLowerCase();
  }
  return out;
}

// Escapes, classes and non-ASCII characters need a look; the rest lower-cases as it stands.
const NEEDS_CARE = /[\\[\u0080-\uffff]/;
const needsCare = (u: number): boolean => u === 92 || u === 91 || u > 127;

const cache = new WeakMap<Lexicon, LexiconIndex>();

/** A lexicon's patterns sorted by how they run (their plans), the indexed ones for a walk. */
function sortPatterns(lexicon: Lexicon): { index: Omit<LexiconIndex, 'walk' | 'member'>; indexed: IndexedPattern[] } {
  const entries = lexicon.entries;
  const scannedLower: LexiconIndex['scannedLower'] = [];
  const scannedOriginal: LexiconIndex['scannedOriginal'] = [];
  const indexed: IndexedPattern[] = [];
  entries.forEach((entry, e) => {
    for (const re of entry.patterns) {
      const plan = planOf(re.source);
      if (plan.run === 'original') scannedOriginal.push({ entry: e, re });
      else if (plan.run === 'scanned') scannedLower.push({ entry: e, re: plan.lower });
      else indexed.push({ entry: e, sticky: plan.sticky, prefixes: plan.prefixes });
    }
  });
  return { index: { entries, original: entries.map((e) => e.patterns), scannedLower, scannedOriginal }, indexed };
}

/** The index of a lexicon, built on first use and kept as long as the lexicon object lives. */
export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const { index, indexed } = sortPatterns(lexicon);
  const own: LexiconIndex = { ...index, walk: buildIndexedWalk([indexed]), member: 0 };
  cache.set(lexicon, own);
  return own;
}

/**
 * Lets lexicons that are matched on the same texts one after the other share one walk of the text
 * (indexedWalk.ts): the first asked about a text finds every member's indexed patterns there, the
 * others read theirs. Results are unchanged (each member's are its own); only the time differs.
 * Lexicons already indexed keep their index.
 */
export function shareIndex(lexicons: readonly Lexicon[]): void {
  const fresh = [...new Set(lexicons)].filter((l) => !cache.has(l));
  if (fresh.length === 0) return;
  const sorted = fresh.map(sortPatterns);
  const walk = buildIndexedWalk(sorted.map((s) => s.indexed));
  fresh.forEach((lexicon, member) => cache.set(lexicon, { ...sorted[member].index, walk, member }));
}

const OTHER_SPACE = /[^\S ]/;
const SPACES = /\s/g;


/** Raw hits of one call, reused: entry, start, end per hit. */
const hits: number[] = [];

function scan(re: RegExp, subject: string, entry: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    hits.push(entry, m.index, m.index + m[0].length);
  }
}

/**
 * Every match of every entry, in text order (ties by entry order); overlapping matches of one entry
 * merged. The same result as scanning with every pattern (`matchLexiconReference`).
 */
export function matchIndexed(index: LexiconIndex, text: string): LexiconMatch[] {
  hits.length = 0;
  const { lower, key } = prepared(text);
  if (lower === null) {
    index.original.forEach((patterns, e) => {
      for (const re of patterns) scan(re, text, e);
    });
    return merged(index.entries, hits);
  }
  for (const { entry, re } of index.scannedOriginal) scan(re, text, entry);
  for (const { entry, re } of index.scannedLower) scan(re, lower, entry);
  const { walk } = index;
  if (walk.lower !== lower) walkText(walk, lower, key);
  const mine = walk.memberHits[index.member];
  for (let i = 0; i < mine.length; i++) hits.push(mine[i]);
  return merged(index.entries, hits);
}

/** The text lower-cased (null where that is not exact) and with whitespace folded to ' ' (`key`). */
interface Prepared {
  text: string;
  lower: string | null;
  key: string;
}
let last: Prepared = { text: '', lower: '', key: '' };

/** The lexicons of one analysis (style, empathy, stance) all read the same text: prepared once. */
function prepared(text: string): Prepared {
  if (last.text === text) return last;
  const lower = text.toLowerCase();
  if (lower.length !== text.length || CASE_FOLD_MISMATCH.test(text)) last = { text, lower: null, key: '' };
  // Prefixes write any whitespace as ' ' (literalPrefixes.ts): they are compared with `key`.
  else last = { text, lower, key: OTHER_SPACE.test(lower) ? lower.replace(SPACES, ' ') : lower };
  return last;
}

/** Merges overlapping hits of one entry and orders all by start, end, then entry. */
function merged(entries: readonly LexiconEntry[], raw: number[]): LexiconMatch[] {
  const n = raw.length / 3;
  if (n === 0) return [];
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i * 3);
  order.sort((a, b) => raw[a] - raw[b] || raw[a + 1] - raw[b + 1] || raw[b + 2] - raw[a + 2]);
  const out: Array<LexiconMatch & { e: number }> = [];
  let e = -1;
  let s = 0;
  let t = 0;
  for (const i of order) {
    if (raw[i] === e && raw[i + 1] < t) {
      if (raw[i + 2] > t) t = raw[i + 2];
      continue;
    }
    if (e >= 0) out.push({ entry: entries[e], start: s, end: t, e });
    e = raw[i];
    s = raw[i + 1];
    t = raw[i + 2];
  }
  out.push({ entry: entries[e], start: s, end: t, e });
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.e - b.e);
  return out.map((m) => ({ entry: m.entry, start: m.start, end: m.end }));
}

/**
 * The plain semantics, for tests: every pattern of every entry scanned over the text as compiled,
 * overlapping matches of one entry merged, all in text order.
 */
export function matchLexiconReference(lexicon: Lexicon, text: string): LexiconMatch[] {
  const out: LexiconMatch[] = [];
  for (const entry of lexicon.entries) {
    const spans: Array<[number, number]> = [];
    for (const re of entry.patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        spans.push([m.index, m.index + m[0].length]);
      }
    }
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
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
