import type { LiteralPrefix } from './literalPrefixes.js';
import { childOf, EDGE_STRIDE, isWellFormedTrie, PrefixTrieBuilder, slotOf, type PrefixTrie } from './prefixTrie.js';

/**
 * The walk that finds the indexed patterns of one or more lexicons in a text (lexiconIndex.ts): one
 * trie of all their literal prefixes, walked along the text from every place a prefix may start; each
 * pattern met is tried (sticky) there. Lexicons matched on the same texts one after the other (the
 * analysis runs the style, empathy and stance lexicons on each utterance) share one walk, and so one
 * pass over the text: the walk keeps every member's hits for the text it last walked.
 */

/** One indexed pattern of a member lexicon: its entry there, its lower-cased sticky regex, its prefixes (asked for only to build a trie). */
export interface IndexedPattern {
  entry: number;
  sticky: RegExp;
  prefixes: () => readonly LiteralPrefix[];
}

/** The root of prefixes that can only start where a word starts (and start with a word character). */
const WORD_START_ROOT = 0;
/** The root of prefixes that may start anywhere. */
const ANYWHERE_ROOT = 1;

export interface IndexedWalk {
  /** The prefixes, numbered by slot (one per distinct pattern source: the trie's values). */
  trie: PrefixTrie;
  /** The nodes that WORD_START_ROOT's edges enter, by the class of their first unit (`wordClass`), -1 for none. */
  wordStartFirst: Int32Array;
  /** 1 for the UTF-16 units that begin a prefix under ANYWHERE_ROOT; null when there is none. */
  anywhereFirst: Uint8Array | null;
  /** Per slot, its sticky regex, and its (member, entry) pairs: targets[2·targetStart[s] ..]. */
  sticky: RegExp[];
  targetStart: Int32Array;
  targets: Int32Array;
  /** Per-walk bookkeeping per slot, reused across walks. */
  stamp: Int32Array;
  resume: Int32Array;
  tried: Int32Array;
  generation: number;
  /** The lower-cased text last walked, and each member's hits in it: entry, start, end per hit. */
  lower: string | null;
  memberHits: number[][];
}

/** [a-z0-9_] → 0..36 (what `\b` counts as a word character without `i`), else -1. */
function wordClass(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  if (c === 95) return 36;
  return -1;
}

/**
 * Where walks keep their tries between processes (patternPlanCache.ts): building the trie of the
 * shipped lexicons' tens of thousands of prefixes is most of the start-up of `attune code`, reading
 * it back a millisecond. Keyed by the walk's signature: its patterns' sources, in slot order (the
 * prefixes follow from the sources and the planning code, which the keeper keys its files by).
 */
export interface TrieStore {
  get(signature: string): PrefixTrie | undefined;
  set(signature: string, trie: PrefixTrie): void;
}

let trieStore: TrieStore | null = null;

/** Sets (or, with null, removes) the store walks read their tries from and leave them in. */
export function useTrieStore(store: TrieStore | null): void {
  trieStore = store;
}

/** The walk of the members' indexed patterns (`members[m]`: member m's). */
export function buildIndexedWalk(members: ReadonlyArray<readonly IndexedPattern[]>): IndexedWalk {
  const slotOfSource = new Map<string, number>();
  const sticky: RegExp[] = [];
  const slotPrefixes: Array<IndexedPattern['prefixes']> = [];
  const targetsOf: number[][] = [];
  members.forEach((patterns, member) => {
    for (const { entry, sticky: re, prefixes } of patterns) {
      let slot = slotOfSource.get(re.source);
      if (slot === undefined) {
        // A source met again (in another member, or another entry) is tried once: same regex, same hits.
        slot = sticky.length;
        slotOfSource.set(re.source, slot);
        sticky.push(re);
        slotPrefixes.push(prefixes);
        targetsOf.push([]);
      }
      targetsOf[slot].push(member, entry);
    }
  });
  const slots = sticky.length;
  const signature = JSON.stringify(sticky.map((re) => re.source));
  let trie = trieStore?.get(signature);
  if (trie !== undefined && !isWellFormedTrie(trie, slots)) trie = undefined;
  if (trie === undefined) {
    trie = buildTrie(slotPrefixes);
    trieStore?.set(signature, trie);
  }
  const targetStart = new Int32Array(slots + 1);
  for (let s = 0; s < slots; s++) targetStart[s + 1] = targetStart[s] + targetsOf[s].length / 2;
  return {
    trie,
    wordStartFirst: Int32Array.from({ length: 37 }, (_, w) => childOf(trie, WORD_START_ROOT, w < 26 ? 97 + w : w < 36 ? 48 + w - 26 : 95)),
    anywhereFirst: anywhereUnits(trie),
    sticky,
    targetStart,
    targets: Int32Array.from(targetsOf.flat()),
    stamp: new Int32Array(slots),
    resume: new Int32Array(slots),
    tried: new Int32Array(slots),
    generation: 0,
    lower: null,
    memberHits: members.map(() => []),
  };
}

