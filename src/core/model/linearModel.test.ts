import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../text/hash.js';
import { parseLinearModel, type LinearModelFile } from './linearModel.js';

const L = 3;
const file = (dim: number, weights: string): LinearModelFile => ({
  format: 'attune-linear/1',
  task: 't',
  featureSet: 'fs/1',
  labels: ['a', 'b', 'c'],
  dim,
  bias: [0.5, -0.25, 0],
  scale: [0.001, 0.5, 3],
  weights,
});

/** Little-endian int16 as base64, by the platform's own encoder. */
const encode = (q: Int16Array): string => {
  const bytes = new Uint8Array(q.length * 2);
  q.forEach((v, i) => {
    bytes[2 * i] = v & 255;
    bytes[2 * i + 1] = (v >> 8) & 255;
  });
  return btoa(String.fromCharCode(...bytes));
};

describe('parseLinearModel weights', () => {
  const rnd = mulberry32(3);
  const dim = 8;
  const q = Int16Array.from({ length: dim * L }, () => Math.floor(rnd() * 65536) - 32768);
  q[0] = 32767;
  q[1] = -32768;
  const expected = Float32Array.from(q, (v, i) => v * [0.001, 0.5, 3][i % L]);

  it('decodes int16 × scale, feature-major', () => {
    const r = parseLinearModel(file(dim, encode(q)), 'm');
    expect(r.ok && Array.from(r.value.weights)).toEqual(Array.from(expected));
  });

  it('accepts what atob accepts (white space) and refuses what it refuses', () => {
    const b64 = encode(q);
    const spaced = `${b64.slice(0, 10)}\n ${b64.slice(10)}`;
    const r = parseLinearModel(file(dim, spaced), 'm');
    expect(r.ok && Array.from(r.value.weights)).toEqual(Array.from(expected));
    const bad = parseLinearModel(file(dim, `${b64.slice(0, 8)}=${b64.slice(9)}`), 'm');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems[0].message).toMatch(/base64/);
  });

  it('checks the decoded length, padded or not', () => {
    for (const n of [1, 2, 3, 4]) {
      const r = parseLinearModel(file(dim, encode(q.subarray(0, n))), 'm');
      expect(!r.ok && r.problems[0].message).toMatch(new RegExp(`weights hold ${2 * n} bytes`));
    }
  });
});
