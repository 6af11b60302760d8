import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './parseTimestamp.js';

describe('parseTimestamp', () => {
  it('reads clock times with and without hours, with dot or comma fractions', () => {
    expect(parseTimestamp('01:02:03')).toBe(3723);
    expect(parseTimestamp('1:02')).toBe(62);
    expect(parseTimestamp('00:01:02.500')).toBe(62.5);
    expect(parseTimestamp('00:01:02,5')).toBe(62.5);
    expect(parseTimestamp('75:03')).toBe(4503);
  });

  it('reads bracketed times and plain seconds', () => {
    expect(parseTimestamp('[00:00:09]')).toBe(9);
    expect(parseTimestamp(' (0:05) ')).toBe(5);
    expect(parseTimestamp('62.25')).toBe(62.25);
    expect(parseTimestamp(12)).toBe(12);
  });

  it('refuses what is not a time', () => {
    for (const s of ['', 'soon', '00:61', '1:60:00', '00;00;01;000', '-3']) expect(parseTimestamp(s)).toBeUndefined();
    expect(parseTimestamp(-1)).toBeUndefined();
    expect(parseTimestamp(Number.NaN)).toBeUndefined();
  });
});
