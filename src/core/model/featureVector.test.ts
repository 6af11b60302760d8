import { describe, expect, it } from 'vitest';
import { FeatureBuilder } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { fnvStep, HashedAccumulator } from './hashedAccumulator.js';

const sorted = (x: { indices: number[]; values: number[] }) =>
  x.indices.map((i, k) => [i, x.values[k]] as const).sort((a, b) => a[0] - b[0]);

describe('HashedAccumulator', () => {
  it('builds the same vector as FeatureBuilder for the same feature names', () => {
    const names = ['w:feel', 'b:you feel', 'w:feel', 'c:so ', 'x', 'w:ünïcode', ''];
    const fb = new FeatureBuilder(1 << 10);
    const acc = new HashedAccumulator(1 << 10);
    names.forEach((n, i) => {
      fb.add(n, i + 0.5);
      acc.add(n, i + 0.5);
    });
    expect(sorted(acc.build())).toEqual(sorted(fb.build()));
  });

  it('continues a prefix hash exactly as hashing the joined name', () => {
    const acc = new HashedAccumulator(1 << 12);
    acc.addWith(hashString('w:'), 'quit');
    let h = hashString('c:');
    for (const ch of 'abc') h = fnvStep(h, ch.charCodeAt(0));
    acc.addHash(h, 2);
    const fb = new FeatureBuilder(1 << 12);
    fb.add('w:quit');
    fb.add('c:abc', 2);
    expect(sorted(acc.build())).toEqual(sorted(fb.build()));
  });

  it('starts empty after build and after reset, and ignores zero and non-finite values', () => {
    const acc = new HashedAccumulator(64);
    acc.add('a');
    acc.build();
    expect(acc.build().indices).toEqual([]);
    acc.add('b');
    acc.reset();
    acc.add('c', 0);
    acc.add('d', Number.NaN);
    expect(acc.build().indices).toEqual([]);
  });

  it('grows past its initial capacity', () => {
    const acc = new HashedAccumulator(1 << 16);
    for (let i = 0; i < 5000; i++) acc.add(`f${i}`);
    const x = acc.build();
    expect(new Set(x.indices).size).toBe(x.indices.length);
    expect(x.values.reduce((s, v) => s + v, 0)).toBe(5000);
  });

  it('refuses a dimension that is not a power of two', () => {
    expect(() => new HashedAccumulator(1000)).toThrow(RangeError);
  });
});
