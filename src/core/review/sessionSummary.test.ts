import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import { QUADRANTS, STANCES, STYLES, CLIENT_TALK, type Speaker } from '../types.js';
import type { ReviewTurn, Role } from './reviewTypes.js';
import { sessionSummary } from './sessionSummary.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const SPEAKER: Record<Role, Speaker> = { therapist: 'therapist', client: 'client', other: 'person' };

function reviewTurns(script: ReadonlyArray<readonly [Role, string, number?]>): ReviewTurn[] {
  return script.map(([role, text, start], index) => ({
    index, speaker: role, role, text, line: index + 1,
    ...(start !== undefined ? { start, end: start + 5 } : {}),
    analysis: analyzer.analyze({ speaker: SPEAKER[role], text, context: script.slice(Math.max(0, index - 3), index).map(([r, t]) => ({ speaker: SPEAKER[r], text: t })) }),
  }));
}

const SCRIPT = [
  ['therapist', 'What brings you in today?', 0],
  ['client', 'I feel so lonely since the move. Nobody notices me.', 6],
  ['therapist', 'It sounds like you feel invisible even at home.', 20],
  ['client', 'Yeah.', 31],
  ['other', 'She has been crying a lot.', 40],
  ['therapist', 'You need to stop feeling sorry for yourself.', 52],
  ['client', 'Fine, whatever.', 60],
] as const;

const sumOf = (r: Record<string, number>) => Object.values(r).reduce((s, x) => s + x, 0);

describe('sessionSummary', () => {
  const turns = reviewTurns(SCRIPT);
  const s = sessionSummary(turns);
  const therapist = turns.filter((t) => t.role === 'therapist');

  it('counts turns by role and times the session from the first start to the last end', () => {
    expect([s.turns, s.therapistTurns, s.clientTurns]).toEqual([7, 3, 3]);
    expect(s.durationSeconds).toBe(65);
    expect(sessionSummary(reviewTurns(SCRIPT.map(([r, t]) => [r, t] as const))).durationSeconds).toBeNull();
  });

  it('gives shares that cover every label and sum to one', () => {
    expect(Object.keys(s.stanceShares).sort()).toEqual([...STANCES].sort());
    expect(Object.keys(s.quadrantShares).sort()).toEqual([...QUADRANTS].sort());
    expect(Object.keys(s.clientStyleShares).sort()).toEqual([...STYLES].sort());
    expect(Object.keys(s.clientTalkShares).sort()).toEqual([...CLIENT_TALK].sort());
    for (const shares of [s.stanceShares, s.quadrantShares, s.clientStyleShares, s.clientTalkShares]) expect(sumOf(shares)).toBeCloseTo(1, 2);
    expect(s.stanceShares.aggressive).toBeCloseTo(therapist.filter((t) => t.analysis.stance === 'aggressive').length / 3, 3);
    expect(s.stanceShares.aggressive).toBeGreaterThan(0); // "you need to stop feeling sorry for yourself"
  });

  it('averages the therapist turns\' EPITOME levels', () => {
    const mean = (k: 'er' | 'ip' | 'ex') => therapist.reduce((x, t) => x + t.analysis.empathy[k], 0) / 3;
    expect(s.empathy.ip).toBeCloseTo(mean('ip'), 3);
    expect(s.empathy.mean).toBeCloseTo((mean('er') + mean('ip') + mean('ex')) / 3, 3);
    expect(s.empathy.ip).toBeGreaterThan(0);
  });

  it('gives the therapist\'s share of the words and repeats the MITI scores at the top', () => {
    // therapist words: 5 + 9 + 8 = 22; everyone: 22 + 10 + 1 + 6 + 2 = 41
    expect(s.therapistTalkShare).toBeCloseTo(22 / 41, 3);
    expect(s.reflectionToQuestion).toBe(s.miti.reflectionToQuestion);
    expect(s.percentComplexReflections).toBe(s.miti.percentComplexReflections);
    expect(s.percentOpenQuestions).toBe(s.miti.percentOpenQuestions);
    expect(s.miti.counts.question + s.miti.counts.reflection + s.miti.counts.therapist_input + s.miti.counts.other).toBe(3);
  });

  it('reports an empty session with zero shares and null scores', () => {
    const empty = sessionSummary([]);
    expect(empty.therapistTalkShare).toBeNull();
    expect(sumOf(empty.stanceShares)).toBe(0);
    expect(empty.empathy).toEqual({ er: 0, ip: 0, ex: 0, mean: 0 });
  });
});
