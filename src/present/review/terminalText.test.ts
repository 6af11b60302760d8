import { describe, expect, it } from 'vitest';
import { displayWidth, inlineText, truncateStartToWidth, truncateToWidth, wrapToWidth } from './terminalText.js';

describe('terminalText', () => {
  it('removes control characters, so outside text cannot send escape sequences', () => {
    expect(inlineText('a\u001b[2Jb\nc\td')).toBe('a [2Jb c d');
    expect(inlineText('a\u001b[2Jb')).not.toMatch(/\u001b/);
  });

  it('counts wide characters as two columns and combining marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('cuts to the width with an ellipsis, only when needed', () => {
    expect(truncateToWidth('short', 10)).toBe('short');
    const cut = truncateToWidth('a fairly long sentence here', 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(displayWidth(cut)).toBeLessThanOrEqual(10);
    expect(displayWidth(truncateToWidth('日本語の文章です', 7))).toBeLessThanOrEqual(7);
  });

  it('cuts from the left when the end matters (file names)', () => {
    expect(truncateStartToWidth('a/b/session.vtt', 20)).toBe('a/b/session.vtt');
    expect(truncateStartToWidth('folder/folder/session.vtt', 12)).toBe('…session.vtt');
  });

  it('wraps at word boundaries within the width, cutting the last allowed line', () => {
    const lines = wrapToWidth('one two three four five six seven eight nine ten', 12);
    expect(lines.every((l) => displayWidth(l) <= 12)).toBe(true);
    expect(lines.join(' ')).toBe('one two three four five six seven eight nine ten');
    const two = wrapToWidth('one two three four five six seven eight nine ten', 12, 2);
    expect(two).toHaveLength(2);
    expect(two[1].endsWith('…')).toBe(true);
  });
});
