import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../text/hash.js';
import { childOf, PrefixTrieBuilder, type PrefixTrie } from './prefixTrie.js';

/** The node `s` leads to from `root`, or -1. */
function follow(trie: PrefixTrie, root: number, s: string): number {
  let node = root;
  for (let i = 0; i < s.length && node >= 0; i++) node = childOf(trie, node, s.charCodeAt(i));
  return node;
}

function valuesAt(trie: PrefixTrie, node: number): number[] {
  return Array.from(trie.values.subarray(trie.valueStart[node], trie.valueStart[node + 1]));
}

describe('PrefixTrie', () => {
  it('leads every inserted string to its node, with its values in insertion order and without repeats', () => {
    const b = new PrefixTrieBuilder(2);
    const a = b.insert(0, 'you ', 3);
    expect(b.insert(0, 'you ', 1)).toBe(a);
    b.insert(0, 'you ', 3);
    const y = b.insert(0, 'you', 7);
    const other = b.insert(1, 'you ', 9);
    const trie = b.build();
    expect(follow(trie, 0, 'you ')).toBe(a);
    expect(valuesAt(trie, a)).toEqual([3, 1]);
    expect(valuesAt(trie, y)).toEqual([7]);
    // The two roots do not share nodes.
    expect(follow(trie, 1, 'you ')).toBe(other);
    expect(other).not.toBe(a);
    expect(valuesAt(trie, follow(trie, 0, 'yo'))).toEqual([]);
  });

  it('answers -1 for a unit no inserted string continues with, non-ASCII and surrogates included', () => {
    const b = new PrefixTrieBuilder(1);
    b.insert(0, 'i’m', 0);
    b.insert(0, 'é\ud83d', 1);
    const trie = b.build();
    expect(follow(trie, 0, 'i’m')).toBeGreaterThan(0);
    expect(follow(trie, 0, "i'm")).toBe(-1);
    expect(valuesAt(trie, follow(trie, 0, 'é\ud83d'))).toEqual([1]);
    expect(childOf(trie, 0, 'x'.charCodeAt(0))).toBe(-1);
  });

  it('agrees with a plain map of strings on thousands of random strings (tens of thousands of nodes)', () => {
    const rand = mulberry32(3);
    const alphabet = "abcdefghijklmnopqrstuvwxyz '’-.é";
    const b = new PrefixTrieBuilder(2);
    const expected = new Map<string, number[]>();
    for (let k = 0; k < 12_000; k++) {
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
    const trie = b.build();
    // More than 2^15 nodes: node numbers fill the high bits of the hash key.
    expect(trie.valueStart.length - 1).toBeGreaterThan(40_000);
    for (const [key, vs] of expected) {
      const [root, s] = [Number(key[0]), key.slice(2)];
      expect(valuesAt(trie, follow(trie, root, s))).toEqual(vs);
      // No inserted string holds '#'.
      const next = follow(trie, root, s + '#');
      expect(next).toBe(-1);
    }
  });
});
