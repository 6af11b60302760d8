import { describe, expect, it } from 'vitest';
import type { Marker } from '../types.js';
import { constrainStance, UNMARKED_NONE_ODDS } from './constrainStance.js';

const marker = (kind: string, leaning: Marker['leaning']): Marker => ({ kind, leaning, start: 0, end: 1, text: 'x' });
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const p = { none: 0.2, assertive: 0.1, aggressive: 0.1, passive: 0.6 };

describe('constrainStance', () => {
  it('gives the passive share back when nothing made a limit necessary', () => {
    const r = constrainStance(p, [marker('focus', 'assertive')], []);
    expect(r.passive).toBe(0);
    expect(r.none / r.assertive).toBeCloseTo(2, 6);
    expect(sum(r)).toBeCloseTo(1, 9);
  });

  it('keeps passive when the reply gives in or the client asked for something the frame limits', () => {
    expect(constrainStance(p, [marker('abandon_frame', 'passive')], []).passive).toBeCloseTo(0.6, 9);
    expect(constrainStance(p, [marker('focus', 'assertive')], ['ctx_request_contact']).passive).toBeCloseTo(0.6, 9);
    expect(constrainStance(p, [marker('focus', 'assertive')], ['ctx_request_general', 'ctx_request_advice']).passive).toBe(0);
  });

  it('raises the odds of none for a reply without any directive cue', () => {
    const r = constrainStance({ none: 0.3, assertive: 0.3, aggressive: 0.2, passive: 0.2 }, [marker('agreement', 'none')], ['ctx_request_fee']);
    expect(r.none / r.assertive).toBeCloseTo(UNMARKED_NONE_ODDS, 6);
    expect(sum(r)).toBeCloseTo(1, 9);
  });

  it('softens or switches off each constraint as a trained model asks', () => {
    const soft = constrainStance(p, [marker('focus', 'assertive')], [], { passiveWithoutNeed: 0.5 });
    expect(soft.passive / soft.none).toBeCloseTo(1.5, 6);
    expect(constrainStance(p, [marker('focus', 'assertive')], [], { passiveWithoutNeed: 1 }).passive).toBeCloseTo(0.6, 9);
    const even = constrainStance({ none: 0.3, assertive: 0.3, aggressive: 0.2, passive: 0.2 }, [], ['ctx_request_fee'], { unmarkedNoneOdds: 1 });
    expect(even.none / even.assertive).toBeCloseTo(1, 6);
  });

  it('falls back to none when nothing is left', () => {
    expect(constrainStance({ none: 0, assertive: 0, aggressive: 0, passive: 1 }, [], [])).toEqual({ none: 1, assertive: 0, aggressive: 0, passive: 0 });
  });
});
