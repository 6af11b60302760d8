import { describe, expect, it } from 'vitest';
import { reviewResources, reviewTurns } from '../../testing/reviewTurns.js';
import { addCue, cueOf, reviewLexicon, turnMatches, type ReviewCue } from './reviewLexicon.js';

const resources = reviewResources();

describe('reviewLexicon', () => {
  it('returns a shipped lexicon and throws, naming the file, when one is missing', () => {
    expect(reviewLexicon(resources, 'alliance-cues').name).toBe('alliance-cues');
    expect(() => reviewLexicon(resources, 'no-such-cues')).toThrow(/data\/lexicons\/no-such-cues\.json/);
  });
});

describe('turnMatches', () => {
  it('matches a turn once per lexicon and matches again when its text changed', () => {
    const lexicon = reviewLexicon(resources, 'alliance-cues');
    const [turn] = reviewTurns([['client', "This isn't helping."]]);
    const first = turnMatches(lexicon, turn);
    expect(first.map((m) => m.entry.kind)).toEqual(['complaint_therapy']);
    expect(turnMatches(lexicon, turn)).toBe(first);
    const edited = Object.assign(turn, { text: 'Sorry for dumping all this on you.' });
    expect(turnMatches(lexicon, edited).map((m) => m.entry.kind)).toEqual(['care_burden']);
  });
});

describe('addCue', () => {
  it('keeps the first cue found for a place and adds cues elsewhere', () => {
    const text = "You don't get it, and this isn't helping.";
    const cues: ReviewCue[] = [];
    addCue(cues, cueOf(text, { start: 0, end: 16 }, 'complaint about the therapist'));
    addCue(cues, cueOf(text, { start: 4, end: 10 }, 'blames the therapist'));
    addCue(cues, cueOf(text, { start: 22, end: 40 }, 'complaint about the therapy'));
    expect(cues.map((c) => [c.cue, c.text])).toEqual([
      ['complaint about the therapist', "You don't get it"],
      ['complaint about the therapy', "this isn't helping"],
    ]);
  });
});
