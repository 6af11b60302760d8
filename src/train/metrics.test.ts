import { describe, expect, it } from 'vitest';
import { classificationReport, SetOverlap } from './metrics.js';

describe('classificationReport', () => {
  it('computes accuracy, per-class and macro F1', () => {
    const r = classificationReport(['a', 'b'], ['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(r.accuracy).toBe(0.75);
    expect(r.perClass.a).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(r.perClass.b.f1).toBeCloseTo(0.8, 6);
    expect(r.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 6);
    expect(r.confusion.a.b).toBe(1);
  });

  it('gives a class that is never predicted F1 0, not NaN', () => {
    expect(classificationReport(['a', 'b'], ['a', 'b'], ['a', 'a']).perClass.b.f1).toBe(0);
  });
});

describe('SetOverlap', () => {
  it('micro-averages precision and recall over every pair of sets added', () => {
    const o = new SetOverlap();
    o.add(new Set([1, 2, 3]), new Set([2, 3, 4]));
    o.add(new Set<number>(), new Set([5]));
    expect(o.scores()).toEqual({ precision: 2 / 3, recall: 2 / 4, f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5) });
    expect(new SetOverlap().scores()).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
