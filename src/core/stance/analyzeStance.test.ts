import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/lexicon.js';
import { parseLinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import { STANCES, type Turn } from '../types.js';
import { analyzeStance, type StanceResult } from './analyzeStance.js';
import { STANCE_FEATURE_SET } from './stanceFeatures.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const lexFile = path.join(ROOT, 'data/lexicons/stance-markers.json');
const lex = parseLexicon(JSON.parse(fs.readFileSync(lexFile, 'utf8')), lexFile);
if (!lex.ok) throw new Error('stance lexicon does not load');
const rulesOnly: Resources = { lexicons: { 'stance-markers': lex.value }, models: {} };
const modelFile = path.join(ROOT, 'models/stance.json');
const model = fs.existsSync(modelFile) ? parseLinearModel(JSON.parse(fs.readFileSync(modelFile, 'utf8')), modelFile, STANCE_FEATURE_SET) : null;
const shipped: Resources = model?.ok ? { ...rulesOnly, models: { stance: model.value } } : rulesOnly;

const client = (text: string): Turn[] => [{ speaker: 'client', text }];

function expectProbabilities(r: StanceResult) {
  const sum = STANCES.reduce((s, k) => s + r.scores[k], 0);
  expect(sum).toBeCloseTo(1, 6);
  for (const k of STANCES) expect(r.scores[k]).toBeGreaterThanOrEqual(0);
  expect(STANCES.every((k) => r.scores[k] <= r.scores[r.stance])).toBe(true);
}

// Each setting is checked with the shipped model (when trained) and with the rules alone.
const SETTINGS: Array<[string, Resources]> = [['shipped', shipped], ['rules only', rulesOnly]];

describe.each(SETTINGS)('analyzeStance (%s)', (_name, resources) => {
  const stanceOf = (text: string, context: Turn[] = []) => {
    const r = analyzeStance(text, context, resources);
    expectProbabilities(r);
    return r;
  };

  it('reads the issue example (warm, with a focus and a permission question) as assertive', () => {
    const r = stanceOf(
      "I appreciate your willingness to share, but let's focus on one topic at a time to ensure we explore it thoroughly. Is it alright if we come back to the other issue later?",
      client("And then my boss yelled, and my sister isn't talking to me, and the car broke down, and the landlord wants to raise the rent..."),
    );
    expect(r.stance).toBe('assertive');
    expect(r.markers.map((m) => m.kind)).toEqual(expect.arrayContaining(['focus', 'permission']));
  });

  it('reads unlimited contact granted after a request for contact as passive', () => {
    const r = stanceOf('Of course, call me any time, day or night.', client('Could I call you in the evenings when it gets really bad? Just sometimes.'));
    expect(r.stance).toBe('passive');
    expect(r.markers.some((m) => m.kind === 'abandon_frame' && m.leaning === 'passive')).toBe(true);
  });

  it('reads confronting, labelling and commanding as aggressive', () => {
    const r = stanceOf("You're in denial and you need to stop drinking now.", client("I don't think my drinking is that bad, honestly."));
    expect(r.stance).toBe('aggressive');
    expect(r.markers.map((m) => m.kind)).toEqual(expect.arrayContaining(['label', 'command']));
  });

  it('reads a plain reflection as none', () => {
    const r = stanceOf("It sounds like you've been carrying this on your own for a long time, and you're worn out.", client("I've been looking after Mum for two years now and nobody helps."));
    expect(r.stance).toBe('none');
    expect(r.markers.filter((m) => m.leaning !== 'none')).toEqual([]);
  });

  it('reads information given with permission as assertive', () => {
    const r = stanceOf(
      'Would it be helpful if I shared some information about how alcohol affects sleep? Many people find it wakes them in the early hours.',
      client("I only drink to get to sleep, it's the only thing that works."),
    );
    expect(r.stance).toBe('assertive');
  });

  it('lets the context decide whether "Sure, of course" is passive', () => {
    expect(stanceOf('Sure, of course.', client('Is it okay if I text you at midnight when I cannot sleep?')).stance).toBe('passive');
    expect(stanceOf('Sure, of course.', client('Do you mind if I take my coat off?')).stance).toBe('none');
  });

  it('does not call a structuring reply aggressive because the client is distressed', () => {
    const r = stanceOf(
      "I can hear how overwhelming this is. We have about ten minutes left, so let's use them to make a plan for tonight.",
      client("I can't do this anymore, everything is falling apart and I'm so scared."),
    );
    expect(r.stance).toBe('assertive');
  });

  it('handles empty, odd, foreign and very long input', () => {
    for (const text of ['', '   \n\t', '😀🙏💔', 'Je comprends, continuons.', '\u0000\u0007\u001b', 'Ну, давайте поговорим об этом.']) {
      const r = stanceOf(text);
      expect(r.stance).toBe('none');
    }
    const long = "It sounds like you're tired. Let's focus on one thing at a time. ".repeat(1600).slice(0, 100_000);
    const t0 = performance.now();
    const r = stanceOf(long, client('x'.repeat(100_000)));
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.markers.length).toBeGreaterThan(100);
  });

  it('throws a clear error when the lexicon is missing', () => {
    expect(() => analyzeStance('Hello', [], { lexicons: {}, models: {} })).toThrow(/stance-markers/);
  });
});

describe('analyzeStance model use', () => {
  it('ships a model trained on this feature set, or runs on rules alone', () => {
    if (model) expect(model.ok).toBe(true);
    const r = analyzeStance("Let's set an agenda for today.", [], shipped);
    expect(r.stance).toBe('assertive');
  });

  it('ignores a model of another feature set and falls back to the rules', () => {
    if (!model?.ok) return;
    const stale: Resources = { ...rulesOnly, models: { stance: { ...model.value, featureSet: 'other-v0' } } };
    const text = "You're in denial and you need to stop drinking now.";
    expect(analyzeStance(text, [], stale).scores).toEqual(analyzeStance(text, [], rulesOnly).scores);
  });
});
