import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { contentStems, isContentWord, measureSpecificity as measure, stem } from './specificity.js';

const measureSpecificity = (text: string, start: number, end: number, ctx: ReadonlySet<string>) => measure(tokenize(text), start, end, ctx);

describe('specificity', () => {
  it('counts content words, not the generic words of empathic talk', () => {
    expect(measureSpecificity('What happened?', 0, 14, new Set()).content).toBe(0);
    const q = 'What is it about Sunday evenings that makes the loneliness hit hardest?';
    const s = measureSpecificity(q, 0, q.length, new Set());
    expect(s.content).toBeGreaterThanOrEqual(4);
    expect(s.tokens).toBe(12);
    expect(isContentWord('feel')).toBe(false);
    expect(isContentWord('loneliness')).toBe(true);
    // Bare numbers are not content; words with digits are.
    expect(isContentWord('2024')).toBe(false);
    expect(isContentWord('2nd')).toBe(true);
  });

  it('measures overlap with the other turn through crude stems', () => {
    expect(stem('loneliness')).toBe(stem('lonely'));
    expect(stem("mum's")).toBe('mum');
    expect(stem("s's")).toBe('s');
    const ctx = contentStems("I've been so lonely since the move.");
    const t = 'Has the loneliness been worse since moving?';
    expect(measureSpecificity(t, 0, t.length, ctx).overlap).toBe(2);
    expect(measureSpecificity(t, 0, t.length, new Set()).overlap).toBe(0);
  });

  it('reads only the requested span', () => {
    const t = 'Sunday evenings. What happened?';
    expect(measureSpecificity(t, 17, t.length, new Set()).content).toBe(0);
  });
});
