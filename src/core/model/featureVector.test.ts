import { describe, expect, it } from 'vitest';
import { hashString } from '../text/hash.js';
import { FeatureBuilder, fnvStep, sharedFeatureBuilder } from './featureVector.js';

const sorted = (x: { indices: number[]; values: number[] }) =>
  x.indices.map((i, k) => [i, x.values[k]] as const).sort((a, b) => a[0] - b[0]);

/** The plain definition: bucket = hashString(name) & (dim - 1), sums in first-touch order. */
function reference(names: ReadonlyArray<readonly [string, number]>, dim: number) {
  const acc = new Map<number, number>();
  for (const [n, v] of names) acc.set(hashString(n) & (dim - 1), (acc.get(hashString(n) & (dim - 1)) ?? 0) + v);
  return { indices: [...acc.keys()], values: [...acc.values()] };
}

describe('FeatureBuilder', () => {
  it('hashes names into buckets, adds duplicates and keeps first-touch order', () => {
    const names = ['w:feel', 'b:you feel', 'w:feel', 'c:so ', 'x', 'w:ünïcode', ''].map((n, i) => [n, i + 0.5] as const);
    const fb = new FeatureBuilder(1 << 10);
    for (const [n, v] of names) fb.add(n, v);
    expect(fb.build()).toEqual(reference(names, 1 << 10));
  });

  it('continues a prefix hash exactly as hashing the joined name', () => {
    const acc = new FeatureBuilder(1 << 12);
    acc.addWith(hashString('w:'), 'quit');
    let h = hashString('c:');
    for (const ch of 'abc') h = fnvStep(h, ch.charCodeAt(0));
    acc.addHash(h, 2);
    expect(sorted(acc.build())).toEqual(sorted(reference([['w:quit', 1], ['c:abc', 2]], 1 << 12)));
  });

  it('scales to unit norm on request', () => {
    const fb = new FeatureBuilder(1 << 10);
    fb.add('a', 3);
    fb.add('b', 4);
    const x = fb.build(true);
    expect(x.values.reduce((s, v) => s + v * v, 0)).toBeCloseTo(1, 12);
  });

  it('starts empty after build and after reset, and ignores zero and non-finite values', () => {
    const acc = new FeatureBuilder(64);
    acc.add('a');
    acc.build();
    expect(acc.build().indices).toEqual([]);
    acc.add('b');
    acc.reset();
    acc.add('c', 0);
    acc.add('d', Number.NaN);
    expect(acc.build().indices).toEqual([]);
    sharedFeatureBuilder(64).add('e');
    expect(sharedFeatureBuilder(64).build().indices).toEqual([]);
  });

  it('grows past its initial capacity', () => {
    const acc = new FeatureBuilder(1 << 16);
    const names = Array.from({ length: 5000 }, (_, i) => [`f${i}`, 1] as const);
    for (const [n] of names) acc.add(n);
    const x = acc.build();
    expect(x).toEqual(reference(names, 1 << 16));
    expect(x.values.reduce((s, v) => s + v, 0)).toBe(5000);
  });

  it('refuses a dimension that is not a power of two', () => {
    expect(() => new FeatureBuilder(1000)).toThrow(RangeError);
  });
});
