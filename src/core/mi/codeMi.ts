import type { MiWordLists } from '../lexicon/wordLists.js';
import type { FeatureBuilder } from '../model/featureVector.js';
import { argmax, labelled, type LinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import type { ClientTalk, MiBehaviour, MiCoding, QuestionType, ReflectionType, TalkCoding, Turn } from '../types.js';
import { MI_CLIENT_FEATURE_SET, MI_THERAPIST_FEATURE_SET, miFeaturesInto } from './miFeatures.js';

/** The four AnnoMI-trained models behind MI coding. */
export interface MiModels {
  behaviour: LinearModel;
  reflection: LinearModel;
  question: LinearModel;
  talk: LinearModel;
}

const REQUIRED = [
  ['behaviour', 'mi-behaviour', MI_THERAPIST_FEATURE_SET, ['reflection', 'question', 'therapist_input', 'other']],
  ['reflection', 'mi-reflection', MI_THERAPIST_FEATURE_SET, ['simple', 'complex']],
  ['question', 'mi-question', MI_THERAPIST_FEATURE_SET, ['open', 'closed']],
  ['talk', 'client-talk', MI_CLIENT_FEATURE_SET, ['change', 'neutral', 'sustain']],
] as const;

/**
 * Picks the MI models from the loaded resources. Throws when one is missing, was trained on another
 * feature set, or does not have the expected labels: a packaging fault, not an input problem.
 */
export function miModelsFrom(resources: Resources): MiModels {
  const out: Partial<MiModels> = {};
  for (const [key, task, featureSet, labels] of REQUIRED) {
    const m = resources.models[task];
    if (!m) throw new Error(`MI coding needs the model for task "${task}" (models/${task}.json), which is missing`);
    if (m.featureSet !== featureSet) {
      throw new Error(`model "${task}" was trained on feature set "${m.featureSet}", this build computes "${featureSet}": retrain with npm run train mi`);
    }
    if (m.labels.length !== labels.length || labels.some((l) => !m.labels.includes(l))) {
      throw new Error(`model "${task}" has labels [${m.labels.join(', ')}], expected [${labels.join(', ')}]`);
    }
    out[key] = m;
  }
  const models = out as MiModels;
  if (models.behaviour.dim !== models.reflection.dim || models.behaviour.dim !== models.question.dim) {
    throw new Error('MI therapist models must share one feature dimension: retrain with npm run train mi');
  }
  // Packed on first use per speaker (therapistPack, clientPack): a process that codes only one side,
  // or a single utterance, does not pay for the other side's models at start-up.
  return models;
}

/**
 * Models packed for scoring: the weights of one or more models interleaved per feature as int16 (the
 * precision of the model files), so that one pass over a turn's features reads one short run of memory
 * per feature for all models at once. Scoring is memory-bound: this about halves its cost against
 * reading each model's float32 weights separately.
 */
export interface Packed {
  width: number;
  q: Int16Array;
  scale: Float64Array;
  bias: Float64Array;
}

/** Packs the models' weights side by side (exported for tests). */
export function pack(parts: readonly LinearModel[]): Packed {
  const used = parts.reduce((s, m) => s + m.labels.length, 0);
  const width = used <= 4 ? 4 : 8 * Math.ceil(used / 8);
  const dim = parts[0].dim;
  const q = new Int16Array(dim * width);
  const scale = new Float64Array(width).fill(0);
  const bias = new Float64Array(width);
  let offset = 0;
  for (const m of parts) {
    const L = m.labels.length;
    const w = m.weights;
    const fq = m.quantized;
    // The file's own quantization, with every label's largest |q| at full range (as the trainer
    // writes it): re-quantizing gives back exactly q. Here w = fround(q·s), the largest |w| is
    // fround(32767·s), and w / (that / 32767) is q within a relative 2^-22, under 0.01 for
    // |q| ≤ 32767: Math.round returns q. So copy q, and compute the scale as below would.
    if (fq !== undefined && fq.of === w && fq.maxAbs.every((a) => a === 32767)) {
      for (let l = 0; l < L; l++) {
        bias[offset + l] = m.bias[l];
        scale[offset + l] = Math.fround(32767 * fq.scale[l]) / 32767;
      }
      interleave(q, fq.q, dim, L, width, offset);
      offset += L;
      continue;
    }
    for (let l = 0; l < L; l++) {
      bias[offset + l] = m.bias[l];
      // Label by label (strided: short, monomorphic loops that the JIT optimizes at once on start-up).
      let max = 0;
      for (let i = l; i < w.length; i += L) {
        const a = Math.abs(w[i]);
        if (a > max) max = a;
      }
      const s = max > 0 ? max / 32767 : 1;
      scale[offset + l] = s;
      for (let f = 0, i = l, to = offset + l; f < dim; f++, i += L, to += width) q[to] = Math.round(w[i] / s);
    }
    offset += L;
  }
  return { width, q, scale, bias };
}

/**
 * Copies `dim` rows of `L` values from `src` into columns offset.. of `q`'s rows of `width`, in memory
 * order. It runs once, at a process's first turn, before the JIT has compiled anything: a small
 * function of its own is compiled within the first model's rows (inlined in pack, the copy of the
 * therapist models' half a million values took 11–21 ms instead of 4–5).
 */
function interleave(q: Int16Array, src: Int16Array, dim: number, L: number, width: number, offset: number): void {
  for (let f = 0, i = 0, to = offset; f < dim; f++, to += width) for (let l = 0; l < L; l++) q[to + l] = src[i++];
}

// Cached per model object (not per MiModels wrapper, which callers may rebuild freely).
const packedTherapist = new WeakMap<LinearModel, { reflection: LinearModel; question: LinearModel; packed: Packed }>();
const packedClient = new WeakMap<LinearModel, Packed>();

function therapistPack(models: MiModels): Packed {
  const hit = packedTherapist.get(models.behaviour);
  if (hit && hit.reflection === models.reflection && hit.question === models.question) return hit.packed;
  const packed = pack([models.behaviour, models.reflection, models.question]);
  packedTherapist.set(models.behaviour, { reflection: models.reflection, question: models.question, packed });
  return packed;
}

function clientPack(models: MiModels): Packed {
  let p = packedClient.get(models.talk);
  if (!p) packedClient.set(models.talk, (p = pack([models.talk])));
  return p;
}

/**
 * Logits of every packed column for the features collected in `fb`, read in place (the order build()
 * would give them, so the sums are the same), which then clears the builder.
 */
function scorePacked(p: Packed, fb: FeatureBuilder): Float64Array {
  const z = p.width === 8 ? sums8(p.q, fb) : p.width === 4 ? sums4(p.q, fb) : sumsAny(p.q, p.width, fb);
  fb.reset();
  for (let l = 0; l < p.width; l++) z[l] = z[l] * p.scale[l] + p.bias[l];
  return z;
}

// The sums per column, feature by feature in the builder's order (so every sum adds its terms in the
// same order whatever the width). Widths 8 and 4, the packed therapist and client models, keep their
// sums in registers: a loop over a Float64Array loads and stores each sum once per feature.
function sums8(q: Int16Array, fb: FeatureBuilder): Float64Array {
  let z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0;
  for (let k = 0, n = fb.size; k < n; k++) {
    const b = fb.bucketAt(k) * 8;
    const v = fb.valueAt(k);
    z0 += q[b] * v;
    z1 += q[b + 1] * v;
    z2 += q[b + 2] * v;
    z3 += q[b + 3] * v;
    z4 += q[b + 4] * v;
    z5 += q[b + 5] * v;
    z6 += q[b + 6] * v;
    z7 += q[b + 7] * v;
  }
  return Float64Array.of(z0, z1, z2, z3, z4, z5, z6, z7);
}

function sums4(q: Int16Array, fb: FeatureBuilder): Float64Array {
  let z0 = 0, z1 = 0, z2 = 0, z3 = 0;
  for (let k = 0, n = fb.size; k < n; k++) {
    const b = fb.bucketAt(k) * 4;
    const v = fb.valueAt(k);
    z0 += q[b] * v;
    z1 += q[b + 1] * v;
    z2 += q[b + 2] * v;
    z3 += q[b + 3] * v;
  }
  return Float64Array.of(z0, z1, z2, z3);
}

function sumsAny(q: Int16Array, width: number, fb: FeatureBuilder): Float64Array {
  const z = new Float64Array(width);
  for (let k = 0, n = fb.size; k < n; k++) {
    const base = fb.bucketAt(k) * width;
    const v = fb.valueAt(k);
    for (let l = 0; l < width; l++) z[l] += q[base + l] * v;
  }
  return z;
}

function softmaxRange(z: Float64Array, from: number, to: number): Float64Array {
  const out = new Float64Array(to - from);
  let max = -Infinity;
  for (let i = from; i < to; i++) if (z[i] > max) max = z[i];
  let sum = 0;
  for (let i = from; i < to; i++) sum += out[i - from] = Math.exp(z[i] - max);
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

/**
 * Codes a therapist turn as AnnoMI does: main behaviour, with the reflection (simple|complex) or
 * question (open|closed) subtype when that is the behaviour. `context`: earlier turns, oldest first
 * (may be empty). One featurization and one pass over it score all three therapist models. `words`:
 * the word lists the models were trained with (Resources.wordLists.mi).
 */
export function codeTherapistTurn(text: string, context: readonly Turn[], models: MiModels, words: MiWordLists): MiCoding {
  const { behaviour: mb, reflection: mr, question: mq } = models;
  const z = scorePacked(therapistPack(models), miFeaturesInto(text, 'therapist', context, words, mb.dim));
  const nb = mb.labels.length;
  const nr = mr.labels.length;
  const p = softmaxRange(z, 0, nb);
  const behaviour = mb.labels[argmax(p)] as MiBehaviour;
  let reflection: ReflectionType | null = null;
  let question: QuestionType | null = null;
  if (behaviour === 'reflection') reflection = mr.labels[argmax(softmaxRange(z, nb, nb + nr))] as ReflectionType;
  else if (behaviour === 'question') question = mq.labels[argmax(softmaxRange(z, nb + nr, nb + nr + mq.labels.length))] as QuestionType;
  return { behaviour, reflection, question, probabilities: labelled<MiBehaviour>(mb.labels, p) };
}

/** Codes a client turn as change, neutral or sustain talk (AnnoMI); `context` as above. */
export function codeClientTurn(text: string, context: readonly Turn[], models: MiModels, words: MiWordLists): TalkCoding {
  const L = models.talk.labels.length;
  const p = softmaxRange(scorePacked(clientPack(models), miFeaturesInto(text, 'client', context, words, models.talk.dim)), 0, L);
  return { talk: models.talk.labels[argmax(p)] as ClientTalk, probabilities: labelled<ClientTalk>(models.talk.labels, p) };
}
