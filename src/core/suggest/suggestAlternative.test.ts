import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import type { Speaker } from '../types.js';
import { readingProblems } from './readingProblems.js';
import { createSuggester, SUGGESTION_KINDS, suggestAlternative, type SuggestOptions } from './suggestAlternative.js';

const resources = loadResourcesOrThrow();
const templates = resources.suggestions!;
const analyzer = createAnalyzer(resources);

/** The turn analysed after `previous` (said by the other person), and the previous turn's analysis. */
function pair(speaker: Speaker, text: string, previous: string | null, previousSpeaker: Speaker = 'client') {
  const prev = previous === null ? null : analyzer.analyze({ speaker: previousSpeaker, text: previous });
  const turn = analyzer.analyze({ speaker, text, context: previous === null ? [] : [{ speaker: previousSpeaker, text: previous }] });
  return { turn, prev };
}
const suggest = (speaker: Speaker, text: string, previous: string | null, options: Omit<SuggestOptions, 'templates'> = {}, previousSpeaker: Speaker = 'client') => {
  const { turn, prev } = pair(speaker, text, previous, previousSpeaker);
  const s = suggestAlternative(turn, prev, { templates, ...options });
  if (s) expect(readingProblems(s.example), s.example).toEqual([]);
  return s;
};
const variantsOf = (kind: (typeof SUGGESTION_KINDS)[number], situation: string) => Object.values(templates.kinds[kind].situations[situation].variants).flat();

const LONELY = 'I feel so lonely at home since the move. Nobody even notices me.';

describe('suggestAlternative: the fragments it used to build', () => {
  it('"Of course. Take your time." is never turned into advice to "take your time"', () => {
    const s = suggest('therapist', 'Of course. Take your time.', "Yeah. Can I say something? It's a bit heavy.", { kind: 'ask_permission' });
    expect(s?.example).not.toMatch(/take your time/i);
    expect(variantsOf('ask_permission', 'advice')).toContain(s?.example);
  });

  it('does not slice "you could actually take" out of a warm reflection', () => {
    const s = suggest('therapist', 'It sounds like a concrete step you could actually take, and it came from you.', 'Maybe message one person a week?', { kind: 'ask_permission' });
    expect(s?.example).not.toMatch(/actually|, if it fits/i);
  });

  it('does not echo a bare statement ("So you like beer. Tell me more.")', () => {
    const s = suggest('therapist', 'And what worries you about your drinking?', 'Well, I-I like beer. I like the way it tastes.', { kind: 'reflect_feeling' });
    expect(s?.example).not.toMatch(/like beer/i);
    expect(variantsOf('reflect_feeling', 'default')).toContain(s?.example);
  });

  it('builds an I statement from the accusation, not from "Are you serious?"', () => {
    const s = suggest('person', 'Are you serious? You always dump this stuff on me and I am sick of it!', 'Can you finish the report tonight?', {}, 'person');
    expect(s?.kind).toBe('i_statement');
    expect(s?.example).not.toMatch(/you serious/i);
    expect(s?.example).toMatch(/\byou dump this stuff on me\b/);
    expect(s?.example).not.toMatch(/always/);
  });
});

describe('suggestAlternative: therapist turns', () => {
  it('offers advice given as an order back as an option, after asking permission, in the same words', () => {
    const s = suggest('therapist', 'You should join a walking group.', LONELY);
    expect(s?.kind).toBe('ask_permission');
    expect(s?.example).toContain('join a walking group');
    expect(s?.example).not.toMatch(/should/);
    expect(s?.example).toMatch(/\?$/); // handed back as a question
  });

  it('answers a confronting turn with a reflection of the feeling the client named, from the list of feelings', () => {
    const s = suggest('therapist', 'You need to stop feeling sorry for yourself.', LONELY);
    expect(s?.kind).toBe('reflect_feeling');
    expect(s?.situation).toBe('after_aggression');
    expect(s?.example).toMatch(/\blonely\b/);
    expect(s?.example).toMatch(/\?$/); // and invites more
  });

  it('reflects a feeling the reply moved past', () => {
    const s = suggest('therapist', 'When is your next appointment?', "I'm so overwhelmed with work that I can't sleep.");
    expect(s).toMatchObject({ kind: 'reflect_feeling', situation: 'missed_feeling' });
    expect(s?.example).toMatch(/overwhelmed/);
  });

  it('replaces giving in to a request outside the frame with a limit and an alternative that fits the request', () => {
    const s = suggest('therapist', 'Of course, call me any time, day or night.', 'Can I text you at night when it gets bad?');
    expect(s).toMatchObject({ kind: 'limit_with_alternative', situation: 'contact' });
    expect(variantsOf('limit_with_alternative', 'contact')).toContain(s?.example);
  });

  it('asks an open question about the closed question\'s own subject', () => {
    const s = suggest('therapist', 'Do you have any concerns at all about your alcohol use?', 'I drink maybe seven or eight on a night out.', { kind: 'open_question' });
    expect(s?.example).toMatch(/about your alcohol use\?$|with your alcohol use yourself\?$/);
  });

  it('invites repair without reusing a complaint or a feeling that may be about something else', () => {
    const s = suggest('therapist', 'Mm. What do you think?', "This is a waste of time. I'm worried about my job.", { kind: 'invite_repair', rupture: 'confrontation' });
    expect(variantsOf('invite_repair', 'confrontation')).toContain(s?.example);
    expect(suggest('therapist', 'Okay.', 'Whatever.', { kind: 'invite_repair' })?.situation).toBe('withdrawal');
  });

  it('needs no alternative for a reflective, empathic turn', () => {
    expect(suggest('therapist', 'It sounds like you feel invisible even at home. What is that like for you?', LONELY)).toBeNull();
  });
});

