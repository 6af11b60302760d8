import { hashString } from '../text/hash.js';

/** A sparse vector of hashed features; duplicate names add up. */
export interface FeatureVector {
  indices: number[];
  values: number[];
}

/**
 * Collects named features into hashed buckets of a fixed dimension (a power of two).
 * Names are namespaced by the caller ("w:feel", "c2:sounds like") so families never collide by name.
 */
export class FeatureBuilder {
  private readonly acc = new Map<number, number>();
  private readonly mask: number;

  constructor(readonly dim: number) {
    if (dim <= 0 || (dim & (dim - 1)) !== 0) throw new RangeError(`feature dimension must be a power of two, got ${dim}`);
    this.mask = dim - 1;
  }

  add(name: string, value = 1): void {
    if (value === 0 || !Number.isFinite(value)) return;
    const i = hashString(name) & this.mask;
    this.acc.set(i, (this.acc.get(i) ?? 0) + value);
  }

  /** Returns the vector, scaled to unit L2 norm when `normalize` is set (good for mixed-length text). */
  build(normalize = false): FeatureVector {
    const indices: number[] = [];
    const values: number[] = [];
    let norm = 0;
    for (const [i, v] of this.acc) {
      indices.push(i);
      values.push(v);
      norm += v * v;
    }
    if (normalize && norm > 0) {
      const s = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] *= s;
    }
    return { indices, values };
  }
}
