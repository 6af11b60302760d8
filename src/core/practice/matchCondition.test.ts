import { describe, expect, it } from 'vitest';
import type { UtteranceAnalysis } from '../types.js';
import { matchCondition, type ConditionContext } from './matchCondition.js';

const analysis: UtteranceAnalysis = {
  speaker: 'therapist',
  text: "It sounds lonely. Could we stay with that? Sorry.",
  style: 'assertive',
  styleScores: { passive: 0.1, assertive: 0.7, aggressive: 0, passive_aggressive: 0, neutral: 0.2 },
  markers: [{ kind: 'apology', leaning: 'passive', start: 43, end: 48, text: 'Sorry' }],
  empathy: { er: 0, ip: 2, ex: 1, rationales: [] },
  stance: 'assertive',
  stanceMarkers: [{ kind: 'focus', leaning: 'assertive', start: 18, end: 36, text: 'Could we stay with' }],
  mi: { behaviour: 'reflection', reflection: 'complex', question: null, probabilities: { reflection: 0.6, question: 0.3, therapist_input: 0.05, other: 0.05 } },
  balance: { empathy: 0.75, assertiveness: 0.6, quadrant: 'attuned_and_clear', label: 'attuned and clear', offBalance: null },
  notes: [],
};
const ctx: ConditionContext = { analysis, state: { rapport: 40, focus: 70 }, turn: 3, fired: new Set(['sets-focus']) };
const holds = (c: Parameters<typeof matchCondition>[0]) => matchCondition(c, ctx);

describe('matchCondition', () => {
  it('holds when empty', () => {
    expect(holds(undefined)).toBe(true);
    expect(holds({})).toBe(true);
  });
  it('reads empathy levels and their total', () => {
    expect(holds({ empathy: { ip: 2, ex: '>= 1' } })).toBe(true);
    expect(holds({ empathy: { total: '>= 4' } })).toBe(false);
    expect(holds({ empathy: { er: '>= 1' } })).toBe(false);
  });
  it('reads style, stance, counselling behaviour, quadrant and balance', () => {
    expect(holds({ style: ['passive', 'assertive'], stance: 'assertive', mi: { behaviour: 'reflection', reflection: 'complex' } })).toBe(true);
    expect(holds({ mi: { question: 'open' } })).toBe(false);
    expect(holds({ quadrant: 'attuned_and_clear', off_balance: 'none', balance: { empathy: '> 0.5', assertiveness: '> 0' } })).toBe(true);
    expect(holds({ off_balance: ['aggressive', 'passive'] })).toBe(false);
  });
  it('reads style and stance markers together', () => {
    expect(holds({ markers: { any: ['focus', 'agenda'] } })).toBe(true);
    expect(holds({ markers: { all: ['focus', 'apology'] } })).toBe(true);
    expect(holds({ markers: { all: ['focus', 'agenda'] } })).toBe(false);
    expect(holds({ markers: { none: ['apology'] } })).toBe(false);
  });
  it('reads state, turn and fired rules', () => {
    expect(holds({ state: { rapport: '< 50', focus: '>= 70' }, turn: 3, fired: ['other', 'sets-focus'] })).toBe(true);
    expect(holds({ state: { trust: 0 } })).toBe(false);
    expect(holds({ fired: 'other' })).toBe(false);
  });
  it('combines with all, any and not', () => {
    expect(holds({ any: [{ style: 'aggressive' }, { stance: 'assertive' }] })).toBe(true);
    expect(holds({ all: [{ markers: { any: ['focus'] } }, { markers: { any: ['apology'] } }] })).toBe(true);
    expect(holds({ not: { style: 'assertive' } })).toBe(false);
  });
  it('treats therapist-only fields as not holding for a reply without them', () => {
    const person = { ...ctx, analysis: { ...analysis, speaker: 'person' as const, stance: undefined, stanceMarkers: undefined, mi: undefined } };
    expect(matchCondition({ stance: 'none' }, person)).toBe(false);
    expect(matchCondition({ mi: { behaviour: 'other' } }, person)).toBe(false);
  });
});
