import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import { SUGGESTION_TEMPLATES } from '../suggest/suggestionTemplates.js';
import type { Speaker } from '../types.js';
import { HIGHLIGHTS_PER_KIND, pickHighlights } from './pickHighlights.js';
import type { ReviewTurn, Role, Rupture, SafetyFlag } from './reviewTypes.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const SPEAKER: Record<Role, Speaker> = { therapist: 'therapist', client: 'client', other: 'person' };

function reviewTurns(script: ReadonlyArray<readonly [Role, string]>): ReviewTurn[] {
  return script.map(([role, text], index) => ({
    index, speaker: role, role, text, line: index + 1,
    analysis: analyzer.analyze({ speaker: SPEAKER[role], text, context: script.slice(Math.max(0, index - 3), index).map(([r, t]) => ({ speaker: SPEAKER[r], text: t })) }),
  }));
}

const SCRIPT = [
  ['therapist', "Let's start by agreeing what we focus on today. What feels most important?"],
  ['client', 'I feel so lonely since the move. Nobody notices me.'],
  ['therapist', 'It sounds like you feel invisible even at home. What is that like for you?'], // 2: empathic
  ['client', 'It hurts. My sister never calls, and my boss, and the landlord, and my ex texted again.'],
  ['therapist', "It sounds like you feel really hurt and forgotten. I'd like us to stay with your sister for now, so we can explore it thoroughly. Is that alright?"], // 4: balanced
  ['client', 'I guess.'],
  ['therapist', 'Do you call her?'],
  ['client', 'No.'],
  ['therapist', 'Did she call at Christmas?'],
  ['client', 'No.'],
  ['therapist', 'Is she older than you?'], // 10: third closed question in a row
  ['client', "Yes. Look, this isn't helping. You don't get it."], // 11: rupture
  ['therapist', 'You need to stop feeling sorry for yourself and call her.'], // 12: aggressive, no repair
  ['client', 'Can I text you at night when it gets bad?'],
  ['therapist', 'Of course, call me any time, day or night.'], // 14: passive
] as const;

const turns = reviewTurns(SCRIPT);
const complaint = "this isn't helping";
const rupture: Rupture = {
  kind: 'confrontation', turn: 11, repaired: false, repair: null,
  cues: [{ start: SCRIPT[11][1].indexOf(complaint), end: SCRIPT[11][1].indexOf(complaint) + complaint.length, cue: 'complaint about the therapy', text: complaint }],
};

describe('pickHighlights', () => {
  const h = pickHighlights(turns, { ruptures: [rupture], focus: [], safety: [] });

  it('picks only therapist turns, at most three of each kind', () => {
    for (const list of [h.empathic, h.balanced, h.problematic]) {
      expect(list.length).toBeLessThanOrEqual(HIGHLIGHTS_PER_KIND);
      for (const x of list) expect(turns[x.turn].role).toBe('therapist');
    }
  });

  it('ranks the most empathic turn first and says why, quoting the words', () => {
    expect(h.empathic[0].turn).toBe(2);
    expect(h.empathic[0].reason).toContain('IP 2');
    expect(h.empathic[0].reason).toContain("'It sounds like you feel invisible even at home'");
    expect(h.empathic.map((x) => x.turn)).toContain(4);
  });

  it('finds the turn that is both attuned and clear and names its moves', () => {
    expect(h.balanced[0].turn).toBe(4);
    expect(h.balanced[0].reason).toMatch(/^attuned and clear: /);
    expect(h.balanced[0].reason).toMatch(/keeps a focus|gives a reason|proposes a next step/);
  });

  it('puts the aggressive reply that leaves a rupture unrepaired first, with a repair as the alternative', () => {
    const [first] = h.problematic;
    expect(first.turn).toBe(12);
    expect(first.reason).toContain('at turn 12');
    expect(first.reason).toContain('does not repair it');
    expect(first.reason).toContain('aggressive stance');
    expect(first.alternative).toContain("I don't get it");
  });

  it('flags giving in to a request outside the frame, with a limit and an alternative', () => {
    const passive = h.problematic.find((x) => x.turn === 14);
    expect(passive?.reason).toMatch(/^passive stance: gives in/);
    expect(passive?.alternative).toBe(SUGGESTION_TEMPLATES.limit_with_alternative.byRequest.contact);
  });

  it('flags a run of closed questions once, at its third question, with an open question instead', () => {
    const run = h.problematic.find((x) => x.turn === 10);
    expect(run?.reason).toBe('3 closed questions in a row (turns 7, 9 and 11)');
    expect(run?.alternative).toMatch(/^(?:What|How)\b.*\?$/);
    expect(h.problematic.some((x) => x.turn === 6 || x.turn === 8)).toBe(false);
  });

  it('gives every problematic turn an alternative and no other turn one', () => {
    for (const x of h.problematic) expect(x.alternative?.length).toBeGreaterThan(10);
    for (const x of [...h.empathic, ...h.balanced]) expect(x.alternative).toBeUndefined();
  });

  it('flags a reply that does not acknowledge a safety disclosure, unless the client denied it', () => {
    const t = reviewTurns([
      ['client', "Sometimes I think everyone would be better off if I wasn't here."],
      ['therapist', 'Okay. When is your next appointment with the GP?'],
    ]);
    const flag: SafetyFlag = { kind: 'suicide', turn: 0, cues: [{ start: 0, end: 10, cue: 'passive wish to be dead', text: 'Sometimes I' }] };
    const seen = pickHighlights(t, { ruptures: [], focus: [], safety: [flag] }).problematic;
    expect(seen[0].turn).toBe(1);
    expect(seen[0].reason).toContain('does not acknowledge what the client said about suicide at turn 1');
    expect(pickHighlights(t, { ruptures: [], focus: [], safety: [{ ...flag, denied: true }] }).problematic.some((x) => x.reason.includes('suicide'))).toBe(false);
  });

  it('returns empty lists for a session without therapist turns', () => {
    expect(pickHighlights(reviewTurns([['client', 'Hello?']]), { ruptures: [], focus: [], safety: [] })).toEqual({ empathic: [], balanced: [], problematic: [] });
  });
});
