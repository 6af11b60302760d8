import { describe, expect, it } from 'vitest';
import type { BalancePoint } from '../../core/practice/practiceTypes.js';
import { renderBalancePath, turnMark } from './renderBalancePath.js';

const point = (turn: number, empathy: number, assertiveness: number, quadrant: BalancePoint['quadrant'], offBalance: BalancePoint['offBalance'] = null): BalancePoint => ({ turn, empathy, assertiveness, quadrant, offBalance });

/** The grid rows (between the axis label and the bottom border), as [left half, right half]. */
function halves(text: string): Array<[string, string]> {
  return text.split('\n').filter((l) => /^\s*(\+1|-1)?\s+\|.*\|.*\|$/.test(l) && !l.includes('---')).map((l) => {
    const [, left, right] = l.split('|');
    return [left, right];
  });
}

describe('renderBalancePath', () => {
  it('puts each reply in its quadrant of the plane, by turn number', () => {
    const text = renderBalancePath([
      point(1, 0, -0.9, 'disengaged', 'passive'),
      point(2, 0.75, 0.9, 'attuned_and_clear'),
      point(3, 0.75, -0.5, 'warm_but_drifting'),
      point(4, 0.1, 0.95, 'directive_but_distant'),
    ], { color: false });
    const rows = halves(text);
    expect(rows).toHaveLength(8);
    const upper = rows.slice(0, 4);
    const lower = rows.slice(4);
    expect(upper.map(([l]) => l).join('')).toContain('4');
    expect(upper.map(([, r]) => r).join('')).toContain('2');
    expect(lower.map(([l]) => l).join('')).toContain('1');
    expect(lower.map(([, r]) => r).join('')).toContain('3');
    expect(rows[7][0]).toContain('1'); // assertiveness -0.9: the bottom row
    expect(text.replace(/\s+/g, ' ')).toContain('Path: 1 disengaged (passive) → 2 attuned and clear → 3 warm but drifting → 4 directive but distant');
  });

  it('shows replies that share a cell as *, and turns past 9 as letters', () => {
    const text = renderBalancePath([point(1, 0, 1, 'directive_but_distant'), point(2, 0, 1, 'directive_but_distant')], { color: false });
    expect(halves(text)[0][0]).toContain('*');
    expect([turnMark(1), turnMark(9), turnMark(10), turnMark(35), turnMark(36)]).toEqual(['1', '9', 'a', 'z', '#']);
  });

  it('says so when there are no replies', () => {
    expect(renderBalancePath([], { color: false })).toContain('No replies');
  });
});
