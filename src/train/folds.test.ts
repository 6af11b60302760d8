import { describe, expect, it } from 'vitest';
import { groupFolds, stratifiedFolds } from './folds.js';

describe('stratifiedFolds', () => {
  const labels = [...Array(10).fill('a'), ...Array(5).fill('b')];
  it('is deterministic for a seed and spreads every class over the folds', () => {
    const f = stratifiedFolds(labels, ['a', 'b'], 5, 3);
    expect(stratifiedFolds(labels, ['a', 'b'], 5, 3)).toEqual(f);
    for (let k = 0; k < 5; k++) {
      expect(f.filter((x, i) => x === k && labels[i] === 'a')).toHaveLength(2);
      expect(f.filter((x, i) => x === k && labels[i] === 'b')).toHaveLength(1);
    }
    expect(stratifiedFolds(labels, ['a', 'b'], 5, 4)).not.toEqual(f);
  });
});

describe('groupFolds', () => {
  it('keeps every group in one fold and balances the folds', () => {
    const groups = ['t1', 't1', 't1', 't2', 't2', 't3', 't4', 't4', 't5', 't6'];
    const f = groupFolds(groups, 3, 11);
    expect(groupFolds(groups, 3, 11)).toEqual(f);
    for (const g of new Set(groups)) expect(new Set(f.filter((_, i) => groups[i] === g)).size).toBe(1);
    const sizes = [0, 1, 2].map((k) => f.filter((x) => x === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(2);
  });
});