/** The trie of the slots' prefixes: under WORD_START_ROOT those that start a word with a word character, the rest under ANYWHERE_ROOT. */
function buildTrie(slotPrefixes: ReadonlyArray<IndexedPattern['prefixes']>): PrefixTrie {
  // Prefixes cut shorter are still prefixes of every match: a trie too large to number its nodes
  // (lexicons far larger than the shipped ones) is built again of prefixes half as long, which only
  // costs regex calls.
  let maxLength = Infinity;
  for (;;) {
    const builder = new PrefixTrieBuilder(2);
    let longest = 0;
    slotPrefixes.forEach((prefixes, slot) => {
      for (const { prefix, atWordStart } of prefixes()) {
        const cut = prefix.length > maxLength ? prefix.slice(0, maxLength) : prefix;
        longest = Math.max(longest, cut.length);
        builder.insert(atWordStart && wordClass(prefix.charCodeAt(0)) >= 0 ? WORD_START_ROOT : ANYWHERE_ROOT, cut, slot);
      }
    });
    const trie = builder.build();
    if (trie) return trie;
    // Single units fit unless the prefixes start with tens of thousands of different characters.
    if (longest <= 1) throw new RangeError('lexicon patterns start with too many different characters to index');
    maxLength = Math.floor(longest / 2);
  }
}

/** 1 for the first units of the edges that leave ANYWHERE_ROOT; null when there is none. */
function anywhereUnits(trie: PrefixTrie): Uint8Array | null {
  let out: Uint8Array | null = null;
  const { table } = trie;
  for (let i = 0; i < table.length; i += EDGE_STRIDE) if (table[i] !== -1 && table[i] >>> 16 === ANYWHERE_ROOT) (out ??= new Uint8Array(65536))[table[i] & 0xffff] = 1;
  return out;
}

/**
 * Walks `lower` (with `key`, the same with whitespace folded to ' ', which prefixes are compared
 * with): tries, at every place, the patterns whose literal prefixes the text starts with there, left
 * to right and never inside a pattern's own previous match (the matches a global scan finds), and
 * leaves each member's hits in `memberHits`. One loop with everything in locals and the trie's hash
 * probe written out: this is the hottest code of an analysis, and most walks are a step or two.
 */
export function walkText(walk: IndexedWalk, lower: string, key: string): void {
  const { memberHits } = walk;
  for (const h of memberHits) h.length = 0;
  walk.lower = lower;
  if (walk.sticky.length === 0) return;
  if (walk.generation >= 0x3fffffff) {
    walk.generation = 0;
    walk.stamp.fill(0);
  }
  const gen = ++walk.generation;
  const { trie, wordStartFirst, anywhereFirst, stamp, resume, tried, sticky, targetStart, targets } = walk;
  const { table, mask, shift, nodes, tails, values } = trie;
  const n = key.length;
  let prevWord = false;
  for (let p = 0; p < n; p++) {
    const c = key.charCodeAt(p);
    const w = wordClass(c);
    // Up to two walks start here: into the word-start root's child for c, then the anywhere root's.
    let node = w >= 0 && !prevWord ? wordStartFirst[w] : -1;
    prevWord = w >= 0;
    let other = anywhereFirst !== null && anywhereFirst[c] === 1 ? childOf(trie, ANYWHERE_ROOT, c) : -1;
    if (node < 0) {
      node = other;
      other = -1;
    }
    while (node >= 0) {
      // The first unit of the edge into `node` matched at d - 1; the rest of the edge (its tail, kept by the node) must follow.
      for (let d = p + 1; ; ) {
        const tail = nodes[2 * node + 1];
        const len = tail & 255;
        if (len > 0) {
          if (d + len > n) break;
          let k = 0;
          for (let off = tail >>> 8; k < len && key.charCodeAt(d + k) === tails[off + k]; k++);
          if (k < len) break;
          d += len;
        }
        for (let k = nodes[2 * node], end = nodes[2 * node + 2]; k < end; k++) {
          const slot = values[k];
          if (stamp[slot] !== gen) {
            stamp[slot] = gen;
            resume[slot] = 0;
            tried[slot] = -1;
          }
          // Like a global scan, a pattern resumes after the end of its last match; and it is tried
          // once at a place, however many of its prefixes lead there.
          if (p < resume[slot] || tried[slot] === p) continue;
          tried[slot] = p;
          // test() leaves lastIndex at the match's end and builds no match array.
          const re = sticky[slot];
          re.lastIndex = p;
          if (re.test(lower) && re.lastIndex > p) {
            const e = re.lastIndex;
            resume[slot] = e;
            for (let t = targetStart[slot] * 2, tEnd = targetStart[slot + 1] * 2; t < tEnd; t += 2) memberHits[targets[t]].push(targets[t + 1], p, e);
          }
        }
        if (d >= n) break;
        // childOf(trie, node, unit), written out: the child is in the slot's second int, on the key's cache line.
        const want = (node << 16) | key.charCodeAt(d);
        let next = -1;
        for (let h = slotOf(want, shift); ; h = (h + 1) & mask) {
          const k = table[h * EDGE_STRIDE];
          if (k === want) {
            next = table[h * EDGE_STRIDE + 1];
            break;
          }
          if (k === -1) break;
        }
        if (next < 0) break;
        node = next;
        d++;
      }
      node = other;
      other = -1;
    }
  }
}
