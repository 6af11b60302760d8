import { hashString } from '../text/hash.js';

/** A sparse vector of hashed features; duplicate names add up. */
export interface FeatureVector {
  indices: number[];
  values: number[];
}

const FNV_PRIME = 0x01000193;

/** One FNV-1a step: continues a hash by one UTF-16 code unit, as hashString does. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/**
 * Collects features into hashed buckets of a fixed dimension (a power of two): bucket =
 * hashString(name) & (dim - 1), duplicates add up, output in first-touch order. Names are namespaced
 * by the caller ("w:feel", "c2:sounds like") so families never collide by name.
 * Hot loops need not build name strings: FNV-1a is a stream (`hashString(b, hashString(a)) ===
 * hashString(a + b)`), so a feature can be given by its full hash (`addHash`) or as a precomputed
 * prefix hash continued by a string (`addWith`). Buckets are collected in a small open-addressing
 * table that stays in the CPU cache (a Map, or a dense array of `dim` slots, costs several times more).
 * Not re-entrant: one featurization at a time per instance (`build` clears it for the next).
 */
export class FeatureBuilder {
  private readonly mask: number;
  private slots: Int32Array;
  private sums: Float64Array;
  /** Slot of each distinct bucket, in first-touch order. */
  private order: Int32Array;
  private n = 0;

  constructor(readonly dim: number) {
    if (dim <= 0 || (dim & (dim - 1)) !== 0) throw new RangeError(`feature dimension must be a power of two, got ${dim}`);
    this.mask = dim - 1;
    this.slots = new Int32Array(256).fill(-1);
    this.sums = new Float64Array(256);
    this.order = new Int32Array(256);
  }

  /** Clears what an interrupted featurization may have left. */
  reset(): void {
    for (let k = 0; k < this.n; k++) {
      const s = this.order[k];
      this.slots[s] = -1;
      this.sums[s] = 0;
    }
    this.n = 0;
  }

  /** Adds a feature by its full 32-bit name hash (`hashString(name)`). */
  addHash(h: number, value = 1): void {
    if (value === 0 || !Number.isFinite(value)) return;
    const bucket = h & this.mask;
    const cap = this.slots.length - 1;
    // Multiplicative scrambling spreads buckets over the table; linear probing resolves clashes.
    let s = Math.imul(bucket, 0x9e3779b1) >>> 0 & cap;
    for (;;) {
      const k = this.slots[s];
      if (k === bucket) {
        this.sums[s] += value;
        return;
      }
      if (k === -1) break;
      s = (s + 1) & cap;
    }
    this.slots[s] = bucket;
    this.sums[s] = value;
    this.order[this.n++] = s;
    if (this.n * 2 > this.slots.length) this.grow();
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldSums = this.sums;
    const oldOrder = this.order.subarray(0, this.n);
    const size = oldSlots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.sums = new Float64Array(size);
    const order = new Int32Array(size);
    const cap = size - 1;
    for (let k = 0; k < oldOrder.length; k++) {
      const bucket = oldSlots[oldOrder[k]];
      let s = Math.imul(bucket, 0x9e3779b1) >>> 0 & cap;
      while (this.slots[s] !== -1) s = (s + 1) & cap;
      this.slots[s] = bucket;
      this.sums[s] = oldSums[oldOrder[k]];
      order[k] = s;
    }
    this.order = order;
  }

  /** Distinct buckets so far; bucketAt(k) and valueAt(k), k < size, read them as build() would list them (first-touch order). */
  get size(): number {
    return this.n;
  }

  bucketAt(k: number): number {
    return this.slots[this.order[k]];
  }

  valueAt(k: number): number {
    return this.sums[this.order[k]];
  }

  /** Adds the feature named `prefix + name`, where `prefixHash = hashString(prefix)`. */
  addWith(prefixHash: number, name: string, value = 1): void {
    this.addHash(hashString(name, prefixHash), value);
  }

  /** Adds the feature `name`. */
  add(name: string, value = 1): void {
    this.addHash(hashString(name), value);
  }

  /**
   * Returns the vector, scaled to unit L2 norm when `normalize` is set (good for mixed-length text),
   * and clears the builder for the next featurization.
   */
  build(normalize = false): FeatureVector {
    const indices = new Array<number>(this.n);
    const values = new Array<number>(this.n);
    let norm = 0;
    for (let k = 0; k < this.n; k++) {
      const s = this.order[k];
      const v = this.sums[s];
      indices[k] = this.slots[s];
      values[k] = v;
      norm += v * v;
      this.slots[s] = -1;
      this.sums[s] = 0;
    }
    this.n = 0;
    if (normalize && norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < values.length; k++) values[k] *= scale;
    }
    return { indices, values };
  }
}

const shared = new Map<number, FeatureBuilder>();

/**
 * A builder of `dim` shared by every synchronous featurizer of the core (reset before it is handed
 * out): featurizations never interleave, and a builder's tables are reused instead of reallocated.
 */
export function sharedFeatureBuilder(dim: number): FeatureBuilder {
  let fb = shared.get(dim);
  if (!fb) shared.set(dim, (fb = new FeatureBuilder(dim)));
  fb.reset();
  return fb;
}
