import { requireWordLists } from '../lexicon/wordLists.js';
import { predictProba } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import { EMPATHY_MECHANISMS, type Empathy, type EmpathyMechanism, type Turn } from '../types.js';
import { EMPATHY_FEATURE_SET, empathyFeatures, featureVariant, type FeatureVariant } from './empathyFeatures.js';
import { fallbackRationale } from './fallbackRationale.js';
import { modelLevel, modelMode } from './modelLevel.js';
import { regrade } from './regrade.js';
import { ruleEmpathy } from './ruleEmpathy.js';

export const EMPATHY_LEXICON = 'empathy-cues';
/** Optional learned refinements, one per mechanism, used when shipped (see src/train/tasks/empathyTask.ts). */
export const EMPATHY_MODEL_TASKS: Readonly<Record<EmpathyMechanism, string>> = { er: 'empathy-er', ip: 'empathy-ip', ex: 'empathy-ex' };

/**
 * Rates a reply on the three EPITOME mechanisms (Sharma, Miner, Atkins & Althoff, EMNLP 2020):
 * `er` emotional reactions, `ip` interpretations, `ex` explorations, each 0 none, 1 weak, 2 strong,
 * with rationales (the spans carrying each, `text.slice(start, end)`). Levels come from the
 * `empathy-cues` lexicon refined by sentence structure, guards and specificity against the other
 * person's last turn in `context`; where a model `empathy-er|ip|ex` is shipped it re-grades that
 * mechanism within the limits of its mode (modelLevel.ts), and the rationales still come from the cues.
 * Without the lexicon every level is 0. The models need `resources.wordLists` (throws without them).
 */
export function analyzeEmpathy(text: string, context: readonly Turn[], resources: Resources): Empathy {
  const lexicon = resources.lexicons[EMPATHY_LEXICON];
  if (!lexicon || text.trim().length === 0) return { er: 0, ip: 0, ex: 0, rationales: [] };
  const { empathy, scan, otherStems } = ruleEmpathy(text, context, lexicon);
  const rule = { er: empathy.er, ip: empathy.ip, ex: empathy.ex };
  const out: Empathy = { ...empathy };
  // The variants the shipped models read, computed together once.
  const variants: FeatureVariant[] = [];
  for (const m of EMPATHY_MECHANISMS) {
    const model = resources.models[EMPATHY_MODEL_TASKS[m]];
    if (!model || model.featureSet !== EMPATHY_FEATURE_SET || (modelMode(model.meta) !== 'free' && rule[m] === 0)) continue;
    const v = featureVariant(model.meta);
    if (!variants.includes(v)) variants.push(v);
  }
  const xs = variants.length ? empathyFeatures(scan, rule, otherStems, variants, requireWordLists(resources).empathy) : {};
  for (const m of EMPATHY_MECHANISMS) {
    const model = resources.models[EMPATHY_MODEL_TASKS[m]];
    if (!model || model.featureSet !== EMPATHY_FEATURE_SET) continue;
    const mode = modelMode(model.meta);
    if (mode !== 'free' && rule[m] === 0) continue; // only a free model may raise a mechanism from 0
    const x = xs[featureVariant(model.meta)];
    if (!x) continue;
    const fallback = rule[m] === 0 ? fallbackRationale(scan, out.rationales, m, 1) : null;
    const level = modelLevel(predictProba(model, x[m]), rule[m], mode, fallback !== null);
    out[m] = level;
    if (level === 0) out.rationales = out.rationales.filter((r) => r.mechanism !== m);
    else if (rule[m] === 0 && fallback) out.rationales = [...out.rationales, { ...fallback, level }].sort((a, b) => a.start - b.start || a.end - b.end);
    else if (level !== rule[m]) out.rationales = regrade(out.rationales, m, level);
  }
  return out;
}
