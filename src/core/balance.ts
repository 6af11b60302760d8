import type { Balance, Empathy, Quadrant, Stance, Style } from './types.js';

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  attuned_and_clear: 'attuned and clear',
  warm_but_drifting: 'warm but drifting',
  directive_but_distant: 'directive but distant',
  disengaged: 'disengaged',
};

/** EPITOME total (0..6) at which a reply counts as empathic: one strong or two weak mechanisms. */
export const EMPATHY_HIGH_TOTAL = 2;

/**
 * Places an utterance on the empathy × assertiveness plane (domain primer §5).
 * - empathy: EPITOME total er+ip+ex (0..6) scaled to 0..1, saturating at 4 (two strong mechanisms);
 *   "high" from EMPATHY_HIGH_TOTAL.
 * - assertiveness: −1..1. For therapist turns from the stance probabilities (assertive and aggressive
 *   give direction, passive takes it away); for everyone else from the style probabilities (assertive
 *   and aggressive voice needs, passive and passive-aggressive keep them hidden). "High" from 0.2 with
 *   the label on the directive side.
 * Aggressive and passive readings are the two ways of losing the balance and are named in `offBalance`.
 */
export function balanceOf(
  empathy: Empathy,
  direction: { kind: 'stance'; label: Stance; scores: Record<Stance, number> } | { kind: 'style'; label: Style; scores: Record<Style, number> },
): Balance {
  const total = empathy.er + empathy.ip + empathy.ex;
  const emp = Math.min(1, total / 4);
  let assertiveness: number;
  let directive: boolean;
  let offBalance: Balance['offBalance'] = null;
  if (direction.kind === 'stance') {
    const s = direction.scores;
    assertiveness = s.assertive + s.aggressive - s.passive;
    directive = direction.label === 'assertive' || direction.label === 'aggressive';
    if (direction.label === 'aggressive') offBalance = 'aggressive';
    if (direction.label === 'passive') offBalance = 'passive';
  } else {
    const s = direction.scores;
    assertiveness = s.assertive + s.aggressive - s.passive - 0.5 * s.passive_aggressive;
    directive = direction.label === 'assertive' || direction.label === 'aggressive';
    if (direction.label === 'aggressive' || direction.label === 'passive_aggressive') offBalance = 'aggressive';
    if (direction.label === 'passive') offBalance = 'passive';
  }
  assertiveness = Math.max(-1, Math.min(1, assertiveness));
  const highE = total >= EMPATHY_HIGH_TOTAL;
  const highA = directive && assertiveness >= 0.2;
  const quadrant: Quadrant = highE ? (highA ? 'attuned_and_clear' : 'warm_but_drifting') : highA ? 'directive_but_distant' : 'disengaged';
  return {
    empathy: Math.round(emp * 1000) / 1000,
    assertiveness: Math.round(assertiveness * 1000) / 1000,
    quadrant,
    label: QUADRANT_LABELS[quadrant],
    offBalance,
  };
}
