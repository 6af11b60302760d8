import type { Marker, Stance } from '../types.js';
import { CONTEXT_CUE_PREFIX } from './stanceLexicon.js';

/**
 * Odds multiplier for "none" when the reply carries no directive move at all. The training corpus
 * holds the four stances in equal shares, real sessions are mostly following (in AnnoMI about four
 * therapist turns in five are reflections, questions or encouragers), so a reply without any
 * structuring, aggressive or passive cue needs clear lexical evidence to read as anything but none.
 */
export const UNMARKED_NONE_ODDS = 4;

/** Client cues that do not by themselves make a limit or direction necessary. */
const NO_NEED = new Set([`${CONTEXT_CUE_PREFIX}request_advice`, `${CONTEXT_CUE_PREFIX}request_general`]);

/**
 * "Passive needs a need" (docs/labelling-stance.md, rule 3): a reply reads as passive only when it
 * carries a passive move (capitulation, over-apology, self-disclosure, abandoning the frame, deference)
 * or when the client's last turn made a limit necessary (a request the frame limits, a complaint, a
 * risk). Otherwise the passive probability is given back to the other stances in proportion, so that a
 * plain "Mm-hmm." is never read as giving in. A reply with no directive cue at all has the odds of
 * "none" multiplied by `unmarkedNoneOdds`. Returns a new record; probabilities still sum to 1.
 */
export function constrainStance(
  scores: Readonly<Record<Stance, number>>,
  markers: readonly Marker[],
  requests: readonly string[],
  unmarkedNoneOdds = UNMARKED_NONE_ODDS,
): Record<Stance, number> {
  const out = { ...scores };
  const needed = markers.some((m) => m.leaning === 'passive') || requests.some((r) => !NO_NEED.has(r));
  if (!needed) out.passive = 0;
  if (!markers.some((m) => m.leaning !== 'none')) out.none *= unmarkedNoneOdds;
  const sum = out.none + out.assertive + out.aggressive + out.passive;
  if (!(sum > 0)) return { none: 1, assertive: 0, aggressive: 0, passive: 0 };
  return { none: out.none / sum, assertive: out.assertive / sum, aggressive: out.aggressive / sum, passive: out.passive / sum };
}
