import { mulberry32 } from '../core/text/hash.js';
import { LINEAR_MODEL_FORMAT, type LinearModel, type LinearModelFile } from '../core/model/linearModel.js';
import type { FeatureVector } from '../core/model/featureVector.js';

export interface Example {
  x: FeatureVector;
  /** Index into the label list. */
  y: number;
  /** Weight of this example's loss (default 1): as if it appeared `weight` times. */
  weight?: number;
}

export interface TrainOptions {
  task: string;
  featureSet: string;
  labels: readonly string[];
  dim: number;
  epochs?: number;
  /** AdaGrad base learning rate. */
  learningRate?: number;
  /** L2 penalty per update, applied to the touched weights. */
  l2?: number;
  /** 'balanced' weighs each class by n / (k · n_class), which favours macro-F1. */
  classWeights?: 'balanced' | 'none' | number[];
  seed?: number;
  meta?: Record<string, unknown>;
}

/**
 * Multinomial logistic regression by AdaGrad SGD with a seeded shuffle: the same data and options
 * always give the same weights, which keeps `npm run train` reproducible. The last step's weights are
 * returned: averaging them over the last epoch was tried and moved no AnnoMI task beyond its
 * fold-to-fold noise (AdaGrad's shrinking steps already settle them).
 */
export function trainSoftmax(examples: readonly Example[], opts: TrainOptions): LinearModel {
  const L = opts.labels.length;
  const D = opts.dim;
  const epochs = opts.epochs ?? 12;
  const lr = opts.learningRate ?? 0.3;
  const l2 = opts.l2 ?? 1e-5;
  const rand = mulberry32(opts.seed ?? 1);

  const counts = new Array<number>(L).fill(0);
  // Weighted counts, so 'balanced' treats an example of weight 2 as two (all 1: the plain counts).
  let total = 0;
  for (const e of examples) {
    const ew = e.weight ?? 1;
    counts[e.y] += ew;
    total += ew;
  }
  const cw =
    Array.isArray(opts.classWeights) ? opts.classWeights
    : opts.classWeights === 'none' ? counts.map(() => 1)
    : counts.map((c) => (c > 0 ? total / (L * c) : 0));

  const w = new Float32Array(D * L);
  const g2 = new Float32Array(D * L).fill(1e-8);
  const b = new Float64Array(L);
  const bg2 = new Float64Array(L).fill(1e-8);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(L);

  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const idx of order) {
      const { x, y, weight: ew = 1 } = examples[idx];
      for (let l = 0; l < L; l++) z[l] = b[l];
      for (let k = 0; k < x.indices.length; k++) {
        const base = x.indices[k] * L;
        for (let l = 0; l < L; l++) z[l] += w[base + l] * x.values[k];
      }
      let max = -Infinity;
      for (let l = 0; l < L; l++) if (z[l] > max) max = z[l];
      let sum = 0;
      for (let l = 0; l < L; l++) sum += (z[l] = Math.exp(z[l] - max));
      const weight = cw[y] * ew;
      for (let l = 0; l < L; l++) {
        const grad = (z[l] / sum - (l === y ? 1 : 0)) * weight;
        bg2[l] += grad * grad;
        b[l] -= (lr * grad) / Math.sqrt(bg2[l]);
        for (let k = 0; k < x.indices.length; k++) {
          const p = x.indices[k] * L + l;
          const gw = grad * x.values[k] + l2 * w[p];
          g2[p] += gw * gw;
          w[p] -= (lr * gw) / Math.sqrt(g2[p]);
        }
      }
    }
  }
  return { task: opts.task, featureSet: opts.featureSet, labels: [...opts.labels], dim: D, weights: w, bias: Float32Array.from(b), meta: opts.meta ?? {} };
}

/** Serialises a model to the shipped JSON format (int16 weights with a scale per label). */
export function serializeLinearModel(model: LinearModel): LinearModelFile {
  const L = model.labels.length;
  const scale = new Array<number>(L).fill(0);
  for (let i = 0; i < model.weights.length; i++) scale[i % L] = Math.max(scale[i % L], Math.abs(model.weights[i]));
  for (let l = 0; l < L; l++) scale[l] = scale[l] > 0 ? scale[l] / 32767 : 1e-9;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i] / scale[i % L]);
  const bytes = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  return {
    format: LINEAR_MODEL_FORMAT,
    task: model.task,
    featureSet: model.featureSet,
    labels: [...model.labels],
    dim: model.dim,
    bias: Array.from(model.bias, (v) => Math.round(v * 1e6) / 1e6),
    scale: scale.map((s) => Number(s.toPrecision(8))),
    weights: bytes.toString('base64'),
    meta: model.meta,
  };
}
