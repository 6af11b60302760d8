import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/lexicon.js';
import type { Marker, Turn } from '../types.js';
import { detectStanceMarkers } from './detectStanceMarkers.js';

const FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../data/lexicons/stance-markers.json');
const parsed = parseLexicon(JSON.parse(fs.readFileSync(FILE, 'utf8')), FILE);
if (!parsed.ok) throw new Error('stance lexicon does not load');
const lex = parsed.value;

const client = (text: string): Turn[] => [{ speaker: 'client', text }];

/** Finds the marker of `kind` and checks that its offsets point at its text. */
function find(text: string, kind: string, context: Turn[] = []): Marker | undefined {
  const markers = detectStanceMarkers(text, context, lex);
  for (const m of markers) expect(text.slice(m.start, m.end)).toBe(m.text);
  return markers.find((m) => m.kind === kind);
}

// [kind, leaning, therapist sentence, a piece the span must contain, client's previous turn]
const CASES: Array<[string, string, string, string, string?]> = [
  ['agenda', 'assertive', 'Before we begin, what would you like to focus on today?', 'Before we begin'],
  ['focus', 'assertive', "There's a lot here. Let's focus on one thing at a time so it doesn't get lost.", "Let's focus"],
  ['redirect', 'assertive', "I notice we've drifted a bit. Can we come back to what happened with your manager?", 'come back'],
  ['boundary', 'assertive', "I'm not able to accept gifts, though I can see how much thought went into it.", "I'm not able to accept"],
  ['limit_with_alternative', 'assertive', "I can't answer texts at night, but what I can offer is a plan for those hours and the crisis line.", 'what I can offer'],
  ['permission', 'assertive', 'Would it be okay if I shared a couple of ideas other people have found useful?', 'would it be okay'],
  ['autonomy', 'assertive', "Honestly, you're the expert on your own life, and I trust that.", 'expert on your'],
  ['rationale', 'assertive', "I'd like to go slowly, so that we don't open more than we can close today.", 'so that we'],
  ['information', 'assertive', "It's very common for sleep to go haywire after a loss like this.", "It's very common for"],
  ['advice', 'assertive', 'You could try a short walk after lunch. How would you feel about that?', 'You could try'],
  ['feedback', 'assertive', 'I notice that you smile whenever you mention your father.', 'I notice'],
  ['process_transparency', 'assertive', "Let me explain how this works: we'll meet weekly and review progress every six sessions.", 'explain'],
  ['goal_setting', 'assertive', 'What would success look like for you by the summer?', 'success look like'],
  ['time_keeping', 'assertive', "We have about ten minutes left, so let's think about the week ahead.", 'ten minutes'],
  ['summary_with_direction', 'assertive', 'Let me summarize what we covered, and then we can choose where to start next week.', 'summarize'],
  ['confront', 'aggressive', "Come on, you know very well that's not why you missed it.", 'Come on,'],
  ['command', 'aggressive', 'You need to stop drinking before the next session.', 'You need to'],
  ['warning', 'aggressive', "If you keep skipping the homework, you'll end up right back where you started.", 'If you keep'],
  ['label', 'aggressive', "Honestly, you're an alcoholic and everyone can see it.", "you're an alcoholic"],
  ['lecture', 'aggressive', "We've been over this. Everyone knows that avoidance only makes anxiety worse.", "We've been over this"],
  ['sarcasm', 'aggressive', "Another week of 'tomorrow'. How's that working out for you?", "How's that working out for you"],
  ['threat', 'aggressive', "If this continues, I'll have to end our sessions.", 'end our sessions'],
  ['unsolicited_advice', 'aggressive', "If I were you, I'd leave him tonight.", 'If I were you'],
  ['capitulation', 'passive', 'Of course, that makes total sense.', 'Of course', 'Can I text you at night when it gets bad?'],
  ['over_apology', 'passive', "I'm so sorry, I shouldn't have asked about that, forgive me.", 'forgive me'],
  ['excessive_self_disclosure', 'passive', 'When I went through my divorce I felt exactly the same, I barely ate for a month.', 'When I went through my divorce'],
  ['abandon_frame', 'passive', 'Call me any time, day or night, I mean it.', 'Call me any time'],
  ['excessive_deference', 'passive', "You're right, I shouldn't have pushed. We can do whatever you want.", 'whatever you want'],
];

