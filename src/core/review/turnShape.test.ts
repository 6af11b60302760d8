import { describe, expect, it } from 'vitest';
import { reviewTurns } from '../../testing/reviewTurns.js';
import { isOpenInvitation, turnShape } from './turnShape.js';

describe('turnShape', () => {
  it('counts words and first- and second-person words, contractions included', () => {
    expect(turnShape("I'm sure my mum told you, and you're right: I've been hiding it from myself.")).toEqual({ words: 15, firstPerson: 4, secondPerson: 2 });
    expect(turnShape('')).toEqual({ words: 0, firstPerson: 0, secondPerson: 0 });
  });
});

describe('isOpenInvitation', () => {
  it('is true for an open question or an explicit invitation by the therapist, not a closed question or a client turn', () => {
    const turns = reviewTurns([
      ['therapist', 'What was that like for you?'],
      ['therapist', 'Tell me more about the weekend.'],
      ['therapist', 'Did you take the bus?'],
      ['client', 'What was that like for you?'],
    ]);
    expect(turns.map((t) => isOpenInvitation(t))).toEqual([true, true, false, false]);
    expect(isOpenInvitation(undefined)).toBe(false);
  });
});
