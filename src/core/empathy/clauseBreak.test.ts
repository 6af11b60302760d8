import { describe, expect, it } from 'vitest';
import { isClauseBreak } from './clauseBreak.js';

describe('isClauseBreak', () => {
  it('breaks at clause punctuation and emoji, not at letters or spaces', () => {
    const t = 'aw no 😢 what, ok; ❤️ x';
    const at = (s: string) => t.indexOf(s);
    expect(isClauseBreak(t, at(','))).toBe(true);
    expect(isClauseBreak(t, at(';'))).toBe(true);
    expect(isClauseBreak(t, at('😢') + 1)).toBe(true); // low surrogate of the crying face
    expect(isClauseBreak(t, at('❤'))).toBe(true);
    expect(isClauseBreak(t, at('❤') + 1)).toBe(true); // variation selector
    expect(isClauseBreak(t, 0)).toBe(false);
    expect(isClauseBreak(t, 2)).toBe(false);
    expect(isClauseBreak(t, t.length - 1)).toBe(false);
  });
});
