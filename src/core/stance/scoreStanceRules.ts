import type { Marker, Stance } from '../types.js';
import { STANCES } from '../types.js';

/** Evidence each stance needs before it beats "none" (following only). */
const NONE_PRIOR = 0.6;
/** Aggressive evidence counts this much more: "any aggressive move wins" (docs/labelling.md, stance). */
const AGGRESSIVE_BOOST = 3;
/** Sharpness of the softmax that turns evidence into probabilities. */
const TEMPERATURE = 4;

/**
 * Transparent stance scores, probabilities over none/assertive/aggressive/passive summing to 1: each
 * marker adds its lexicon weight to the stance it leans toward (a kind counts at most twice), aggressive
 * evidence is boosted so one aggressive move outweighs structure around it, and "none" keeps a prior so
 * a reply with no directive move reads as following. `weights` maps a kind to its lexicon weight.
 */
export function scoreStanceRules(markers: readonly Marker[], weights: ReadonlyMap<string, number>): Record<Stance, number> {
  const evidence: Record<Stance, number> = { none: NONE_PRIOR, assertive: 0, aggressive: 0, passive: 0 };
  const seen = new Map<string, number>();
  for (const m of markers) {
    const n = (seen.get(m.kind) ?? 0) + 1;
    seen.set(m.kind, n);
    if (n > 2) continue;
    const w = weights.get(m.kind) ?? 1;
    const leaning = m.leaning as Stance;
    if (leaning === 'none') continue;
    if (!(STANCES as readonly string[]).includes(leaning)) continue;
    evidence[leaning] += leaning === 'aggressive' ? w * AGGRESSIVE_BOOST : w;
  }
  let max = -Infinity;
  for (const s of STANCES) max = Math.max(max, evidence[s]);
  let sum = 0;
  const out = {} as Record<Stance, number>;
  for (const s of STANCES) sum += out[s] = Math.exp(TEMPERATURE * (evidence[s] - max));
  for (const s of STANCES) out[s] /= sum;
  return out;
}
