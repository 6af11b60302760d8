import { describe, expect, it } from 'vitest';
import { segmentSpans } from './segmentSpans.js';

describe('segmentSpans', () => {
  it('cuts overlapping spans into pieces that list every span they belong to', () => {
    const text = 'I want to die, honestly.';
    const segs = segmentSpans(text, [
      { start: 0, end: 13, kind: 'style', tip: 'marker' },
      { start: 2, end: 13, kind: 'safety', tip: 'Safety: suicide' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.kind])).toEqual([['I ', 'style'], ['want to die', 'safety'], [', honestly.', null]]);
    expect(segs[1].kinds).toEqual(['safety', 'style']);
    expect(segs[1].tips).toEqual(['Safety: suicide', 'marker']);
  });

  it('clips spans outside the text, drops empty ones and never splits a surrogate pair', () => {
    const text = 'ok 😀 fine';
    const segs = segmentSpans(text, [
      { start: -5, end: 2, kind: 'empathy', tip: 'a' },
      { start: 4, end: 4, kind: 'style', tip: 'empty' },
      { start: 4, end: 999, kind: 'stance', tip: 'b' },
      { start: Number.NaN, end: 3, kind: 'focus', tip: 'nan' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.find((s) => s.tips.includes('empty') || s.tips.includes('nan'))).toBeUndefined();
    expect(segs.map((s) => s.text)).toEqual(['ok', ' ', '😀 fine']);
  });

  it('gives one plain segment for text without spans, and none for empty text', () => {
    expect(segmentSpans('hello', [])).toEqual([{ text: 'hello', kind: null, kinds: [], tips: [] }]);
    expect(segmentSpans('', [{ start: 0, end: 3, kind: 'style', tip: 'x' }])).toEqual([]);
  });
});
