import { describe, expect, it } from 'vitest';
import { bestTime, repeatTurns, reviewResources, reviewTurns } from '../../testing/reviewTurns.js';
import { detectStructure } from './detectStructure.js';
import type { Role, StructureMoment } from './reviewTypes.js';

const resources = reviewResources();
const structureOf = (pairs: ReadonlyArray<readonly [Role, string]>) => detectStructure(reviewTurns(pairs), resources);
const kindsAt = (moments: StructureMoment[]) => moments.map((m) => [m.kind, m.turn]);

/** Middle-of-session talk with no structuring moves, to place moments early or late in a session. */
const middle: Array<[Role, string]> = [
  ['client', 'Work has been hard. My manager keeps changing the deadlines.'],
  ['therapist', 'That sounds exhausting.'],
  ['client', 'It is. I lie awake going over it.'],
  ['therapist', 'What goes through your mind at night?'],
  ['client', "That I'll get it wrong and everyone will see."],
  ['therapist', "So the worry is about being seen to fail, more than the work itself."],
  ['client', 'Yeah, I think that is it.'],
  ['therapist', 'How long has it been like that?'],
];

describe('detectStructure', () => {
  it('reads agenda, boundary and process transparency from the stance markers', () => {
    const pairs: Array<[Role, string]> = [
      ['therapist', 'Before we dive in, can we set a quick agenda for today?'],
      ['client', 'Can I text you between sessions if it gets bad?'],
      ['therapist', "I don't text clients between sessions, but you can call the clinic line, and we can plan for the bad evenings here."],
      ['client', 'Why do you keep asking about my feelings?'],
      ['therapist', "Let me explain what I'm doing: the way this works is that we look at feelings and the thoughts that come with them."],
    ];
    const m = structureOf(pairs);
    expect(kindsAt(m)).toEqual([
      ['agenda', 0],
      ['boundary', 2],
      ['process_transparency', 4],
    ]);
    for (const x of m) for (const c of x.cues) expect(pairs[x.turn][1].slice(c.start, c.end)).toBe(c.text);
  });

  it('marks goal setting collaborative when the client states a goal of their own', () => {
    const together = structureOf([
      ['therapist', 'What would you like to be different in a few months?'],
      ['client', "I'd like to be able to go to the shops on my own again."],
    ]);
    expect(together).toEqual([expect.objectContaining({ kind: 'goal_setting', turn: 0, collaborative: true })]);
    const proposed = structureOf([
      ['therapist', 'If we set a goal together for the next few weeks, what would you want it to be?'],
      ['client', "I don't know. Maybe message one person a week? That sounds pathetic."],
    ]);
    expect(proposed).toEqual([expect.objectContaining({ kind: 'goal_setting', collaborative: true })]);
    const shrugged = structureOf([
      ['therapist', 'If we set a goal together for the next few weeks, what would you want it to be?'],
      ['client', "I don't know."],
    ]);
    expect(shrugged).toEqual([expect.objectContaining({ kind: 'goal_setting', collaborative: false })]);
    const imposed = structureOf([
      ['therapist', "Let's set a goal: no drinking on weeknights, starting tonight."],
      ['client', 'Okay.'],
      ['therapist', 'Good. We will check it next week.'],
    ]);
    expect(imposed.find((x) => x.kind === 'goal_setting')).toMatchObject({ collaborative: false });
  });

  it('reads a summary as a closing summary only near the end of the session', () => {
    const summary: [Role, string] = ['therapist', "So today we've talked about the deadlines and the worry at night about being seen to fail."];
    const late = structureOf([...middle, ...middle, summary, ['client', 'Yes, that is about right.']]);
    expect(late.filter((x) => x.kind === 'closing_summary').map((x) => x.turn)).toEqual([16]);
    const early = structureOf([summary, ...middle, ...middle, ...middle]);
    expect(early.filter((x) => x.kind === 'closing_summary')).toEqual([]);
  });

  it('reads termination (progress, ending, afterwards) only in a session that names its ending', () => {
    const ending = structureOf([
      ...middle,
      ['therapist', "As this is our last session, I'd like us to look back at how far you've come since you first came in."],
      ['client', "I'll miss these sessions, honestly. I was a wreck in January."],
      ['therapist', 'If things get hard again, what would be your early warning signs?'],
      ['client', 'Not sleeping, and cancelling on friends.'],
    ]);
    expect(ending.filter((x) => x.kind === 'termination').map((x) => x.turn)).toEqual([8, 9, 10]);
    const review = structureOf([
      ...middle,
      ['therapist', "I'd like us to look back at how far you've come since you first came in, and then plan the next few weeks."],
    ]);
    expect(review.filter((x) => x.kind === 'termination')).toEqual([]);
  });

  it('is linear: a 600-turn session takes a few milliseconds', () => {
    const base = reviewTurns([
      ['therapist', 'What would you like to focus on today?'],
      ['client', "I'd like to be able to sleep again."],
      ['therapist', "This is our last session, so let's look back at how far you've come."],
      ['client', "I'll miss these sessions."],
    ]);
    const m = detectStructure(repeatTurns(base, 600), resources);
    expect(m.filter((x) => x.kind === 'termination').length).toBe(300);
    expect(bestTime(() => detectStructure(repeatTurns(base, 600), resources))).toBeLessThan(100);
  });
});
