import { describe, expect, it } from 'vitest';
import { chooseLine } from './chooseLine.js';

describe('chooseLine', () => {
  const variants = ['a', 'b', 'c'];
  it('is fixed by the draw', () => {
    expect(chooseLine(variants, null, 0)).toBe('a');
    expect(chooseLine(variants, null, 0.5)).toBe('b');
    expect(chooseLine(variants, null, 0.99)).toBe('c');
  });
  it('never picks the line just said when there is another', () => {
    for (let d = 0; d < 1; d += 0.01) expect(chooseLine(variants, 'b', d)).not.toBe('b');
    expect(chooseLine(['only'], 'only', 0.3)).toBe('only');
  });
});