describe('detectStanceMarkers', () => {
  for (const [kind, leaning, text, piece, ctx] of CASES) {
    it(`finds ${kind} (${leaning}) with exact offsets`, () => {
      const markers = detectStanceMarkers(text, ctx ? client(ctx) : [], lex);
      const m = markers.find((x) => x.kind === kind && x.text.toLowerCase().includes(piece.toLowerCase()));
      expect(m, `${kind} "${piece}" in "${text}": ${JSON.stringify(markers)}`).toBeDefined();
      expect(m!.leaning).toBe(leaning);
      expect(m!.text.toLowerCase()).toContain(piece.toLowerCase());
      expect(text.slice(m!.start, m!.end)).toBe(m!.text);
    });
  }

  it('reads advice as unsolicited without permission or rationale, and as assertive with one', () => {
    const bare = 'I would suggest you cut down to weekends only.';
    expect(find(bare, 'unsolicited_advice')?.leaning).toBe('aggressive');
    expect(find(bare, 'advice')).toBeUndefined();
    const offered = 'Would you like to hear an idea? I would suggest you cut down to weekends only.';
    expect(find(offered, 'advice')?.leaning).toBe('assertive');
    expect(find(offered, 'unsolicited_advice')).toBeUndefined();
  });

  it('counts advice as offered when the client asked for it', () => {
    const text = 'I would suggest keeping a sleep diary for a week.';
    expect(find(text, 'advice', client('What should I do about my sleep?'))).toBeDefined();
    expect(find(text, 'advice', client('I slept badly again.'))).toBeUndefined();
  });

  it('softens "you need to" with permission or autonomy into advice', () => {
    expect(find('You need to take a break.', 'command')).toBeDefined();
    const soft = "If you're open to it, you might need to take a break. It's up to you.";
    expect(find(soft, 'command')).toBeUndefined();
  });

  it('licenses advice with an autonomy statement as with a permission question', () => {
    const bare = 'I would suggest you cut down to weekends only.';
    for (const autonomy of ["You know yourself best. ", "It's your decision, of course. "]) {
      expect(find(autonomy + bare, 'advice')?.leaning).toBe('assertive');
      expect(find(autonomy + bare, 'unsolicited_advice')).toBeUndefined();
      expect(find(autonomy + bare, 'permission')).toBeUndefined();
      expect(find(autonomy + bare, 'autonomy')?.leaning).toBe('assertive');
    }
    expect(find("It's up to you, but you need to take a break.", 'command')).toBeUndefined();
    expect(find("It's up to you, but you need to take a break.", 'advice')).toBeDefined();
  });

  it('does not read judging words said back in a reflection as the therapist judging', () => {
    const said: Array<[string, string]> = [
      ['minimiser', "It sounds like you've been telling everyone it's not a big deal"],
      ['you_evaluation', "So you feel you're being selfish when you say no."],
      ['stereotyping', "You feel like people will say that's what every drinker says."],
      ['accusing_pattern', "It sounds like he thinks this is what you always do."],
    ];
    for (const [kind, text] of said) expect(find(text, kind), `${kind} in "${text}"`).toBeUndefined();
    // The same words as the therapist's own verdict are still read.
    const own: Array<[string, string]> = [
      ['minimiser', "Honestly, it's not a big deal."],
      ['you_evaluation', "You're being selfish when you say no."],
      ['stereotyping', "That's what every drinker says."],
      ['accusing_pattern', 'This is what you always do.'],
    ];
    for (const [kind, text] of own) expect(find(text, kind), `${kind} in "${text}"`).toBeDefined();
  });

  it('does not read a quoted "should" in a reflection or a question as a command', () => {
    expect(find("It sounds like you feel you should be over it by now.", 'command')).toBeUndefined();
    expect(find('Do you think you should tell her?', 'command')).toBeUndefined();
  });

  it('counts "Sure, of course" as capitulation only after a request the frame limits', () => {
    const reply = 'Sure, of course.';
    expect(find(reply, 'capitulation', client('Can I text you at midnight if I need to?'))?.leaning).toBe('passive');
    expect(find(reply, 'capitulation', client('I think I might go to the party after all.'))).toBeUndefined();
    expect(find(reply, 'acquiescence', client('I think I might go to the party after all.'))?.leaning).toBe('none');
  });

  it('finds nothing directive in a plain reflection', () => {
    const markers = detectStanceMarkers("You're exhausted, and it feels like nobody notices how much you carry.", [], lex);
    expect(markers.filter((m) => m.leaning !== 'none')).toEqual([]);
  });

  it('survives empty, odd and long input', () => {
    expect(detectStanceMarkers('', [], lex)).toEqual([]);
    expect(detectStanceMarkers('   \n\t ', [], lex)).toEqual([]);
    expect(detectStanceMarkers('😀😀 🙏', [], lex)).toEqual([]);
    expect(detectStanceMarkers('Vamos a centrarnos en un tema a la vez. 一次只谈一个话题。', [], lex)).toEqual([]);
    const ctrl = 'You\u0000 need to\u0007 stop.\u001b Let\'s focus on one thing.';
    for (const m of detectStanceMarkers(ctrl, [{ speaker: 'client', text: '\u0000\u0001' }], lex)) expect(ctrl.slice(m.start, m.end)).toBe(m.text);
    const long = "Let's focus on one thing at a time. You need to stop. It sounds like you're tired. ".repeat(1200).slice(0, 100_000);
    const t0 = performance.now();
    const markers = detectStanceMarkers(long, client('Can I call you tonight? '.repeat(500)), lex);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(markers.length).toBeGreaterThan(1000);
    for (const m of markers.slice(0, 50)) expect(long.slice(m.start, m.end)).toBe(m.text);
  });
});

