import type { FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';

const FNV_PRIME = 0x01000193;

/** One FNV-1a step: continuing a hash by one UTF-16 code unit, as hashString does. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, FNV_PRIME) >>> 0;
}

/**
 * The same hashed feature space as FeatureBuilder (bucket = hashString(name) & (dim - 1); duplicates
 * add up; output in first-touch order), built for the MI hot path: names can be given as a prefix hash
 * continued by a string (`hashString(b, hashString(a)) === hashString(a + b)`), so no feature-name
 * strings are built, and buckets are collected in a small open-addressing table that stays in the CPU
 * cache (a Map, or a dense array of `dim` slots, costs several times more per feature).
 * Not re-entrant: one featurization at a time per instance.
 */
export class HashedAccumulator {
  private readonly mask: number;
  private slots: Int32Array;
  private sums: Float64Array;
  /** Slot of each distinct bucket, in first-touch order. */
  private order: Int32Array;
  private n = 0;

  constructor(readonly dim: number) {
    if (dim <= 0 || (dim & (dim - 1)) !== 0) throw new RangeError(`feature dimension must be a power of two, got ${dim}`);
    this.mask = dim - 1;
    this.slots = new Int32Array(2048).fill(-1);
    this.sums = new Float64Array(2048);
    this.order = new Int32Array(2048);
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

  /** Adds a feature by its full 32-bit name hash. */
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

  /** Adds the feature named `prefix + name`, where `prefixHash = hashString(prefix)`. */
  addWith(prefixHash: number, name: string, value = 1): void {
    this.addHash(hashString(name, prefixHash), value);
  }

  add(name: string, value = 1): void {
    this.addHash(hashString(name), value);
  }

  /** Returns the vector and clears the accumulator for the next featurization. */
  build(): FeatureVector {
    const indices = new Array<number>(this.n);
    const values = new Array<number>(this.n);
    for (let k = 0; k < this.n; k++) {
      const s = this.order[k];
      indices[k] = this.slots[s];
      values[k] = this.sums[s];
      this.slots[s] = -1;
      this.sums[s] = 0;
    }
    this.n = 0;
    return { indices, values };
  }
}
