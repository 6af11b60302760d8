import { predictProba, type LinearModel } from '../model/linearModel.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import type { Marker, Stance, Turn } from '../types.js';
import { STANCES } from '../types.js';
import { detectContextRequests, lastClientTurn } from './detectContextRequests.js';
import { detectStanceMarkersGiven } from './detectStanceMarkers.js';
import { constrainStance, type StanceConstraints } from './constrainStance.js';
import { scoreStanceRules } from './scoreStanceRules.js';
import { STANCE_FEATURE_SET, stanceFeatures } from './stanceFeatures.js';

export const STANCE_LEXICON = 'stance-markers';
export const STANCE_MODEL_TASK = 'stance';

export interface StanceResult {
  stance: Stance;
  /** Probability of each stance; they sum to 1. */
  scores: Record<Stance, number>;
  markers: Marker[];
}

const HAS_WORD = /[\p{L}\p{N}]/u;

const weightCache = new WeakMap<Lexicon, Map<string, number>>();
function weightsOf(lexicon: Lexicon): Map<string, number> {
  let w = weightCache.get(lexicon);
  if (!w) {
    w = new Map(lexicon.entries.map((e) => [e.kind, e.weight]));
    weightCache.set(lexicon, w);
  }
  return w;
}

/** The stance model when it fits this build (feature set and labels), else null: rules alone then. */
function usableModel(resources: Resources): LinearModel | null {
  const m = resources.models[STANCE_MODEL_TASK];
  if (!m || m.featureSet !== STANCE_FEATURE_SET) return null;
  if (m.labels.length !== STANCES.length || STANCES.some((s) => !m.labels.includes(s))) return null;
  return m;
}

/** The constraint settings a model was chosen with (leave-one-source-out, stanceTask.ts); defaults otherwise. */
function constraintsOf(model: LinearModel): StanceConstraints {
  const { noneOdds, passiveWithoutNeed } = model.meta;
  return {
    unmarkedNoneOdds: typeof noneOdds === 'number' && noneOdds >= 1 ? noneOdds : undefined,
    passiveWithoutNeed: typeof passiveWithoutNeed === 'number' && passiveWithoutNeed >= 0 && passiveWithoutNeed <= 1 ? passiveWithoutNeed : undefined,
  };
}

/** The lexical feature weight the model was trained with (meta.lexicalScale), else the default. */
function lexicalScaleOf(model: LinearModel): number | undefined {
  const s = model.meta.lexicalScale;
  return typeof s === 'number' && s > 0 && s <= 4 ? s : undefined;
}

/**
 * The directive stance of a therapist reply (domain primer §4): none (following only), assertive,
 * aggressive or passive, with the markers that carry it. `context`: earlier turns, oldest first; the
 * client's last turn tells what the reply answers (a request for contact lets "Sure, of course" read as
 * passive). Scores blend the transparent marker scoring (scoreStanceRules) with the linear model
 * `models/stance.json` when present, by the weight `meta.blend` chosen by leave-one-source-out evaluation on
 * the training files (src/train/tasks/stanceTask.ts); then constrainStance applies "passive needs a need" and the
 * odds of none for an unmarked reply, as the model's `meta.passiveWithoutNeed` / `meta.noneOdds` say. Throws when the stance lexicon is missing (a packaging fault).
 */
export function analyzeStance(text: string, context: readonly Turn[], resources: Resources): StanceResult {
  const lexicon = resources.lexicons[STANCE_LEXICON];
  if (!lexicon) throw new Error(`stance analysis needs the lexicon "${STANCE_LEXICON}" (data/lexicons/stance-markers.json), which is missing`);
  // No words, no stance: the model's prior must not decide for an emoji or an empty reply.
  if (!HAS_WORD.test(text)) return { stance: 'none', scores: { none: 1, assertive: 0, aggressive: 0, passive: 0 }, markers: [] };
  const requests = detectContextRequests(context, lexicon);
  const markers = detectStanceMarkersGiven(text, requests, lexicon);
  const rules = scoreStanceRules(markers, weightsOf(lexicon));
  const model = usableModel(resources);
  let scores = rules;
  if (model) {
    const blend = typeof model.meta.blend === 'number' && model.meta.blend >= 0 && model.meta.blend <= 1 ? model.meta.blend : 1;
    const p = predictProba(model, stanceFeatures(text, markers, requests, model.dim, { client: lastClientTurn(context)?.text ?? null, lexicalScale: lexicalScaleOf(model) }));
    scores = {} as Record<Stance, number>;
    model.labels.forEach((l, i) => (scores[l as Stance] = blend * p[i] + (1 - blend) * rules[l as Stance]));
  }
  scores = constrainStance(scores, markers, requests, model ? constraintsOf(model) : {});
  let stance: Stance = 'none';
  for (const s of STANCES) if (scores[s] > scores[stance]) stance = s;
  return { stance, scores, markers };
}
