import { describe, expect, it } from 'vitest';
import { modelLevel, modelMode } from './modelLevel.js';

describe('modelLevel', () => {
  const strong = [0.1, 0.2, 0.7];
  const none = [0.8, 0.1, 0.1];
  it('grade: the cues decide presence, the model weak vs strong', () => {
    expect(modelLevel(strong, 0, 'grade', true)).toBe(0);
    expect(modelLevel(strong, 1, 'grade', true)).toBe(2);
    expect(modelLevel(none, 2, 'grade', true)).toBe(1);
  });
  it('veto: may also drop a cue to 0, never raise from 0', () => {
    expect(modelLevel(none, 2, 'veto', true)).toBe(0);
    expect(modelLevel(strong, 0, 'veto', true)).toBe(0);
  });
  it('free: raises from 0 only where a sentence can carry the evidence', () => {
    expect(modelLevel(strong, 0, 'free', true)).toBe(2);
    expect(modelLevel(strong, 0, 'free', false)).toBe(0);
    expect(modelLevel(none, 1, 'free', false)).toBe(0);
  });
  it('reads the mode from model meta, defaulting to grade', () => {
    expect(modelMode({ mode: 'free' })).toBe('free');
    expect(modelMode({ mode: 'nonsense' })).toBe('grade');
    expect(modelMode({})).toBe('grade');
  });
});
