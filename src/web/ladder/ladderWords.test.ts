import { describe, expect, it } from 'vitest';
import type { LadderStepJson } from '../../shared/api/index.js';
import { anxietyBand, EXAMPLE_STEPS, nextAdvice } from './ladderWords.js';

const step = (id: string, expectedAnxiety: number, done?: { at: string; before: number; after: number }): LadderStepJson => ({
  id, text: `step ${id}`, expectedAnxiety, done: Boolean(done), doneAt: done?.at ?? null, anxietyBefore: done?.before ?? null, anxietyAfter: done?.after ?? null,
});

describe('ladder advice', () => {
  it('starts with the lowest step, then follows the ladder', () => {
    expect(nextAdvice({ steps: [], nextStepId: null }).kind).toBe('empty');
    const a = nextAdvice({ steps: [step('a', 10), step('b', 40)], nextStepId: 'a' });
    expect(a).toMatchObject({ kind: 'start', step: { id: 'a' } });
    expect(a.text).toMatch(/easiest step: “step a” \(expected anxiety 10\)/);
    const b = nextAdvice({ steps: [step('a', 10, { at: '2025-01-01T00:00:00Z', before: 30, after: 10 }), step('b', 40)], nextStepId: 'b' });
    expect(b).toMatchObject({ kind: 'next', step: { id: 'b' } });
  });

  it('suggests repeating the step last done when anxiety stayed high or did not fall', () => {
    const high = nextAdvice({ steps: [step('a', 10, { at: '2025-01-01T00:00:00Z', before: 60, after: 55 }), step('b', 40)], nextStepId: 'b' });
    expect(high).toMatchObject({ kind: 'repeat', step: { id: 'a' } });
    expect(high.text).toMatch(/still 55[\s\S]*then go on to “step b”/);
    const rose = nextAdvice({ steps: [step('a', 10, { at: '2025-01-01T00:00:00Z', before: 20, after: 30 }), step('b', 40)], nextStepId: 'b' });
    expect(rose.kind).toBe('repeat');
    // The most recently done step counts, not the lowest.
    const later = nextAdvice({
      steps: [step('a', 10, { at: '2025-01-03T00:00:00Z', before: 40, after: 10 }), step('b', 40, { at: '2025-01-01T00:00:00Z', before: 70, after: 65 }), step('c', 60)],
      nextStepId: 'c',
    });
    expect(later.kind).toBe('next');
  });

  it('says when the ladder is climbed', () => {
    expect(nextAdvice({ steps: [step('a', 10, { at: '2025-01-01T00:00:00Z', before: 40, after: 10 })], nextStepId: null }).kind).toBe('done');
  });

  it('bands anxiety and ships an example climbing from low to high', () => {
    expect([anxietyBand(10), anxietyBand(50), anxietyBand(80)]).toEqual(['low', 'mid', 'high']);
    const levels = EXAMPLE_STEPS.map((s) => s.expectedAnxiety);
    expect(levels).toEqual([...levels].sort((x, y) => x - y));
    expect(Math.min(...levels)).toBeLessThan(20);
    expect(Math.max(...levels)).toBeGreaterThan(80);
  });
});
