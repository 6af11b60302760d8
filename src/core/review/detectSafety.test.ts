import { describe, expect, it } from 'vitest';
import { bestTime, repeatTurns, reviewResources, reviewTurns } from '../../testing/reviewTurns.js';
import { detectSafety } from './detectSafety.js';
import type { Role, SafetyFlag, SafetyKind } from './reviewTypes.js';

const resources = reviewResources();
const flagsOf = (pairs: ReadonlyArray<readonly [Role, string]>) => detectSafety(reviewTurns(pairs), resources);
const one = (text: string, role: Role = 'client') => flagsOf([[role, text]]);

describe('detectSafety', () => {
  const risky: Array<[SafetyKind, string]> = [
    ['suicide', 'Honestly, some days I think everyone would be better off without me.'],
    ['suicide', "I don't want to be here anymore, I'm just so tired all the time."],
    ['suicide', "What's the point of going on when nothing ever changes?"],
    ['suicide', "I've been thinking about ending it all."],
    ['suicide', "I keep thinking I'd be better off dead."],
    ['suicide', "I've started saving up my tablets, just in case."],
    ['suicide', 'Last night I looked up how many paracetamol it would take to die.'],
    ['suicide', "I've written goodbye letters to the kids. They're in my drawer."],
    ['suicide', 'Sometimes I wish I could go to sleep and never wake up.'],
    ['suicide', "I'm just a burden to my family, that's all I am now."],
    ['suicide', "I've got nothing left to live for since she died."],
    ['suicide', 'Part of me wants to step in front of a train on the way home.'],
    ['suicide', 'I feel suicidal most evenings, if I am honest.'],
    ['suicide', "Nobody would even notice if I wasn't around."],
    ['self_harm', 'I cut myself again on Tuesday, on my thighs this time.'],
    ['self_harm', 'When it gets too loud in my head I burn my arms with a lighter.'],
    ['self_harm', 'I took an overdose in March and ended up in A&E.'],
    ['self_harm', "I've been hitting myself when I get angry."],
    ['self_harm', 'I keep a razor blade in my pencil case.'],
    ['self_harm', "I've been making myself sick after meals again."],
    ['harm_to_others', 'Sometimes I feel like I could really hurt him.'],
    ['harm_to_others', "I've had thoughts of shaking the baby when she won't stop crying."],
    ['harm_to_others', "If my ex turns up at the house again I'm going to stab him."],
    ['harm_to_others', 'My partner hit me again last weekend.'],
  ];
  it.each(risky)('flags %s in "%s", with the cue spans', (kind, text) => {
    const flags = one(text);
    const flag = flags.find((f) => f.kind === kind);
    expect(flag, JSON.stringify(flags)).toBeDefined();
    expect(flag!.turn).toBe(0);
    expect(flag!.denied).toBe(false);
    for (const c of flag!.cues) {
      expect(text.slice(c.start, c.end)).toBe(c.text);
      expect(c.cue.length).toBeGreaterThan(0);
    }
  });

  const idioms = [
    'This job is killing me.',
    'My feet are killing me after that shift.',
    'I could murder a coffee right now.',
    "I'm dying to see the new series.",
    'We killed time at the station until the train came.',
    'I nearly died of embarrassment when my phone rang in the meeting.',
    "My mum's going to kill me when she sees the car.",
    'I could kill him for leaving the milk out again.',
    'I cut myself some slack this week and it actually helped.',
    'I burned myself out last year at the bank.',
    "I'm bored to death at work.",
    "I'd kill for a holiday right now.",
    "I'm going to shoot him an email tonight.",
    'I beat my brother at chess on Sunday.',
    'She will be the death of me, honestly.',
    "I didn't want to hurt her feelings.",
    "I take my tablets every morning with breakfast.",
    'I jumped off the bus one stop early.',
  ];
  it.each(idioms)('does not flag the idiom "%s"', (text) => {
    expect(one(text)).toEqual([]);
  });

  const denials: Array<[SafetyKind, string]> = [
    ['self_harm', "I'd never hurt myself, I've got the kids to think about."],
    ['suicide', "I'm not suicidal, just really fed up."],
    ['self_harm', "I haven't cut myself since March."],
    ['harm_to_others', 'I would never do anything to hurt my son.'],
    ['suicide', "I don't want to die, I want things to be different."],
  ];
  it.each(denials)('still flags a denial of %s ("%s"), marked denied', (kind, text) => {
    const flag = one(text).find((f) => f.kind === kind);
    expect(flag).toBeDefined();
    expect(flag!.denied).toBe(true);
  });

  const notDenied: Array<[SafetyKind, string]> = [
    ['self_harm', "I don't know why I keep cutting myself."],
    ['suicide', "I can't stop thinking about killing myself."],
    ['suicide', "I'm not suicidal, but sometimes I wish I wasn't here."],
    ['suicide', 'Nobody would care if I killed myself.'],
    ['harm_to_others', "I'm not joking, I could kill him."],
    ['self_harm', "I haven't told anyone that I've been cutting myself."],
  ];
  it.each(notDenied)('reads %s in "%s" as no denial (the negation does not govern the cue)', (kind, text) => {
    const flag = one(text).find((f) => f.kind === kind);
    expect(flag).toBeDefined();
    expect(flag!.denied).toBe(false);
  });

  it('reads threats said as a joke as no risk to others, but never a risk to the self', () => {
    expect(one('I could strangle him sometimes, haha, he never listens.')).toEqual([]);
    expect(one('I want to die lol, this week has been so much.').map((f) => f.kind)).toEqual(['suicide']);
  });

  it('reads client and third-person turns, not the therapist', () => {
    const flags = flagsOf([
      ['therapist', "Last week you said you'd thought about killing yourself. I'd like to come back to that."],
      ['other', 'His teacher rang because he told a friend he wants to kill himself.'],
      ['client', 'I was just upset.'],
    ]);
    expect(flags.map((f) => [f.kind, f.turn])).toEqual([['suicide', 1]]);
  });

  it('flags the answer to a risk question, denied only when it is a plain no', () => {
    const flags = flagsOf([
      ['therapist', 'When people feel this low, sometimes they have thoughts of ending their life. Have you had thoughts like that?'],
      ['client', 'Sometimes. Not every day.'],
      ['therapist', 'Have you ever hurt yourself on purpose?'],
      ['client', 'No. Never.'],
      ['therapist', 'Do you ever have thoughts of hurting anyone?'],
      ['client', 'No, nothing like that.'],
      ['therapist', 'How was your week?'],
      ['client', 'Not really good.'],
      ['therapist', 'Have you had any thoughts of suicide since we last met?'],
      ['client', 'Not really... well, maybe once or twice.'],
    ]);
    const summary = (f: SafetyFlag) => [f.turn, f.kind, f.denied, f.cues[0].text];
    expect(flags.map(summary)).toEqual([
      [1, 'suicide', false, 'Sometimes. Not every day.'],
      [3, 'self_harm', true, 'No. Never.'],
      [5, 'harm_to_others', true, 'No, nothing like that.'],
      [9, 'suicide', false, 'Not really... well, maybe once or twice.'],
    ]);
  });

  it('gives one flag per kind in a turn, each with its own cues', () => {
    const flags = one("I've been cutting my arms again, and last night I thought about taking all my pills.");
    expect(flags.map((f) => f.kind)).toEqual(['suicide', 'self_harm']);
    expect(flags[1].cues.map((c) => c.text)).toEqual(['cutting my arms']);
  });

  it('is linear: a 600-turn session takes a few milliseconds', () => {
    const base = reviewTurns([
      ['therapist', 'How have things been since last week?'],
      ['client', "Honestly, some days I think everyone would be better off without me, but I'd never do anything."],
      ['therapist', 'Have you had thoughts of ending your life?'],
      ['client', 'Sometimes, yeah. This job is killing me.'],
    ]);
    const turns600 = repeatTurns(base, 600);
    const flags = detectSafety(turns600, resources);
    // Fresh turn objects each run, so nothing is reused from the run before.
    expect(bestTime(() => detectSafety(repeatTurns(base, 600), resources))).toBeLessThan(100);
    expect(flags.length).toBe(300);
  });

  it('throws when the safety lexicon is missing (a packaging fault, never a silent all-clear)', () => {
    const { ['safety-cues']: _, ...lexicons } = resources.lexicons;
    expect(() => detectSafety(reviewTurns([['client', 'hello']]), { ...resources, lexicons })).toThrow(/safety-cues/);
  });
});
