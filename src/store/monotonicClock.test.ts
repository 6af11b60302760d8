import { describe, expect, it } from 'vitest';
import { monotonicClock } from './monotonicClock.js';

describe('monotonicClock', () => {
  it('follows the system clock while it moves forward', () => {
    let t = Date.UTC(2024, 0, 1);
    const now = monotonicClock(() => t);
    expect(now()).toBe('2024-01-01T00:00:00.000Z');
    t += 5000;
    expect(now()).toBe('2024-01-01T00:00:05.000Z');
  });

  it('still moves forward within one millisecond and when the clock steps back', () => {
    let t = Date.UTC(2024, 0, 1);
    const now = monotonicClock(() => t);
    const seen = [now(), now(), now()];
    t -= 60_000;
    seen.push(now());
    expect(seen).toEqual(['2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.001Z', '2024-01-01T00:00:00.002Z', '2024-01-01T00:00:00.003Z']);
  });
});
