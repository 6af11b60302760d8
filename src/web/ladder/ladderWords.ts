import type { LadderJson, LadderStepInput, LadderStepJson } from '../../shared/api/index.js';

/**
 * A starting ladder for saying no and asking (primer §7: graded exposure starts with low-stakes
 * situations and climbs to harder ones). Only a suggestion: every step can be changed or removed.
 */
export const EXAMPLE_STEPS: readonly LadderStepInput[] = [
  { text: 'Say "no thanks" to a shop assistant\'s offer', expectedAnxiety: 10 },
  { text: 'Ask a waiter to change an order that came wrong', expectedAnxiety: 25 },
  { text: 'Ask a colleague to turn their music down', expectedAnxiety: 40 },
  { text: 'Turn down an invitation from a friend without making an excuse', expectedAnxiety: 55 },
  { text: "Tell my manager I can't take on an extra task this week", expectedAnxiety: 75 },
  { text: 'Tell a family member that a remark hurt me', expectedAnxiety: 90 },
];

/** Above this anxiety afterwards, the step is suggested again before the next one. */
export const STILL_HIGH = 50;

/**
 * What to do next on a ladder, in a sentence: the lowest step not done; but when the last step done
 * left anxiety still high (at or above STILL_HIGH, or no lower than before), repeating it first.
 */
export function nextAdvice(ladder: Pick<LadderJson, 'steps' | 'nextStepId'>): { kind: 'start' | 'next' | 'repeat' | 'done' | 'empty'; step: LadderStepJson | null; text: string } {
  if (ladder.steps.length === 0) return { kind: 'empty', step: null, text: 'Add the situations you want to face, from the easiest to the hardest.' };
  const next = ladder.steps.find((s) => s.id === ladder.nextStepId) ?? null;
  const done = ladder.steps.filter((s) => s.done && s.doneAt).sort((a, b) => (a.doneAt as string).localeCompare(b.doneAt as string));
  const last = done[done.length - 1];
  if (last && last.anxietyAfter !== null && (last.anxietyAfter >= STILL_HIGH || (last.anxietyBefore !== null && last.anxietyAfter >= last.anxietyBefore))) {
    return {
      kind: 'repeat',
      step: last,
      text: `After “${last.text}” your anxiety was still ${last.anxietyAfter}. You could repeat that step until it feels easier${next ? `, then go on to “${next.text}”` : ''}.`,
    };
  }
  if (!next) return { kind: 'done', step: null, text: 'Every step is done. Well done: add a harder step, or start a new ladder.' };
  if (done.length === 0) return { kind: 'start', step: next, text: `Start with the easiest step: “${next.text}” (expected anxiety ${next.expectedAnxiety}).` };
  return { kind: 'next', step: next, text: `Next: “${next.text}” (expected anxiety ${next.expectedAnxiety}).` };
}

/** The tone of an expected-anxiety chip: low, middling, high. */
export function anxietyBand(v: number): 'low' | 'mid' | 'high' {
  return v < 35 ? 'low' : v < 65 ? 'mid' : 'high';
}
