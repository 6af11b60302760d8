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
    const empty = stanceFeatures('', [], [], 1024);
    expect(gated).toEqual(empty);
  });

  it('crosses what the client asked for with how the reply meets it, ignoring a general ask', () => {
    const follow = stanceFeatures('Mm.', [], ['ctx_request_contact'], 1024);
    const plain = stanceFeatures('Mm.', [], [], 1024);
    const general = stanceFeatures('Mm.', [], ['ctx_request_general'], 1024);
    expect(follow).not.toEqual(plain);
    expect(general).toEqual(plain);
  });
});
