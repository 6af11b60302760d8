import type { Marker, Stance } from '../types.js';
import { CONTEXT_CUE_PREFIX } from './stanceLexicon.js';

/**
 * Default odds multiplier for "none" when the reply carries no directive move at all (rules alone,
 * or a model that names none). A trained model carries its own value in `meta.noneOdds`, chosen by
 * leave-one-source-out evaluation (src/train/tasks/stanceTask.ts): 4 was tuned on one writer only.
 */
export const UNMARKED_NONE_ODDS = 4;

/** Client cues that do not by themselves make a limit or direction necessary. */
const NO_NEED = new Set([`${CONTEXT_CUE_PREFIX}request_advice`, `${CONTEXT_CUE_PREFIX}request_general`]);

export interface StanceConstraints {
  /** Odds multiplier for "none" when no marker leans anywhere but none (1 = off). */
  unmarkedNoneOdds?: number;
  /**
   * "Passive needs a need": without a passive move or a frame request, the passive probability is
   * multiplied by this (0 = strict, the default; 1 = off). The need is read by lexicon cues, which miss
   * some pushes (a client steering to chat), so a trained model may soften it.
   */
  passiveWithoutNeed?: number;
}

/**
 * "Passive needs a need" (docs/labelling.md, stance rule 3): a reply reads as passive only when it
 * carries a passive move (capitulation, over-apology, self-disclosure, abandoning the frame, deference)
 * or when the client's last turn made a limit necessary (a request the frame limits, a complaint, a
 * risk). Otherwise the passive probability is given back to the other stances in proportion, so that a
 * plain "Mm-hmm." is never read as giving in. A reply with no directive cue at all has the odds of
 * "none" multiplied by `unmarkedNoneOdds`. Both can be softened or switched off (`passiveWithoutNeed`
 * up to 1, `unmarkedNoneOdds: 1`). Returns a new record; probabilities still sum to 1.
 */
export function constrainStance(
  scores: Readonly<Record<Stance, number>>,
  markers: readonly Marker[],
  requests: readonly string[],
  opts: StanceConstraints = {},
): Record<Stance, number> {
  const odds = opts.unmarkedNoneOdds ?? UNMARKED_NONE_ODDS;
  const out = { ...scores };
  const keep = opts.passiveWithoutNeed ?? 0;
  if (keep < 1) {
    const needed = markers.some((m) => m.leaning === 'passive') || requests.some((r) => !NO_NEED.has(r));
    if (!needed) out.passive *= Math.max(0, keep);
  }
  if (odds !== 1 && !markers.some((m) => m.leaning !== 'none')) out.none *= odds;
  const sum = out.none + out.assertive + out.aggressive + out.passive;
  if (!(sum > 0)) return { none: 1, assertive: 0, aggressive: 0, passive: 0 };
  return { none: out.none / sum, assertive: out.assertive / sum, aggressive: out.aggressive / sum, passive: out.passive / sum };
}
