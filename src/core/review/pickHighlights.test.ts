import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import { readingProblems } from '../suggest/readingProblems.js';
import type { Speaker } from '../types.js';
import { HIGHLIGHTS_PER_KIND, pickHighlights } from './pickHighlights.js';
import type { ReviewTurn, Role, Rupture, SafetyFlag } from './reviewTypes.js';

const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const templates = resources.suggestions!;
const none = { ruptures: [], focus: [], safety: [] };
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
  const h = pickHighlights(turns, { ruptures: [rupture], focus: [], safety: [] }, resources);

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
    expect(Object.values(templates.kinds.invite_repair.situations.confrontation.variants).flat()).toContain(first.alternative);
  });

  it('flags giving in to a request outside the frame, with a limit and an alternative', () => {
    const passive = h.problematic.find((x) => x.turn === 14);
    expect(passive?.reason).toMatch(/^passive stance: gives in/);
    expect(templates.kinds.limit_with_alternative.situations.contact.variants.plain).toContain(passive?.alternative);
  });

  it('flags a run of closed questions once, at its third question, with an open question instead', () => {
    const run = h.problematic.find((x) => x.turn === 10);
    expect(run?.reason).toBe('3 closed questions in a row (turns 7, 9 and 11)');
    expect(run?.alternative).toMatch(/^(?:What|How)\b.*\?$/);
    expect(h.problematic.some((x) => x.turn === 6 || x.turn === 8)).toBe(false);
  });

  it('gives every problematic turn a different, grammatical alternative and no other turn one', () => {
    for (const x of h.problematic) expect(readingProblems(x.alternative ?? ''), x.alternative).toEqual([]);
    expect(new Set(h.problematic.map((x) => x.alternative)).size).toBe(h.problematic.length);
    for (const x of [...h.empathic, ...h.balanced]) expect(x.alternative).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(pickHighlights(turns, { ruptures: [rupture], focus: [], safety: [] }, resources)).toEqual(h);
  });

  it('gives no alternative without the suggestion wording, and flags the same turns', () => {
    const bare = pickHighlights(turns, { ruptures: [rupture], focus: [], safety: [] });
    expect(bare.problematic.map((x) => [x.turn, x.reason])).toEqual(h.problematic.map((x) => [x.turn, x.reason]));
    for (const x of bare.problematic) expect(x.alternative).toBeUndefined();
  });

  it('flags a reply that does not acknowledge a safety disclosure, unless the client denied it', () => {
    const t = reviewTurns([
      ['client', "Sometimes I think everyone would be better off if I wasn't here."],
      ['therapist', 'Okay. When is your next appointment with the GP?'],
    ]);
    const flag: SafetyFlag = { kind: 'suicide', turn: 0, cues: [{ start: 0, end: 10, cue: 'passive wish to be dead', text: 'Sometimes I' }] };
    const seen = pickHighlights(t, { ruptures: [], focus: [], safety: [flag] }, resources).problematic;
    expect(seen[0].turn).toBe(1);
    expect(seen[0].reason).toContain('does not acknowledge what the client said about suicide at turn 1');
    expect(pickHighlights(t, { ruptures: [], focus: [], safety: [{ ...flag, denied: true }] }, resources).problematic.some((x) => x.reason.includes('suicide'))).toBe(false);
  });

  it('needs real evidence: a reply that quotes the client, or a courtesy shaped like an order, is not problematic', () => {
    const good = reviewTurns([
      ['therapist', 'What was the week like for you?'],
      ['client', "Yeah. I mean, it's not a big deal. Other people have it way worse."],
      ['therapist', "You're quick to say it's not a big deal, and at the same time it sounds like those quiet evenings weigh on you more than you let on."],
      ['client', "Yeah. Can I say something? It's a bit heavy."],
      ['therapist', 'Of course. Take your time.'],
      ['client', 'Some nights I feel so alone.'],
      ['therapist', 'Go ahead and tell me more about those nights.'],
    ]);
    const p = pickHighlights(good, none, resources).problematic;
    expect(p.map((x) => x.turn)).not.toContain(2);
    expect(p.map((x) => x.turn)).not.toContain(4);
    expect(p.map((x) => x.turn)).not.toContain(6);
    expect(p).toEqual([]); // fewer than three: the list is not padded
  });

  it('still flags the same words when the therapist says them as their own', () => {
    const t = reviewTurns([
      ['client', 'I keep thinking about how it ended with my dad.'],
      ['therapist', "Honestly, it's not a big deal. You need to stop dwelling on it and move on."],
    ]);
    const p = pickHighlights(t, none, resources).problematic;
    expect(p.map((x) => x.turn)).toEqual([1]);
    expect(p[0].reason).toMatch(/^aggressive stance: /);
    expect(readingProblems(p[0].alternative ?? '')).toEqual([]);
  });

  it('returns empty lists for a session without therapist turns', () => {
    expect(pickHighlights(reviewTurns([['client', 'Hello?']]), none, resources)).toEqual({ empathic: [], balanced: [], problematic: [] });
  });
});
