import { describe, expect, it } from 'vitest';
import { serializeLinearModel, trainSoftmax } from './trainSoftmax.js';
import { FeatureBuilder } from '../core/model/featureVector.js';
import { argmax, parseLinearModel, predictProba } from '../core/model/linearModel.js';

const vec = (words: string[]) => {
  const b = new FeatureBuilder(1024);
  for (const w of words) b.add(`w:${w}`);
  return b.build(true);
};
const data = [
  ...['so you feel', 'sounds like you', 'you feel'].map((t) => ({ x: vec(t.split(' ')), y: 0 })),
  ...['what happened', 'how do you', 'what do you'].map((t) => ({ x: vec(t.split(' ')), y: 1 })),
];
const opts = { task: 't', featureSet: 'fs-1', labels: ['reflection', 'question'], dim: 1024, epochs: 20, seed: 3 };

describe('linear model', () => {
  it('learns a separable toy problem and survives the int16 file round trip', () => {
    const model = trainSoftmax(data, opts);
    const parsed = parseLinearModel(JSON.parse(JSON.stringify(serializeLinearModel(model))), 'toy.json');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(argmax(predictProba(parsed.value, vec(['sounds', 'like', 'you'])))).toBe(0);
    expect(argmax(predictProba(parsed.value, vec(['what', 'happened'])))).toBe(1);
    const p = predictProba(parsed.value, vec(['what']));
    expect(p[0] + p[1]).toBeCloseTo(1, 6);
  });

  it('trains deterministically', () => {
    const a = JSON.stringify(serializeLinearModel(trainSoftmax(data, opts)));
    const b = JSON.stringify(serializeLinearModel(trainSoftmax(data, opts)));
    expect(a).toBe(b);
  });

  it('refuses a model for another feature set and a truncated weight blob, naming the field', () => {
    const file = serializeLinearModel(trainSoftmax(data, opts));
    const mismatch = parseLinearModel(file, 'm.json', 'fs-2');
    expect(!mismatch.ok && mismatch.problems[0]).toMatchObject({ code: 'model_mismatch', source: 'm.json', value: 'fs-1' });
    const short = parseLinearModel({ ...file, weights: file.weights.slice(0, 16) }, 'm.json');
    expect(!short.ok && short.problems[0]).toMatchObject({ code: 'invalid_resource', path: 'weights' });
    const badDim = parseLinearModel({ ...file, dim: 1000 }, 'm.json');
    expect(!badDim.ok && badDim.problems[0].path).toBe('dim');
  });

  it('weighs examples: weight 1 is the default, and a heavier example wins a conflict', () => {
    const plain = JSON.stringify(serializeLinearModel(trainSoftmax(data, opts)));
    expect(JSON.stringify(serializeLinearModel(trainSoftmax(data.map((e) => ({ ...e, weight: 1 })), opts)))).toBe(plain);
    // The same input labelled both ways: the label with the heavier examples wins, either way round.
    const x = vec(['maybe']);
    const conflict = (w0: number, w1: number) => [0, 1, 2].flatMap(() => [{ x, y: 0, weight: w0 }, { x, y: 1, weight: w1 }]);
    const none = { ...opts, classWeights: 'none' as const };
    expect(argmax(predictProba(trainSoftmax(conflict(3, 1), none), x))).toBe(0);
    expect(argmax(predictProba(trainSoftmax(conflict(1, 3), none), x))).toBe(1);
  });
});