// Misreadings reported by the review and practice work: each row is one general pattern, with a case
// that must still be read. [therapist reply, client's last turn, kinds that must not be found, kinds that must]
const MISREADINGS: Array<[string, string, string[], string[]]> = [
  ['Of course. Take your time, there\'s no rush.', "Can I say something? It's a bit heavy.", ['command'], []],
  ['Take your tablets with food, no skipping.', '', [], ['command']],
  ['What would you tell a friend in your position?', 'I keep thinking I should just quit.', ['unsolicited_advice', 'advice'], []],
  ["In your position, I'd just quit.", 'I hate my job.', [], ['unsolicited_advice']],
  ["How will we both know it's helping?", '', ['accusing_pattern'], []],
  ["I'm not here to tell you what to do.", '', ['permission', 'command'], ['process_transparency']],
  ["I'm not going to tell you what to do or what you should do.", '', ['command'], ['process_transparency']],
  ["You're quick to say it's not a big deal, and at the same time it sounds like those evenings weigh on you.", "It's not a big deal.", ['minimiser'], []],
  ["Honestly, it's not a big deal.", 'I was so embarrassed.', [], ['minimiser']],
  ["That's a lot for one session, and we can go over it next week.", 'And then there is the money.', ['abandon_frame'], []],
  ["It's up to you which one feels right.", 'Should I tell my sister?', ['yielding', 'permission'], ['autonomy']],
  ["Okay, no worries at all, we can just skip it. It's totally up to you whether we ever do those.", 'Can we skip the exposures?', [], ['yielding']],
  ['Whatever you decide is your choice.', 'I might stop the tablets.', ['yielding', 'capitulation', 'acquiescence', 'excessive_deference'], ['autonomy']],
  ['Whatever you decide is fine by me, I won\'t push.', 'I might stop the tablets.', [], ['yielding']],
  ["Whatever you decide, let's look at the risks together first.", 'I want to stop the tablets.', ['yielding', 'capitulation'], []],
  ["Sure, whatever you like, we'll skip it.", "Can we skip the diary this week?", [], ['yielding']],
  ["Could we agree that if you can't make it, you'll let me know a day before?", '', ['warning', 'ultimatum'], []],
  ["If you keep skipping the homework, you'll end up right back where you started.", '', [], ['warning']],
  ["So the nights are the hardest part. Let's write it on a card you keep by the bed.", 'The nights are the worst.', [], ['goal_setting']],
  ["You're being quite demanding, you know.", '', [], ['you_evaluation']],
  ["You're just trying to get out of it, aren't you?", '', [], ['accusing_pattern']],
];

describe('detectStanceMarkers: reported misreadings', () => {
  for (const [text, ctx, absent, present] of MISREADINGS) {
    it(`"${text}"`, () => {
      const kinds = detectStanceMarkers(text, ctx ? client(ctx) : [], lex).map((m) => m.kind);
      for (const k of absent) expect(kinds, `${k} in "${text}"`).not.toContain(k);
      for (const k of present) expect(kinds, `${k} in "${text}"`).toContain(k);
    });
  }
});
