import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import type { Speaker } from '../types.js';
import { SUGGESTION_KINDS, suggestAlternative } from './suggestAlternative.js';
import { SUGGESTION_TEMPLATES } from './suggestionTemplates.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());

/** The turn analysed after `previous` (said by the other person), and the previous turn's analysis. */
function pair(speaker: Speaker, text: string, previous: string | null, previousSpeaker: Speaker = 'client') {
  const prev = previous === null ? null : analyzer.analyze({ speaker: previousSpeaker, text: previous });
  const turn = analyzer.analyze({ speaker, text, context: previous === null ? [] : [{ speaker: previousSpeaker, text: previous }] });
  return { turn, prev };
}

const LONELY = "I feel so lonely at home since the move. Nobody even notices me.";

describe('suggestAlternative: therapist turns', () => {
  it('offers advice given as an order back as an option, after asking permission, in the same words', () => {
    const { turn, prev } = pair('therapist', 'You should join a club.', LONELY);
    const s = suggestAlternative(turn, prev);
    expect(s?.kind).toBe('ask_permission');
    expect(s?.example).toMatch(/okay|offer/i);
    expect(s?.example).toContain('join a club');
  });

  it('answers a confronting turn with a reflection of the feeling the client named', () => {
    const { turn, prev } = pair('therapist', 'You need to stop feeling sorry for yourself.', LONELY);
    const s = suggestAlternative(turn, prev);
    expect(s?.kind).toBe('reflect_feeling');
    expect(s?.example).toContain('you feel so lonely at home');
    expect(s?.example).toMatch(/\?$/); // and invites more
  });

  it('replaces giving in to a request outside the frame with a limit and an alternative that fits the request', () => {
    const { turn, prev } = pair('therapist', 'Of course, call me any time, day or night.', 'Can I text you at night when it gets bad?');
    expect(turn.stance).toBe('passive');
    const s = suggestAlternative(turn, prev);
    expect(s?.kind).toBe('limit_with_alternative');
    expect(s?.example).toBe(SUGGESTION_TEMPLATES.limit_with_alternative.byRequest.contact);
  });

  it('needs no alternative for a reply that already reflects and explores', () => {
    const { turn, prev } = pair('therapist', 'It sounds like you feel invisible even at home. What is that like for you?', LONELY);
    expect(suggestAlternative(turn, prev)).toBeNull();
  });

  it('builds the kind the caller names: an open question from a closed one, a repair for a complaint or a withdrawal', () => {
    const q = pair('therapist', 'Did you tell them?', LONELY);
    expect(suggestAlternative(q.turn, q.prev, { kind: 'open_question' })?.example).toMatch(/telling them\?$/);
    const c = pair('therapist', "Let's move on to your homework.", "This isn't helping. You don't get it at all.");
    const repair = suggestAlternative(c.turn, c.prev, { kind: 'invite_repair', rupture: 'confrontation' });
    expect(repair?.example).toContain("I don't get it at all");
    const w = pair('therapist', "Let's move on to your homework.", 'Fine.');
    expect(suggestAlternative(w.turn, w.prev, { kind: 'invite_repair' })?.example).toBe(SUGGESTION_TEMPLATES.invite_repair.withdrawal[0]);
  });

  it('always builds a named kind, with or without a previous turn', () => {
    const { turn } = pair('therapist', 'Right. Next.', null);
    for (const kind of SUGGESTION_KINDS) {
      const s = suggestAlternative(turn, null, { kind });
      expect(s?.kind).toBe(kind);
      expect(s?.advice.length).toBeGreaterThan(10);
      expect(s?.example).toMatch(/^[A-Z].*[.?!]$/);
      expect(s?.example).not.toMatch(/\{|\}/);
    }
  });

  it('is deterministic', () => {
    const { turn, prev } = pair('therapist', 'You should just get over it and call her.', LONELY);
    expect(suggestAlternative(turn, prev)).toEqual(suggestAlternative(turn, prev));
  });
});

describe('suggestAlternative: an assertiveness learner', () => {
  it('turns a you-accusation into an "I" statement about the same behaviour', () => {
    const { turn, prev } = pair('person', "You never listen to me! It's always about you.", 'Why are you upset?', 'person');
    const s = suggestAlternative(turn, prev);
    expect(s?.kind).toBe('i_statement');
    expect(s?.example).toContain("you don't listen to me");
    expect(s?.example).toMatch(/\bI feel\b/);
  });

  it('strips a hedged request down to the request', () => {
    const { turn } = pair('person', 'Sorry, I was wondering if maybe you could help me with the dishes tonight, never mind.', null);
    const s = suggestAlternative(turn, null);
    expect(s).toEqual({ kind: 'clear_request', advice: SUGGESTION_TEMPLATES.clear_request.advice, example: 'Could you help me with the dishes tonight?' });
  });

  it('answers a request it gave in to with a no and an alternative', () => {
    const { turn, prev } = pair('person', "Sure, I guess I can cover your shift again, it's no problem.", 'Could you cover my shift on Saturday?', 'person');
    expect(turn.style).toBe('passive');
    expect(suggestAlternative(turn, prev)?.kind).toBe('limit_with_alternative');
  });

  it('leaves a neutral or assertive turn alone', () => {
    const { turn } = pair('person', "I'd like us to split the chores. Could you take the dishes on weekdays?", null);
    expect(suggestAlternative(turn, null)).toBeNull();
  });
});
