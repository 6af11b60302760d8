import { describe, expect, it } from 'vitest';
import type { MiCoding } from '../types.js';
import { mitiSummary } from './mitiSummary.js';

const P = { reflection: 0.25, question: 0.25, therapist_input: 0.25, other: 0.25 };
const r = (reflection: 'simple' | 'complex'): MiCoding => ({ behaviour: 'reflection', reflection, question: null, probabilities: P });
const q = (question: 'open' | 'closed'): MiCoding => ({ behaviour: 'question', reflection: null, question, probabilities: P });
const other: MiCoding = { behaviour: 'other', reflection: null, question: null, probabilities: P };
const input: MiCoding = { behaviour: 'therapist_input', reflection: null, question: null, probabilities: P };
const times = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

describe('mitiSummary', () => {
  it('counts behaviours and subtypes and computes the summary scores', () => {
    const m = mitiSummary([...times(3, r('complex')), ...times(2, r('simple')), ...times(1, q('open')), ...times(3, q('closed')), other, input, undefined]);
    expect(m.counts).toEqual({ reflection: 5, question: 4, therapist_input: 1, other: 1 });
    expect([m.simpleReflections, m.complexReflections, m.openQuestions, m.closedQuestions]).toEqual([2, 3, 1, 3]);
    expect(m.reflectionToQuestion).toBe(1.25);
    expect(m.percentComplexReflections).toBe(60);
    expect(m.percentOpenQuestions).toBe(25);
    expect(m.ratings).toEqual({ reflectionToQuestion: 'fair', percentComplexReflections: 'good' });
  });

  it('rates against the MITI 4.2.1 thresholds, at the boundaries too', () => {
    const at = (refl: number, ques: number, complex: number) => mitiSummary([...times(complex, r('complex')), ...times(refl - complex, r('simple')), ...times(ques, q('open'))]).ratings;
    expect(at(2, 1, 1).reflectionToQuestion).toBe('good'); // 2:1
    expect(at(3, 2, 1).reflectionToQuestion).toBe('fair'); // 1.5:1
    expect(at(1, 1, 0).reflectionToQuestion).toBe('fair'); // 1:1
    expect(at(2, 3, 0).reflectionToQuestion).toBe('below_fair');
    expect(at(10, 1, 5).percentComplexReflections).toBe('good'); // 50%
    expect(at(10, 1, 4).percentComplexReflections).toBe('fair'); // 40%
    expect(at(10, 1, 3).percentComplexReflections).toBe('below_fair');
  });

  it('leaves undefined scores null, and rates reflections without any question as good', () => {
    const none = mitiSummary([other]);
    expect([none.reflectionToQuestion, none.percentComplexReflections, none.percentOpenQuestions]).toEqual([null, null, null]);
    expect(none.ratings).toEqual({ reflectionToQuestion: null, percentComplexReflections: null });
    const onlyReflections = mitiSummary([r('simple'), r('simple')]);
    expect(onlyReflections.reflectionToQuestion).toBeNull();
    expect(onlyReflections.ratings.reflectionToQuestion).toBe('good');
    const onlyQuestions = mitiSummary([q('closed')]);
    expect(onlyQuestions.reflectionToQuestion).toBe(0);
    expect(onlyQuestions.ratings.reflectionToQuestion).toBe('below_fair');
  });

  it('rounds what it reports but rates the exact values', () => {
    const m = mitiSummary([...times(2, r('simple')), ...times(3, q('open'))]);
    expect(m.reflectionToQuestion).toBe(0.67);
    const third = mitiSummary([r('complex'), r('simple'), r('simple'), q('open')]);
    expect(third.percentComplexReflections).toBe(33.3);
  });
});
