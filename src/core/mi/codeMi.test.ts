import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { parseLinearModel, type LinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import type { Turn } from '../types.js';
import { codeClientTurn, codeTherapistTurn, miModelsFrom, pack } from './codeMi.js';

// Only this module's model files, so that other resources being edited cannot break these tests.
function loadModel(file: string): LinearModel {
  const r = parseLinearModel(JSON.parse(fs.readFileSync(path.join(DEFAULT_PATHS.modelsDir, file), 'utf8')), file);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
const resources: Resources = {
  lexicons: {},
  models: Object.fromEntries(['mi-behaviour', 'mi-reflection', 'mi-question', 'client-talk'].map((t) => [t, loadModel(`${t}.json`)])),
};
const models = miModelsFrom(resources);
const WORDS = loadWordListsOrThrow().mi;
const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
const clientSaid: Turn[] = [{ speaker: 'client', text: "I've been drinking a lot more since I lost my job, and my wife is upset about it." }];

describe('codeTherapistTurn (shipped AnnoMI models)', () => {
  it('codes an open question as question/open, with or without context', () => {
    for (const ctx of [clientSaid, []]) {
      const c = codeTherapistTurn('How do you feel about your drinking these days?', ctx, models, WORDS);
      expect(c).toMatchObject({ behaviour: 'question', question: 'open', reflection: null });
      expect(sum(c.probabilities)).toBeCloseTo(1, 2);
    }
  });

  it('codes a yes/no question as closed', () => {
    expect(codeTherapistTurn('Are you still taking the medication?', clientSaid, models, WORDS)).toMatchObject({ behaviour: 'question', question: 'closed' });
  });

  it('codes a "so you feel…" turn after a client turn as a reflection', () => {
    const c = codeTherapistTurn("So you feel that the drinking is causing trouble with your wife.", clientSaid, models, WORDS);
    expect(c.behaviour).toBe('reflection');
    expect(c.reflection).not.toBeNull();
    expect(c.question).toBeNull();
  });

  it('codes a bare acknowledgement as other', () => {
    expect(codeTherapistTurn('Mm-hmm.', clientSaid, models, WORDS).behaviour).toBe('other');
  });

  it('tolerates empty and huge input', () => {
    expect(codeTherapistTurn('', [], models, WORDS).behaviour).toBeDefined();
    expect(codeTherapistTurn('Tell me more. '.repeat(8000), clientSaid, models, WORDS).behaviour).toBeDefined();
  });
});

describe('codeClientTurn (shipped AnnoMI models)', () => {
  const asked: Turn[] = [{ speaker: 'therapist', text: 'What would you like to do about your smoking?' }];

  it('codes wanting to quit as change talk, with or without context', () => {
    for (const ctx of [asked, []]) expect(codeClientTurn('I really want to quit smoking.', ctx, models, WORDS).talk).toBe('change');
  });

  it('codes defending the habit as sustain talk and small talk as neutral', () => {
    expect(codeClientTurn("I don't think I have a problem. I like drinking and it helps me relax.", asked, models, WORDS).talk).toBe('sustain');
    expect(codeClientTurn('I work at the bank downtown.', [], models, WORDS).talk).toBe('neutral');
  });

  it('returns a probability per talk type', () => {
    const t = codeClientTurn('Maybe.', asked, models, WORDS);
    expect(Object.keys(t.probabilities).sort()).toEqual(['change', 'neutral', 'sustain']);
    expect(sum(t.probabilities)).toBeCloseTo(1, 2);
  });
});

describe('miModelsFrom', () => {
  it('names the missing task', () => {
    const { ['client-talk']: _gone, ...rest } = resources.models;
    const partial: Resources = { ...resources, models: rest };
    expect(() => miModelsFrom(partial)).toThrow(/client-talk/);
  });

  it('refuses a model trained on another feature set', () => {
    const stale: Resources = { ...resources, models: { ...resources.models, 'mi-question': { ...resources.models['mi-question'], featureSet: 'mi-therapist/0' } } };
    expect(() => miModelsFrom(stale)).toThrow(/feature set/);
  });
});

describe('pack', () => {
  it("reuses the file's int16 weights exactly as re-quantizing the float weights would", () => {
    const parts = [resources.models['mi-behaviour'], resources.models['mi-question'], resources.models['client-talk']];
    parts.forEach((m) => expect(m.quantized?.of).toBe(m.weights));
    const fast = pack(parts);
    const slow = pack(parts.map((m) => ({ ...m, quantized: undefined })));
    expect(fast.width).toBe(slow.width);
    expect(Array.from(fast.scale)).toEqual(Array.from(slow.scale));
    expect(Array.from(fast.bias)).toEqual(Array.from(slow.bias));
    let diff = 0;
    for (let i = 0; i < fast.q.length; i++) if (fast.q[i] !== slow.q[i]) diff++;
    expect(diff).toBe(0);
  });

  it('re-quantizes a model of which only some labels are at full range, to the same result', () => {
    const m = resources.models['mi-behaviour'];
    const fq = m.quantized!;
    // A label whose largest |q| is said not to be 32767 sends the model the float route.
    const mixed = { ...m, quantized: { ...fq, maxAbs: fq.maxAbs.map((a, l) => (l === 1 ? a - 1 : a)) } };
    const slow = pack([{ ...m, quantized: undefined }]);
    const p = pack([mixed]);
    expect(Array.from(p.scale)).toEqual(Array.from(slow.scale));
    let diff = 0;
    for (let i = 0; i < p.q.length; i++) if (p.q[i] !== slow.q[i]) diff++;
    expect(diff).toBe(0);
  });

  it('re-quantizes weights that are not the ones read from the file', () => {
    const m = resources.models['client-talk'];
    const halved = { ...m, weights: m.weights.map((w) => w / 2) };
    const p = pack([halved]);
    const l = m.labels.length;
    expect(p.q[0]).toBe(Math.round(halved.weights[0] / p.scale[0]));
    expect(p.scale[0]).toBeCloseTo(pack([m]).scale[0] / 2, 12);
    expect(p.q[4 + 1]).toBe(Math.round(halved.weights[l + 1] / p.scale[1]));
  });
});
