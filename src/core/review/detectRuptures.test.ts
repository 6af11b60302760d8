import { describe, expect, it } from 'vitest';
import { bestTime, repeatTurns, reviewResources, reviewTurns } from '../../testing/reviewTurns.js';
import { detectRuptures } from './detectRuptures.js';
import type { Role } from './reviewTypes.js';

const resources = reviewResources();
const rupturesOf = (pairs: ReadonlyArray<readonly [Role, string]>) => detectRuptures(reviewTurns(pairs), resources);

describe('detectRuptures', () => {
  it('reads a minimal answer as withdrawal only after an open invitation', () => {
    const r = rupturesOf([
      ['therapist', 'What was it like for you when she moved out?'],
      ['client', 'Fine.'],
      ['therapist', 'Did you get the bus here today?'],
      ['client', 'Fine.'],
    ]);
    expect(r.map((x) => [x.kind, x.turn])).toEqual([['withdrawal', 1]]);
    expect(r[0].cues[0]).toMatchObject({ cue: 'minimal answer', text: 'Fine.', start: 0 });
  });

  it('reads "I don\'t know" as withdrawal when it comes again in short turns, not the first time', () => {
    const r = rupturesOf([
      ['therapist', "You've mentioned your dad a few times today."],
      ['client', "I don't know, I guess."],
      ['therapist', 'It seems like he is on your mind.'],
      ['client', "Dunno. Maybe."],
      ['therapist', "I don't know how to put it, but I wonder if he's a big part of this."],
      ['client', "I don't know why, but since he got ill I've stopped sleeping, and I keep going over the last time we spoke on the phone."],
    ]);
    expect(r.map((x) => [x.kind, x.turn])).toEqual([['withdrawal', 3]]);
  });

  it.each([
    ["Can we talk about something else? My sister's wedding is coming up."],
    ["I'd rather not go into that today."],
    ["You're the expert, I'll do whatever you say."],
    ['Fine, whatever. It is what it is.'],
  ])('reads withdrawal in "%s"', (text) => {
    const r = rupturesOf([
      ['therapist', 'It sounds like that evening really hurt, and you were left on your own with it.'],
      ['client', text],
    ]);
    expect(r.map((x) => x.kind)).toEqual(['withdrawal']);
  });

  it('reads a denial or an abrupt change of topic as withdrawal only after the therapist explored feelings', () => {
    const explored = rupturesOf([
      ['therapist', "You sound angry with him, and hurt that he didn't come."],
      ['client', "I'm not angry. Anyway, did you see the match on Saturday?"],
    ]);
    expect(explored).toHaveLength(1);
    expect(explored[0].cues.map((c) => c.cue)).toEqual(['denies the feeling named']);
    const plain = rupturesOf([
      ['therapist', 'Shall we book the next session for Thursday?'],
      ['client', "I'm not angry about the date. Anyway, Thursday works."],
    ]);
    expect(plain).toEqual([]);
  });

  it.each([
    ["Honestly, this isn't helping. I've been coming here for months."],
    ["You don't get it. You just sit there and nod."],
    ["I've already tried all that, it's pointless."],
    ['Just tell me what to do.'],
    ["I feel like you're judging me every time I say something."],
  ])('reads confrontation in "%s"', (text) => {
    const r = rupturesOf([
      ['therapist', 'One thing that helps some people is keeping a short diary of their moods.'],
      ['client', text],
    ]);
    expect(r.map((x) => x.kind)).toEqual(['confrontation']);
    for (const c of r[0].cues) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('does not read complaints about other people, or ordinary talk, as ruptures', () => {
    const r = rupturesOf([
      ['therapist', 'How did the week go?'],
      ['client', 'My boss keeps piling work on me and it is so annoying. He never listens to anyone.'],
      ['therapist', "It sounds like you're carrying a lot at work."],
      ['client', "Yeah. I tried the breathing you suggested and it helped a bit on Tuesday."],
      ['therapist', 'What made Tuesday different?'],
      ['client', 'I went for a walk first, I think that was it.'],
    ]);
    expect(r).toEqual([]);
  });

  it('names the repair moves of the therapist turn that repairs, within the next three therapist turns', () => {
    const r = rupturesOf([
      ['therapist', 'Could you try a sleep diary this week?'],
      ['client', "This isn't helping. You keep giving me homework and nothing changes."],
      ['therapist', "You're right, I think I jumped ahead with the homework. Can we talk about what just happened?"],
    ]);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'confrontation', turn: 1, repaired: true, repair: { turn: 2 } });
    expect(r[0].repair!.moves).toEqual(expect.arrayContaining(['acknowledges their part', 'invites talk about the rupture']));
  });

  it('does not count a defensive reply as repair, and finds a later one', () => {
    const r = rupturesOf([
      ['therapist', 'How did the exposure practice go?'],
      ['client', "What's the point of this? We're getting nowhere."],
      ['therapist', 'You need to trust the process and do the work between sessions.'],
      ['client', 'Right.'],
      ['therapist', "I can hear how frustrated you are, and it makes sense after so many weeks. What would be more helpful?"],
    ]);
    expect(r[0]).toMatchObject({ kind: 'confrontation', turn: 1, repaired: true, repair: { turn: 4 } });
  });

  it('leaves a rupture unrepaired when the therapist carries on regardless', () => {
    const r = rupturesOf([
      ['therapist', 'Tell me about the argument.'],
      ['client', "I don't want to talk about it."],
      ['therapist', 'Did it happen at home or at work?'],
      ['client', 'Home.'],
      ['therapist', 'Was your husband there as well?'],
      ['client', 'Yes.'],
      ['therapist', 'Did anyone else hear it?'],
    ]);
    expect(r).toEqual([expect.objectContaining({ kind: 'withdrawal', turn: 1, repaired: false, repair: null })]);
  });

  it('is linear: a 600-turn session takes a few milliseconds', () => {
    const base = reviewTurns([
      ['therapist', 'What would you like to focus on today?'],
      ['client', "I don't know. Honestly this isn't helping much."],
      ['therapist', "It sounds like you're frustrated that things haven't shifted. What would be more helpful?"],
      ['client', 'Whatever.'],
    ]);
    const turns600 = repeatTurns(base, 600);
    const r = detectRuptures(turns600, resources);
    // Fresh turn objects each run, so nothing is reused from the run before.
    expect(bestTime(() => detectRuptures(repeatTurns(base, 600), resources))).toBeLessThan(100);
    expect(r.length).toBe(300);
  });
});
