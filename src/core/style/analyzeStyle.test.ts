import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/lexicon.js';
import { parseLinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import { STYLES, type Style } from '../types.js';
import { analyzeStyle } from './analyzeStyle.js';
import { STYLE_FEATURE_SET } from './styleFeatures.js';

const root = new URL('../../../', import.meta.url);
const lex = parseLexicon(JSON.parse(fs.readFileSync(new URL('data/lexicons/style-markers.json', root), 'utf8')), 'style-markers.json');
const model = parseLinearModel(JSON.parse(fs.readFileSync(new URL('models/style.json', root), 'utf8')), 'models/style.json', STYLE_FEATURE_SET);
if (!lex.ok || !model.ok) throw new Error('style resources do not load');
const withModel: Resources = { lexicons: { 'style-markers': lex.value }, models: { style: model.value } };
const rulesOnly: Resources = { lexicons: { 'style-markers': lex.value }, models: {} };

const styleOf = (text: string, r: Resources = withModel) => analyzeStyle(text, [], r).style;

function expectDistribution(scores: Record<Style, number>) {
  let sum = 0;
  for (const s of STYLES) {
    expect(scores[s]).toBeGreaterThanOrEqual(0);
    expect(scores[s]).toBeLessThanOrEqual(1);
    sum += scores[s];
  }
  expect(sum).toBeCloseTo(1, 6);
}

describe('analyzeStyle: the issue examples', () => {
  it('passive', () => {
    expect(styleOf("I guess I feel kind of alone sometimes, but it's probably just me being overly sensitive.")).toBe('passive');
  });
  it('aggressive', () => {
    expect(styleOf('Nobody around me understands or cares. It\'s like I\'m invisible to everyone, including you!')).toBe('aggressive');
  });
  it('assertive', () => {
    expect(styleOf("I've been struggling with a sense of isolation, and it's impacting my well-being. I'd like to explore strategies to build more meaningful connections and address these feelings of loneliness.")).toBe('assertive');
  });
  it('the therapist setting a focus is not aggressive', () => {
    const text = "I appreciate your willingness to share, but let's focus on one topic at a time to ensure we explore it thoroughly. Is it alright if we come back to the other issue later?";
    const r = analyzeStyle(text, [{ speaker: 'client', text: 'And another thing, my brother, and my job, and the flat...' }], withModel);
    expect(r.style).not.toBe('aggressive');
    expect(r.style).toBe('assertive');
    expect(r.markers.map((m) => m.kind)).toEqual(expect.arrayContaining(['acknowledgement', 'specific_request']));
  });
});

describe('analyzeStyle: the primer notes', () => {
  it('"When you… I feel… Could you…" is assertive although it says "you"', () => {
    expect(styleOf('When you arrive late without texting, I feel unimportant. Could you text me next time?')).toBe('assertive');
  });
  it('"I feel like you never listen" is aggressive', () => {
    const r = analyzeStyle('I feel like you never listen.', [], withModel);
    expect(r.style).toBe('aggressive');
    expect(r.markers.some((m) => m.kind === 'i_statement')).toBe(false);
  });
  it('"fine, whatever" is passive-aggressive', () => {
    expect(styleOf('Fine, whatever. Do what you want.')).toBe('passive_aggressive');
  });
  it('a clear no is assertive', () => {
    expect(styleOf("No, I can't take on another project this month.")).toBe('assertive');
  });
});

describe('analyzeStyle: sentences not in the training data', () => {
  const cases: Array<[string, Style]> = [
    ["You're pathetic and you always ruin everything.", 'aggressive'],
    ["Sorry, I'm probably being silly, but would it be okay if I maybe swapped shifts? No worries if not.", 'passive'],
    ['Oh wonderful, you forgot again. Thanks a lot.', 'passive_aggressive'],
    ["I'd like us to talk about the budget on Friday. Could you bring the figures?", 'assertive'],
    ['The train leaves at ten past nine from platform two.', 'neutral'],
  ];
  for (const [text, style] of cases) it(`${style}: ${text}`, () => expect(styleOf(text)).toBe(style));
});

describe('analyzeStyle: neutral and robust', () => {
  it('short fillers and plain facts are neutral', () => {
    for (const t of ['Mm-hmm.', 'Mm-hmm', 'Okay.', 'Okay', 'Yeah.', 'Right.', 'The meeting is at 3pm in room 4B.']) expect(styleOf(t), t).toBe('neutral');
  });

  it('empty, whitespace, punctuation and emoji only: neutral, a distribution, no markers', () => {
    for (const t of ['', '   ', '\n\t', '...', '?!', '🙂👍', '\u0000\u0007\u001b']) {
      const r = analyzeStyle(t, [], withModel);
      expect(r.style, JSON.stringify(t)).toBe('neutral');
      expect(r.markers).toEqual([]);
      expectDistribution(r.scores);
      // Uniform-ish: nothing is read, so no style is certain.
      expect(Math.max(...STYLES.map((s) => r.scores[s]))).toBeLessThan(0.5);
    }
  });

  it('spoken fillers are not hedges: transcribed narration stays neutral', () => {
    const t = 'Um, so on Monday I, uh, went to the shop, you know, and then I came home.';
    const r = analyzeStyle(t, [{ speaker: 'therapist', text: 'How was your week?' }], withModel, 'client');
    expect(r.markers.map((m) => m.kind)).not.toContain('hedge');
    expect(r.markers.map((m) => m.kind)).toContain('filler');
    expect(r.style).toBe('neutral');
  });

  it('reads the speaker role without changing a clear reading', () => {
    for (const speaker of ['client', 'person', 'therapist'] as const) {
      expect(analyzeStyle("You're such an idiot, you never listen.", [], withModel, speaker).style).toBe('aggressive');
      expectDistribution(analyzeStyle('Sure.', [{ speaker: 'person', text: 'Can you cover my shift again?' }], withModel, speaker).scores);
    }
  });

  it('other languages are neutral', () => {
    for (const t of ['Je ne sais pas ce que tu veux dire par là.', 'Das Treffen ist morgen um zehn Uhr.', '我明天早上十点去开会。', 'Встреча завтра в десять утра.', 'La reunión es mañana a las diez.']) {
      expect(styleOf(t), t).toBe('neutral');
    }
  });

  it('control characters and emoji inside text do not break spans', () => {
    const t = 'You never\u0000 listen 😡 to me!!';
    const r = analyzeStyle(t, [], withModel);
    expect(r.style).toBe('aggressive');
    for (const m of r.markers) expect(t.slice(m.start, m.end)).toBe(m.text);
  });

  it('scores are probabilities summing to 1', () => {
    for (const t of ['Could you help me?', 'You idiot.', 'Sorry, sorry.', 'Must be nice.', 'Yes.']) expectDistribution(analyzeStyle(t, [], withModel).scores);
  });

  it('100,000 characters take well under a second', () => {
    const long = 'I guess you never listen, sorry, could you please maybe help me with the shopping? '.repeat(1200).slice(0, 100_000);
    const t0 = performance.now();
    const r = analyzeStyle(long, [], withModel);
    expect(performance.now() - t0).toBeLessThan(1000);
    expectDistribution(r.scores);
    expect(r.markers.length).toBeGreaterThan(1000);
  });

  it('a short "no" after a request reads with its context', () => {
    const r = analyzeStyle('No, not tonight.', [{ speaker: 'person', text: 'Can you stay late tonight to finish the slides?' }], withModel);
    expect(r.style).toBe('assertive');
  });
});

describe('analyzeStyle without a model: the transparent marker scorer', () => {
  it('reads the clear cases from the markers alone', () => {
    expect(styleOf('Sorry, sorry, it doesn\'t matter, never mind.', rulesOnly)).toBe('passive');
    expect(styleOf("You're such an idiot, you never listen.", rulesOnly)).toBe('aggressive');
    expect(styleOf('I feel hurt. Could you call me next time?', rulesOnly)).toBe('assertive');
    expect(styleOf('Oh great, thanks a lot.', rulesOnly)).toBe('passive_aggressive');
    expect(styleOf('Okay.', rulesOnly)).toBe('neutral');
    expectDistribution(analyzeStyle('Could you help?', [], rulesOnly).scores);
  });

  it('ignores a model trained on another feature set', () => {
    const stale: Resources = { ...withModel, models: { style: { ...model.value, featureSet: 'style-v0' } } };
    const a = analyzeStyle('Could you help me with this?', [], stale);
    const b = analyzeStyle('Could you help me with this?', [], rulesOnly);
    expect(a.scores).toEqual(b.scores);
  });

  it('needs the style-markers lexicon', () => {
    expect(() => analyzeStyle('Hello', [], { lexicons: {}, models: {} })).toThrow(/style-markers/);
  });
});
