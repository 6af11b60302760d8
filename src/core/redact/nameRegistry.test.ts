import { describe, expect, it } from 'vitest';
import { createNameRegistry } from './nameRegistry.js';

describe('createNameRegistry', () => {
  it('joins a full name with its first name or surname, in either order of sight', () => {
    const r = createNameRegistry();
    expect(r.placeholderFor(['maria', 'lopez'])).toBe('[NAME_1]');
    expect(r.placeholderFor(['maria'])).toBe('[NAME_1]');
    expect(r.placeholderFor(['lopez'])).toBe('[NAME_1]');
    expect(r.placeholderFor(['kevin'])).toBe('[NAME_2]');
    expect(r.placeholderFor(['kevin', 'hughes'])).toBe('[NAME_2]');
    expect(r.placeholderFor(['hughes'])).toBe('[NAME_2]');
  });

  it('keeps apart two people who share a first name or a surname', () => {
    const r = createNameRegistry();
    expect(r.placeholderFor(['maria', 'lopez'])).toBe('[NAME_1]');
    expect(r.placeholderFor(['maria', 'garcia'])).toBe('[NAME_2]');
    expect(r.placeholderFor(['john', 'lopez'])).toBe('[NAME_3]');
    // The first one seen keeps the shared word.
    expect(r.placeholderFor(['maria'])).toBe('[NAME_1]');
    expect(r.placeholderFor(['garcia'])).toBe('[NAME_2]');
  });

  it('makes a fresh person on request, and tells a matcher when its keys changed', () => {
    const r = createNameRegistry();
    const v0 = r.version();
    r.placeholderFor(['lee']);
    expect(r.version()).toBeGreaterThan(v0);
    const v1 = r.version();
    r.placeholderFor(['lee']);
    expect(r.version()).toBe(v1);
    expect(r.placeholderFor(['lee'], true)).toBe('[NAME_2]');
    expect(r.keys()).toEqual(['lee']);
  });
});
