import { describe, expect, it } from 'vitest';
import type { PiiSpan } from './redactionTypes.js';
import { resolveOverlaps } from './resolveOverlaps.js';

const s = (kind: PiiSpan['kind'], start: number, end: number): PiiSpan => ({ kind, start, end, key: `${start}` });

describe('resolveOverlaps', () => {
  it('keeps the more specific kind, then the longer span, in text order', () => {
    expect(resolveOverlaps([s('name', 0, 5), s('email', 0, 20), s('date', 30, 40), s('name', 30, 35), s('name', 50, 55), s('name', 50, 60)])).toEqual([
      s('email', 0, 20),
      s('date', 30, 40),
      s('name', 50, 60),
    ]);
  });

  it('drops empty spans and keeps touching ones', () => {
    expect(resolveOverlaps([s('name', 3, 3), s('name', 0, 3), s('phone', 3, 9)])).toEqual([s('name', 0, 3), s('phone', 3, 9)]);
  });
});
