import type { StateValues } from '../../core/practice/practiceTypes.js';

const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
/** State values are whole numbers in shipped scenarios; a fractional one is shown to one decimal. */
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Variable names in the order shown: rapport first (every scenario has it), then the scenario's own. */
export function stateOrder(state: StateValues): string[] {
  return ['rapport', ...Object.keys(state).filter((k) => k !== 'rapport')].filter((k) => k in state);
}

/**
 * One line for a state change: "rapport 60 → 70 (+10) · respect 40 (=)". Every variable is shown, so
 * the learner sees what did not move too.
 */
export function renderStateLine(before: StateValues, after: StateValues): string {
  return stateOrder(after)
    .map((k) => {
      const d = after[k] - (before[k] ?? after[k]);
      return d === 0 ? `${k.replace(/_/g, ' ')} ${num(after[k])} (=)` : `${k.replace(/_/g, ' ')} ${num(before[k])} → ${num(after[k])} (${signed(Math.round(d * 10) / 10)})`;
    })
    .join(' · ');
}
