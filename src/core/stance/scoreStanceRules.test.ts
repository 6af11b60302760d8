import { describe, expect, it } from 'vitest';
import type { Marker } from '../types.js';
import { scoreStanceRules } from './scoreStanceRules.js';

const m = (kind: string, leaning: Marker['leaning']): Marker => ({ kind, leaning, start: 0, end: 1, text: 'x' });
const top = (r: Record<string, number>) => Object.entries(r).sort((a, b) => b[1] - a[1])[0][0];
const weights = new Map([['focus', 1], ['permission', 1.2], ['command', 1.1], ['capitulation', 1], ['rationale', 0.4]]);

describe('scoreStanceRules', () => {
  it('reads no directive move as none, and sums to 1', () => {
    const r = scoreStanceRules([m('reflective_frame', 'none')], weights);
    expect(top(r)).toBe('none');
    expect(Object.values(r).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('lets one aggressive move outweigh the structure around it', () => {
    expect(top(scoreStanceRules([m('focus', 'assertive'), m('permission', 'assertive'), m('command', 'aggressive')], weights))).toBe('aggressive');
  });

  it('needs more than a lone rationale to leave none', () => {
    expect(top(scoreStanceRules([m('rationale', 'assertive')], weights))).toBe('none');
    expect(top(scoreStanceRules([m('focus', 'assertive')], weights))).toBe('assertive');
    expect(top(scoreStanceRules([m('capitulation', 'passive')], weights))).toBe('passive');
  });
});
