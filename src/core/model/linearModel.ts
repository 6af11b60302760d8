import { z } from 'zod';
import { fail, ok, schemaProblems, type Result } from '../problem.js';
import type { FeatureVector } from './featureVector.js';

/**
 * A multinomial logistic-regression model over hashed features: the shape of every learned model in
 * attune. Small (int16 weights), fast (a sparse dot product per label) and explainable (each feature's
 * contribution is weight × value).
 */
export interface LinearModel {
  task: string;
  /** Names the featurizer the weights belong to; a mismatch is refused at load time. */
  featureSet: string;
  labels: readonly string[];
  dim: number;
  /** Feature-major: weights[feature * labels.length + label]. */
  weights: Float32Array;
  bias: Float32Array;
  meta: Record<string, unknown>;
  /**
   * The int16 weights as the file holds them (weights = q × scale[label]) and each label's largest
   * |q|, when the model was read from a file: lets a scorer repack them without re-quantizing. Valid
   * for `of`, the weights array they were read into: one who changes the weights must drop it.
   */
  quantized?: { of: Float32Array; q: Int16Array; scale: readonly number[]; maxAbs: readonly number[] };
}

export const LINEAR_MODEL_FORMAT = 'attune-linear/1';

const modelFileSchema = z.object({
  format: z.literal(LINEAR_MODEL_FORMAT),
  task: z.string().min(1),
  featureSet: z.string().min(1),
  labels: z.array(z.string().min(1)).min(2),
  dim: z.number().int().positive().refine((d) => (d & (d - 1)) === 0, 'dim must be a power of two'),
  bias: z.array(z.number()),
  scale: z.array(z.number().positive()),
  /** Base64 of little-endian int16, feature-major; real weight = int16 * scale[label]. */
  weights: z.string(),
  meta: z.record(z.string(), z.unknown()).default({}),
});
export type LinearModelFile = z.input<typeof modelFileSchema>;

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The little-endian int16 values of `bytes`: a view where the platform and alignment allow, else a copy. */
function int16s(bytes: Uint8Array): Int16Array {
  if (LITTLE_ENDIAN && bytes.byteOffset % 2 === 0) return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Int16Array(bytes.byteLength >> 1);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(i * 2, true);
  return out;
}

/**
 * Validates a parsed model file; `source` names the file in any problem. `fastDecode` may decode the
 * base64 weights faster than the portable atob route (Node: Buffer); it returns null for anything it
 * does not decode exactly as atob would, which then takes the portable route.
 */
export function parseLinearModel(
  json: unknown,
  source: string,
  expectedFeatureSet?: string,
  fastDecode?: (b64: string) => Uint8Array | null,
): Result<LinearModel> {
  const parsed = modelFileSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_resource', source));
  const f = parsed.data;
  const L = f.labels.length;
  if (f.bias.length !== L || f.scale.length !== L) {
    return fail({ code: 'invalid_resource', message: `bias and scale need one entry per label (${L})`, source, path: 'bias' });
  }
  if (expectedFeatureSet !== undefined && f.featureSet !== expectedFeatureSet) {
    return fail({ code: 'model_mismatch', message: `model was trained on feature set "${f.featureSet}", this build computes "${expectedFeatureSet}"`, source, path: 'featureSet', value: f.featureSet });
  }
  let bytes: Uint8Array;
  try {
    bytes = fastDecode?.(f.weights) ?? decodeBase64(f.weights);
  } catch {
    return fail({ code: 'invalid_resource', message: 'weights are not valid base64', source, path: 'weights' });
  }
  if (bytes.length !== f.dim * L * 2) {
    return fail({ code: 'invalid_resource', message: `weights hold ${bytes.length} bytes, expected ${f.dim * L * 2} (dim × labels × 2)`, source, path: 'weights' });
  }
  const q = int16s(bytes);
  const weights = new Float32Array(f.dim * L);
  const scale = f.scale;
  const maxAbs = new Array<number>(L);
  for (let l = 0; l < L; l++) maxAbs[l] = dequantize(q, weights, scale[l], l, L);
  return ok({ task: f.task, featureSet: f.featureSet, labels: f.labels, dim: f.dim, weights, bias: Float32Array.from(f.bias), meta: f.meta, quantized: { of: weights, q, scale, maxAbs } });
}

/**
 * weights[i] = q[i] × s for label l's weights (every L-th from l); returns their largest |q|. A small
 * function of its own: it runs at start-up, before the JIT has compiled anything, and is compiled
 * within the first model's weights (inlined in parseLinearModel, the first model read took about
 * twice as long).
 */
function dequantize(q: Int16Array, weights: Float32Array, s: number, l: number, L: number): number {
  let max = 0;
  for (let i = l; i < weights.length; i += L) {
    const v = q[i];
    weights[i] = v * s;
    if (v > max) max = v;
    else if (-v > max) max = -v;
  }
  return max;
}

/** Raw scores (logits), one per label. */
export function scoreLinear(model: LinearModel, x: FeatureVector): Float64Array {
  const L = model.labels.length;
  const out = new Float64Array(L);
  for (let l = 0; l < L; l++) out[l] = model.bias[l];
  const { weights } = model;
  const { indices, values } = x;
  for (let k = 0; k < indices.length; k++) {
    const base = indices[k] * L;
    const v = values[k];
    for (let l = 0; l < L; l++) out[l] += weights[base + l] * v;
  }
  return out;
}

/** Softmax in place; returns the same array. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i] - max);
    sum += z[i];
  }
  for (let i = 0; i < z.length; i++) z[i] /= sum;
  return z;
}

export function predictProba(model: LinearModel, x: FeatureVector): Float64Array {
  return softmax(scoreLinear(model, x));
}

export function argmax(p: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}

/** Probabilities keyed by label. */
export function labelled<L extends string>(labels: readonly string[], p: ArrayLike<number>): Record<L, number> {
  const out = {} as Record<L, number>;
  labels.forEach((l, i) => (out[l as L] = Math.round(p[i] * 1000) / 1000));
  return out;
}
