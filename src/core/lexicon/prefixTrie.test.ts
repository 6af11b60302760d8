import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../text/hash.js';
import { EDGE_STRIDE, edgeOf, isWellFormedTrie, MAX_NODES, nodeAt, nodeCount, PrefixTrieBuilder, valuesOf, type PrefixTrie } from './prefixTrie.js';

const follow = nodeAt;
const valuesAt = valuesOf;

describe('PrefixTrie', () => {
  it('leads every inserted string to its node, with its values in insertion order and without repeats', () => {
    const b = new PrefixTrieBuilder(2);
    b.insert(0, 'you ', 3);
    b.insert(0, 'you ', 1);
    b.insert(0, 'you ', 3);
    b.insert(0, 'you', 7);
    b.insert(1, 'you ', 9);
    const trie = b.build()!;
    const a = follow(trie, 0, 'you ');
    expect(valuesAt(trie, a)).toEqual([3, 1]);
    expect(valuesAt(trie, follow(trie, 0, 'you'))).toEqual([7]);
    // The two roots do not share nodes.
    const other = follow(trie, 1, 'you ');
    expect(valuesAt(trie, other)).toEqual([9]);
    expect(other).not.toBe(a);
    // 'yo' holds no value: it lies inside the merged edge 'you' (no node of its own).
    expect(valuesAt(trie, follow(trie, 0, 'yo'))).toEqual([]);
    expect(follow(trie, 0, 'yo')).toBe(-1);
    expect(follow(trie, 0, 'yoX')).toBe(-1);
  });

  it('merges runs of single-child nodes into edges, longer runs than a tail holds included', () => {
    const b = new PrefixTrieBuilder(1);
    const long = 'ab'.repeat(300);
    b.insert(0, long, 1);
    b.insert(0, long.slice(0, 7), 2);
    b.insert(0, 'abx', 3);
    const trie = b.build()!;
    // Nodes left: the root, 'ab' (it branches), 'abababa' (a value), and the long run's end, cut in three (tails of at most 255 units).
    expect(nodeCount(trie)).toBeLessThan(10);
    expect(valuesAt(trie, follow(trie, 0, long))).toEqual([1]);
    expect(valuesAt(trie, follow(trie, 0, long.slice(0, 7)))).toEqual([2]);
    expect(valuesAt(trie, follow(trie, 0, 'abx'))).toEqual([3]);
    expect(follow(trie, 0, long.slice(0, 400))).toBe(-1);
    expect(follow(trie, 0, long.slice(0, 599) + 'x')).toBe(-1);
  });

  it('answers -1 for a unit no inserted string continues with, non-ASCII and surrogates included', () => {
    const b = new PrefixTrieBuilder(1);
    b.insert(0, 'i’m', 0);
    b.insert(0, 'é\ud83d', 1);
    const trie = b.build()!;
    expect(follow(trie, 0, 'i’m')).toBeGreaterThan(0);
    expect(follow(trie, 0, "i'm")).toBe(-1);
    expect(valuesAt(trie, follow(trie, 0, 'é\ud83d'))).toEqual([1]);
    expect(edgeOf(trie, 0, 'x'.charCodeAt(0))).toBe(-1);
  });

  it('agrees with a plain map of strings on thousands of random strings (tens of thousands of nodes)', () => {
    const rand = mulberry32(3);
    const alphabet = "abcdefghijklmnopqrstuvwxyz '’-.é";
    const b = new PrefixTrieBuilder(2);
    const expected = new Map<string, number[]>();
    for (let k = 0; k < 36_000; k++) {
      let s = '';
      const len = 1 + Math.floor(rand() * 10);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const root = rand() < 0.5 ? 0 : 1;
      const value = Math.floor(rand() * 50);
      b.insert(root, s, value);
      const key = `${root}|${s}`;
      const vs = expected.get(key) ?? [];
      if (!vs.includes(value)) vs.push(value);
      expected.set(key, vs);
    }
    const trie = b.build()!;
    // Over 2^15 nodes even with the single-child runs merged: node numbers fill the high bits of the hash key.
    expect(nodeCount(trie)).toBeGreaterThan(33_000);
    for (const [key, vs] of expected) {
      const [root, s] = [Number(key[0]), key.slice(2)];
      expect(valuesAt(trie, follow(trie, root, s))).toEqual(vs);
      // No inserted string holds '#'.
      const next = follow(trie, root, s + '#');
      expect(next).toBe(-1);
    }
  });

  it('tells a well-formed trie (as built) from one that could hang a walk or read out of range', () => {
    const b = new PrefixTrieBuilder(2);
    for (const [i, w] of ['you ', 'you feel', 'yours', 'i feel', 'i felt'].entries()) b.insert(i % 2, w, i);
    const good = b.build()!;
    expect(isWellFormedTrie(good, 5)).toBe(true);
    const edgeSlot = good.table.findIndex((v, i) => i % EDGE_STRIDE === 0 && v !== -1);
    const tailed = good.nodes.findIndex((v, i) => i % 2 === 1 && (v & 255) > 0);
    const broken = (change: (t: PrefixTrie) => void): PrefixTrie => {
      const t = { ...good, table: good.table.slice(), nodes: good.nodes.slice(), values: good.values.slice() };
      change(t);
      return t;
    };
    expect(isWellFormedTrie(good, 4)).toBe(false); // a value past the limit
    expect(isWellFormedTrie(broken((t) => t.table.fill(0)), 5)).toBe(false); // no empty slot: a probe would never end
    expect(isWellFormedTrie(broken((t) => (t.table[edgeSlot + 1] = 999)), 5)).toBe(false); // an edge into no node
    expect(isWellFormedTrie(broken((t) => (t.table[edgeSlot] = (900 << 16) | 97)), 5)).toBe(false); // an edge from no node
    expect(isWellFormedTrie(broken((t) => (t.nodes[tailed] = (900 << 8) | 3)), 5)).toBe(false); // a tail past the tails
    expect(isWellFormedTrie(broken((t) => (t.shift += 1)), 5)).toBe(false);
    expect(isWellFormedTrie(broken((t) => (t.nodes[2] = 99)), 5)).toBe(false); // values out of order
    expect(isWellFormedTrie({ ...good, table: good.table.subarray(0, good.table.length - EDGE_STRIDE) }, 5)).toBe(false);
  });

  it('refuses (null) to number more nodes than an edge key holds', () => {
    const b = new PrefixTrieBuilder(1);
    // Two units, each of 300 values: 90,000 distinct strings, over MAX_NODES nodes.
    for (let i = 0; i < 300; i++) for (let j = 0; j < 300; j++) b.insert(0, String.fromCharCode(0x100 + i, 0x100 + j), 0);
    expect(MAX_NODES).toBe(65535);
    expect(b.build()).toBeNull();
  });
});
