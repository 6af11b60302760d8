import { describe, expect, it } from 'vitest';
import type { Marker } from '../types.js';
import { stanceFeatures } from './stanceFeatures.js';

const agree: Marker = { kind: 'acquiescence', leaning: 'none', start: 0, end: 4, text: 'Sure' };

describe('stanceFeatures', () => {
  it('is deterministic', () => {
    const a = stanceFeatures("Let's focus on one thing.", [], ['ctx_request_time'], 1024);
    const b = stanceFeatures("Let's focus on one thing.", [], ['ctx_request_time'], 1024);
    expect(a).toEqual(b);
  });

  it('leaves the words of a context-gated agreement out, so "Sure" alone carries no stance', () => {
    const gated = stanceFeatures('Sure.', [agree], [], 1024);
    const filler = stanceFeatures('Mm.', [], [], 1024);
    const word = stanceFeatures('Stop.', [], [], 1024);
    expect(gated).toEqual(filler);
    expect(word).not.toEqual(filler);
  });

  it('leaves discourse fillers out of the words: register is no stance', () => {
    expect(stanceFeatures('Well, um, tell me more.', [], [], 1 << 14)).toEqual(stanceFeatures('Tell me more.', [], [], 1 << 14));
  });

  it('crosses whether the client asked or told with the shape of the reply', () => {
    const q = 'Do you?';
    const afterAccount = stanceFeatures(q, [], [], 1 << 14, { client: 'I went to the gym twice.' });
    const afterAsk = stanceFeatures(q, [], [], 1 << 14, { client: 'Do you go to the gym?' });
    const none = stanceFeatures(q, [], [], 1 << 14);
    expect(afterAccount).not.toEqual(afterAsk);
    expect(afterAccount).not.toEqual(none);
  });

  it('scales the lexical part by lexicalScale only', () => {
    const a = stanceFeatures('Try the diary.', [], [], 1 << 14, { lexicalScale: 1 });
    const b = stanceFeatures('Try the diary.', [], [], 1 << 14, { lexicalScale: 0.5 });
    expect(a.indices).toEqual(b.indices);
    const ratios = a.values.map((v, i) => b.values[i] / v);
    expect(ratios.some((r) => Math.abs(r - 0.5) < 1e-9)).toBe(true);
    expect(ratios.some((r) => Math.abs(r - 1) < 1e-9)).toBe(true);
  });

  it('crosses what the client asked for with how the reply meets it, ignoring a general ask', () => {
    const follow = stanceFeatures('Mm.', [], ['ctx_request_contact'], 1024);
    const plain = stanceFeatures('Mm.', [], [], 1024);
    const general = stanceFeatures('Mm.', [], ['ctx_request_general'], 1024);
    expect(follow).not.toEqual(plain);
    expect(general).toEqual(plain);
  });
});
