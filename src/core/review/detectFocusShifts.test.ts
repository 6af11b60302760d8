import { describe, expect, it } from 'vitest';
import { bestTime, repeatTurns, reviewResources, reviewTurns } from '../../testing/reviewTurns.js';
import { detectFocusShifts } from './detectFocusShifts.js';
import type { Role } from './reviewTypes.js';

const resources = reviewResources();
const shiftsOf = (pairs: ReadonlyArray<readonly [Role, string]>) => detectFocusShifts(reviewTurns(pairs), resources);

describe('detectFocusShifts', () => {
  it.each([
    ['Are you okay? You look really tired today.'],
    ["Sorry for dumping all this on you, you must hear it all day."],
    ["I hope I'm not boring you with all of this."],
    ["Don't worry about me, I'll be fine. How was your holiday?"],
  ])('reads client caretaking in "%s"', (text) => {
    const s = shiftsOf([
      ['therapist', 'What happened after the phone call?'],
      ['client', text],
    ]);
    expect(s.map((x) => [x.kind, x.turn])).toEqual([['client_caretaking', 1]]);
    for (const c of s[0].cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('does not read ordinary talk about other people as caretaking', () => {
    expect(
      shiftsOf([
        ['therapist', 'How are things with your mum?'],
        ['client', "I don't want to upset my mum, so I asked her if she was okay with me moving out."],
      ]),
    ).toEqual([]);
  });

  it('sees the therapist bring the focus back, or not', () => {
    const back = shiftsOf([
      ['client', 'Are you okay? You look tired.'],
      ['therapist', "That's kind of you to notice. I'd like to get back to you, though. What happened on Sunday?"],
    ]);
    expect(back[0]).toMatchObject({ kind: 'client_caretaking', refocused: true, refocusTurn: 1 });
    const along = shiftsOf([
      ['client', 'Are you okay? You look tired.'],
      ['therapist', "Oh, it's been a rough week for me, my mum's been in hospital and I've barely slept."],
      ['client', "Oh no, I'm so sorry. Is she going to be alright?"],
      ['therapist', 'We think so. She had a fall, and they kept her in for tests.'],
    ]);
    expect(along.find((x) => x.kind === 'client_caretaking')).toMatchObject({ turn: 0, refocused: false, refocusTurn: null });
    expect(along.find((x) => x.kind === 'therapist_self_disclosure')).toMatchObject({ turn: 1, refocused: false });
  });

  it('reads a long first-person story by the therapist as self-disclosure, and a refocus in the same turn', () => {
    const story =
      'I remember something like that from years ago. I was working two jobs and I was so tired that I stopped seeing anyone, and I told myself it was fine. ' +
      'My friends kept calling and I kept making excuses, and honestly I think I was scared of what they would say if they saw how I was living. ' +
      'It took me a long time to get out of it.';
    const alone = shiftsOf([
      ['client', "I haven't seen my friends in months."],
      ['therapist', story],
    ]);
    expect(alone).toHaveLength(1);
    expect(alone[0]).toMatchObject({ kind: 'therapist_self_disclosure', turn: 1, refocused: false });
    const withReturn = shiftsOf([
      ['client', "I haven't seen my friends in months."],
      ['therapist', `${story} But this time is for you. What keeps you from calling them?`],
    ]);
    expect(withReturn[0]).toMatchObject({ kind: 'therapist_self_disclosure', refocused: true, refocusTurn: 1 });
  });

  it("does not read the client's view voiced by the therapist as self-disclosure", () => {
    expect(
      shiftsOf([
        ['client', 'I know I should change things, but it all feels like too much.'],
        ['therapist', "It sounds like part of you thinks, I don't want to make all these changes in my life right now."],
      ]),
    ).toEqual([]);
  });

  it('does not read a long turn about the client as self-disclosure', () => {
    expect(
      shiftsOf([
        ['client', 'I keep letting everyone down.'],
        [
          'therapist',
          "It sounds like you've been holding yourself to a standard you would never hold anyone else to. You've kept the house going, you've looked after your dad, " +
            "and you've still turned up here every week. I wonder what it would be like for you to notice some of that, rather than only what you haven't done. What do you make of that?",
        ],
      ]),
    ).toEqual([]);
  });

  it('is linear: a 600-turn session takes a few milliseconds', () => {
    const base = reviewTurns([
      ['client', 'Are you okay? You look tired.'],
      ['therapist', 'When I went through my divorce, I felt the same. Anyway, what happened next?'],
    ]);
    const turns600 = repeatTurns(base, 600);
    const s = detectFocusShifts(turns600, resources);
    // Fresh turn objects each run, so nothing is reused from the run before.
    expect(bestTime(() => detectFocusShifts(repeatTurns(base, 600), resources))).toBeLessThan(100);
    expect(s.length).toBe(600);
  });
});
