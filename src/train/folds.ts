import { mulberry32 } from '../core/text/hash.js';

/**
 * Cross-validation folds, deterministic for a seed, for the corpus tasks (style, stance). The MI task
 * deals AnnoMI transcripts round robin (`foldsOf` in tasks/miTask.ts) and the empathy task by a hash of
 * the transcript: their published figures were computed so, and moving them here would change them.
 */

/** Stratified folds: each class's items in a seeded shuffle, dealt round robin; classes in `classes` order. */
export function stratifiedFolds(labels: readonly string[], classes: readonly string[], k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const fold = new Array<number>(labels.length).fill(0);
  for (const c of classes) {
    const idx = labels.map((l, i) => (l === c ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((i, r) => (fold[i] = r % k));
  }
  return fold;
}

/**
 * Folds that keep each group (a transcript: its utterances are not independent) whole: largest groups
 * first (ties in a seeded shuffle), each put into the fold with the fewest items so far.
 */
export function groupFolds(groups: readonly string[], k: number, seed: number): number[] {
  const size = new Map<string, number>();
  for (const g of groups) size.set(g, (size.get(g) ?? 0) + 1);
  const order = [...size.keys()].sort();
  const rand = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  order.sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const g of order) {
    let f = 0;
    for (let c = 1; c < k; c++) if (load[c] < load[f]) f = c;
    foldOf.set(g, f);
    load[f] += size.get(g) ?? 0;
  }
  return groups.map((g) => foldOf.get(g) ?? 0);
}
