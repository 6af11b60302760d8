import { describe, expect, it } from 'vitest';
import { balanceOf } from './balance.js';
import type { Empathy } from './types.js';

const emp = (er: 0 | 1 | 2, ip: 0 | 1 | 2, ex: 0 | 1 | 2): Empathy => ({ er, ip, ex, rationales: [] });
const stance = (label: 'none' | 'assertive' | 'aggressive' | 'passive') => ({
  kind: 'stance' as const,
  label,
  scores: { none: 0, assertive: 0, aggressive: 0, passive: 0, [label]: 1 },
});

describe('balanceOf', () => {
  it('names the four quadrants', () => {
    expect(balanceOf(emp(1, 1, 1), stance('assertive')).quadrant).toBe('attuned_and_clear');
    expect(balanceOf(emp(0, 2, 1), stance('none')).quadrant).toBe('warm_but_drifting');
    expect(balanceOf(emp(0, 0, 0), stance('assertive')).quadrant).toBe('directive_but_distant');
    expect(balanceOf(emp(0, 1, 0), stance('none')).quadrant).toBe('disengaged');
  });

  it('gives the quadrant in plain words and flags the two ways of losing balance', () => {
    const a = balanceOf(emp(0, 0, 0), stance('aggressive'));
    expect(a.label).toBe('directive but distant');
    expect(a.offBalance).toBe('aggressive');
    const p = balanceOf(emp(2, 0, 0), stance('passive'));
    expect(p).toMatchObject({ quadrant: 'warm_but_drifting', offBalance: 'passive' });
    expect(p.assertiveness).toBeLessThan(0);
  });

  it('keeps both axes in range', () => {
    const b = balanceOf(emp(2, 2, 2), stance('assertive'));
    expect(b.empathy).toBe(1);
    expect(b.assertiveness).toBe(1);
  });

  it('reads non-therapist turns from the style', () => {
    const scores = { passive: 0.05, assertive: 0.85, aggressive: 0.05, passive_aggressive: 0, neutral: 0.05 };
    expect(balanceOf(emp(0, 0, 0), { kind: 'style', label: 'assertive', scores }).quadrant).toBe('directive_but_distant');
    const pa = { passive: 0, assertive: 0, aggressive: 0, passive_aggressive: 1, neutral: 0 };
    expect(balanceOf(emp(0, 0, 0), { kind: 'style', label: 'passive_aggressive', scores: pa }).offBalance).toBe('aggressive');
  });
});
