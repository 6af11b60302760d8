import type { Lexicon } from '../lexicon/lexicon.js';
import { STYLES, type Marker, type Style } from '../types.js';

/** Evidence a style needs to beat "neutral" when no marker is found (in summed entry weights). */
const NEUTRAL_PRIOR = 0.9;
/** Softmax temperature: one strong marker gives a clear but not certain reading. */
const TEMPERATURE = 0.8;

/**
 * The transparent scorer, used when no style model is shipped: each marker adds its lexicon entry's
 * `weight` to the style it leans toward; "neutral" starts at a small prior; a softmax turns the sums
 * into probabilities (each in 0..1, summing to 1). Source: the marker table of the domain primer §3.
 */
export function scoreStyleByRules(markers: readonly Marker[], lexicon: Lexicon): Record<Style, number> {
  const weightOf = new Map<string, number>();
  for (const e of lexicon.entries) weightOf.set(e.kind, e.weight);
  const sums: Record<Style, number> = { passive: 0, assertive: 0, aggressive: 0, passive_aggressive: 0, neutral: NEUTRAL_PRIOR };
  const seen = new Set<string>();
  for (const m of markers) {
    const key = m.kind;
    // A repeated kind adds half as much again: three hedges are more passive than one, not three times.
    const w = (weightOf.get(key) ?? 1) * (seen.has(key) ? 0.5 : 1);
    seen.add(key);
    if ((STYLES as readonly string[]).includes(m.leaning)) sums[m.leaning as Style] += w;
  }
  let max = -Infinity;
  for (const s of STYLES) max = Math.max(max, sums[s]);
  let total = 0;
  const out = {} as Record<Style, number>;
  for (const s of STYLES) total += out[s] = Math.exp((sums[s] - max) / TEMPERATURE);
  for (const s of STYLES) out[s] /= total;
  return out;
}
