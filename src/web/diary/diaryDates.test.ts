import { describe, expect, it } from 'vitest';
import { dayRange, fromLocalInput, localDay, toLocalInput } from './diaryDates.js';

describe('diary dates', () => {
  it('round-trips a moment through the datetime-local input to the minute', () => {
    const d = new Date(2025, 2, 9, 7, 5, 42);
    expect(toLocalInput(d)).toBe('2025-03-09T07:05');
    expect(fromLocalInput(toLocalInput(d))).toBe(new Date(2025, 2, 9, 7, 5).toISOString());
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });

  it('turns local days into the API bounds: from inclusive, to the start of the next day', () => {
    const r = dayRange('2025-03-09', '2025-03-10');
    expect(r.from).toBe(new Date(2025, 2, 9).toISOString());
    expect(r.to).toBe(new Date(2025, 2, 11).toISOString());
    expect(dayRange('', 'nonsense')).toEqual({});
    expect(localDay(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
  });
});