describe('suggestAlternative: learners and clients', () => {
  it('turns an accusation into an I statement with the speaker\'s own feeling when they named one', () => {
    const s = suggest('person', "You never listen to me! I'm so frustrated.", null);
    expect(s?.kind).toBe('i_statement');
    expect(s?.example).toMatch(/you don't listen to me/);
    expect(s?.example).toMatch(/\bfrustrated\b/);
  });

  it('says a hedged request plainly, keeping what was asked for', () => {
    const s = suggest('person', 'Sorry, I was just wondering if maybe you could possibly help with the dishes tonight, but never mind.', null, { kind: 'clear_request' });
    expect(s?.example).toMatch(/help with the dishes tonight/);
    expect(s?.example).not.toMatch(/sorry|maybe|never mind/i);
  });

  it('answers a request with a clear no and an alternative when the learner gave in', () => {
    const s = suggest('person', "Um, I guess I could, if it's really needed, sorry.", 'Could you take on the Patel audit this week?', {}, 'person');
    expect(s).toMatchObject({ kind: 'limit_with_alternative', situation: 'learner' });
  });
});

describe('suggestAlternative: wording', () => {
  it('is deterministic: the same turn always gets the same words', () => {
    const a = suggest('therapist', 'You need to stop feeling sorry for yourself.', LONELY);
    const b = suggest('therapist', 'You need to stop feeling sorry for yourself.', LONELY);
    expect(a).toEqual(b);
  });

  it('varies the wording across turns of one kind', () => {
    const seen = new Set(['Did you call her?', 'Is she older?', 'Did she visit?', 'Are you working?', 'Do you drink?', 'Was it hard?'].map((q) => suggest('therapist', q, 'No.', { kind: 'open_question' })?.example));
    expect(seen.size).toBeGreaterThan(1);
  });

  it('takes another variant when the first is already used', () => {
    const first = suggest('therapist', 'Is she older?', 'No.', { kind: 'open_question' })!.example;
    const second = suggest('therapist', 'Is she older?', 'No.', { kind: 'open_question', avoid: new Set([first]) })!.example;
    expect(second).not.toBe(first);
  });

  it('offers nothing without templates, and binds them for the practice engine', () => {
    const { turn, prev } = pair('therapist', 'You should join a walking group.', LONELY);
    expect(suggestAlternative(turn, prev)).toBeNull();
    expect(createSuggester(templates)(turn, prev)?.kind).toBe('ask_permission');
  });

  it('builds every kind with a grammatical example, whatever the turn', () => {
    const texts: Array<[string, string]> = [
      ['Okay.', 'Yeah.'],
      ['Right, so, um, you-you need to, like, just try it.', 'I-I don\'t- I don\'t know, it\'s-it\'s hard, you know?'],
      ['You should take your medicine every day.', 'My doctor said my numbers are high. I\'m scared.'],
      ['Do you think you could go two months without drinking?', 'I have about four cups a day.'],
    ];
    for (const kind of SUGGESTION_KINDS) for (const [t, p] of texts) expect(suggest('therapist', t, p, { kind })?.kind).toBe(kind);
  });
});

describe('suggestAlternative: courtesies', () => {
  it('needs no alternative for "Of course. Take your time." when nothing else is wrong', () => {
    const s = suggest('therapist', 'Of course. Take your time.', 'Some nights are hard.');
    expect(s?.situation).not.toBe('after_aggression');
  });
});
