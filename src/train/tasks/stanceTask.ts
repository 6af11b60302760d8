import fs from 'node:fs';
import path from 'node:path';
import { parseLexicon, type Lexicon } from '../../core/lexicon/lexicon.js';
import type { FeatureVector } from '../../core/model/featureVector.js';
import { predictProba, type LinearModel } from '../../core/model/linearModel.js';
import type { Resources } from '../../core/resources.js';
import { analyzeStance, STANCE_LEXICON, STANCE_MODEL_TASK } from '../../core/stance/analyzeStance.js';
import { detectContextRequests } from '../../core/stance/detectContextRequests.js';
import { detectStanceMarkersGiven } from '../../core/stance/detectStanceMarkers.js';
import { constrainStance } from '../../core/stance/constrainStance.js';
import { scoreStanceRules } from '../../core/stance/scoreStanceRules.js';
import { STANCE_FEATURE_DIM, STANCE_FEATURE_SET, stanceFeatures } from '../../core/stance/stanceFeatures.js';
import { mulberry32 } from '../../core/text/hash.js';
import { SPEAKERS, STANCES, type Marker, type Stance, type Turn } from '../../core/types.js';
import type { ResourcePaths } from '../../io/paths.js';
import { classificationReport, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax } from '../trainSoftmax.js';

/** One line of data/corpus/stance/*.jsonl (see docs/labelling-stance.md). */
export interface StanceItem {
  id: string;
  text: string;
  context: Turn[];
  stance: Stance;
  moves: string[];
}

export function loadStanceCorpus(file: string): StanceItem[] {
  const out: StanceItem[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as Partial<StanceItem> & { context?: unknown };
    if (typeof r.text !== 'string' || !STANCES.includes(r.stance as Stance)) throw new Error(`${file}:${i + 1}: needs "text" and a "stance" of ${STANCES.join('/')}`);
    const context = Array.isArray(r.context) ? (r.context as Turn[]).filter((t) => t && typeof t.text === 'string' && SPEAKERS.includes(t.speaker)) : [];
    out.push({ id: String(r.id ?? i + 1), text: r.text, context, stance: r.stance as Stance, moves: Array.isArray(r.moves) ? r.moves : [] });
  });
  return out;
}

function loadStanceLexicon(paths: ResourcePaths): Lexicon {
  const file = path.join(paths.lexiconsDir, 'stance-markers.json');
  const lex = parseLexicon(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  if (!lex.ok) throw new Error(lex.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return lex.value;
}

/** An item with everything the rules compute, so CV retrains only the model. */
export interface Prepared {
  item: StanceItem;
  y: number;
  rules: Record<Stance, number>;
  x: FeatureVector;
  markers: Marker[];
  requests: string[];
}

export function prepareStanceItems(items: readonly StanceItem[], lexicon: Lexicon): Prepared[] {
  const weights = new Map(lexicon.entries.map((e) => [e.kind, e.weight]));
  return items.map((item) => {
    const requests = detectContextRequests(item.context, lexicon);
    const markers = detectStanceMarkersGiven(item.text, requests, lexicon);
    return { item, y: STANCES.indexOf(item.stance), rules: scoreStanceRules(markers, weights), x: stanceFeatures(item.text, markers, requests, STANCE_FEATURE_DIM), markers, requests };
  });
}

/** Fixed before any look at held-out data; compared by 5-fold CV on train (see `crossValidate`). */
export interface StanceHyper { epochs: number; learningRate: number; l2: number; seed: number }
export const STANCE_HYPER: StanceHyper = { epochs: 20, learningRate: 0.2, l2: 1e-4, seed: 7 };
/** Weights of the model in the blend with the rule scores, in order of preference; CV picks one. */
export const BLEND_GRID = [0.5, 0.75, 0.25, 1, 0] as const;
/** Macro-F1 within this of the best counts as a tie (about three items in 600). */
const BLEND_TOLERANCE = 0.005;
const FOLDS = 5;

function trainModel(data: readonly Prepared[], hyper: StanceHyper, meta: Record<string, unknown> = {}): LinearModel {
  return trainSoftmax(
    data.map((d) => ({ x: d.x, y: d.y })),
    { task: STANCE_MODEL_TASK, featureSet: STANCE_FEATURE_SET, labels: STANCES, dim: STANCE_FEATURE_DIM, classWeights: 'balanced', ...hyper, meta },
  );
}

/** The decision analyzeStance makes, for an item already featurized. */
function blended(model: LinearModel, d: Prepared, blend: number, odds?: number): Stance {
  const p = predictProba(model, d.x);
  const mixed = {} as Record<Stance, number>;
  model.labels.forEach((l, i) => (mixed[l as Stance] = blend * p[i] + (1 - blend) * d.rules[l as Stance]));
  const scores = constrainStance(mixed, d.markers, d.requests, odds);
  let best: Stance = 'none';
  for (const s of STANCES) if (scores[s] > scores[best]) best = s;
  return best;
}

/** Stratified folds from a seeded shuffle: every fold has the label mix of the whole. */
function folds(data: readonly Prepared[], k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const fold = new Array<number>(data.length);
  for (const label of STANCES) {
    const idx = data.map((d, i) => (d.item.stance === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((i, n) => (fold[i] = n % k));
  }
  return fold;
}

/** Out-of-fold predictions of k-fold CV on train, per blend weight (0 = rules only, 1 = model only). */
export function crossValidatePredictions(data: readonly Prepared[], hyper: StanceHyper = STANCE_HYPER, k = FOLDS, seed = 1, odds?: number): Map<number, Stance[]> {
  const fold = folds(data, k, seed);
  const preds = new Map<number, Stance[]>(BLEND_GRID.map((b) => [b, new Array<Stance>(data.length)]));
  for (let f = 0; f < k; f++) {
    const model = trainModel(data.filter((_, i) => fold[i] !== f), hyper);
    data.forEach((d, i) => {
      if (fold[i] !== f) return;
      for (const b of BLEND_GRID) preds.get(b)![i] = blended(model, d, b, odds);
    });
  }
  return preds;
}

/** k-fold CV on train: one report per blend weight. */
export function crossValidate(data: readonly Prepared[], hyper: StanceHyper = STANCE_HYPER, k = FOLDS, seed = 1, odds?: number): Map<number, ClassificationReport> {
  const preds = crossValidatePredictions(data, hyper, k, seed, odds);
  const gold = data.map((d) => d.item.stance);
  return new Map(BLEND_GRID.map((b) => [b, classificationReport(STANCES, gold, preds.get(b)!)]));
}

/**
 * CV differences of a few items are noise: the earliest blend in BLEND_GRID (which favours mixing
 * model and rules) within BLEND_TOLERANCE of the best macro-F1 is taken.
 */
function pickBlend(cv: Map<number, ClassificationReport>): number {
  const best = Math.max(...[...cv.values()].map((r) => r.macroF1));
  return BLEND_GRID.find((b) => cv.get(b)!.macroF1 >= best - BLEND_TOLERANCE) ?? BLEND_GRID[0];
}

const cvNote = (cv: Map<number, ClassificationReport>) =>
  [...cv].map(([b, r]) => `blend ${b}: acc ${r.accuracy.toFixed(3)} macro-F1 ${r.macroF1.toFixed(3)}`).join('; ');

export const stanceTask: TrainingTask = {
  name: 'stance',

  async train(paths) {
    const lexicon = loadStanceLexicon(paths);
    const data = prepareStanceItems(loadStanceCorpus(path.join(paths.corpusDir, 'stance', 'train.jsonl')), lexicon);
    const cv = crossValidate(data);
    const blend = pickBlend(cv);
    const r = cv.get(blend)!;
    const model = trainModel(data, STANCE_HYPER, {
      blend,
      trainedOn: 'data/corpus/stance/train.jsonl',
      n: data.length,
      cvFolds: FOLDS,
      cvMacroF1: Number(r.macroF1.toFixed(4)),
      cvAccuracy: Number(r.accuracy.toFixed(4)),
      hyper: { ...STANCE_HYPER },
    });
    fs.mkdirSync(paths.modelsDir, { recursive: true });
    const file = path.join(paths.modelsDir, 'stance.json');
    fs.writeFileSync(file, `${JSON.stringify(serializeLinearModel(model))}\n`);
    return [path.relative(paths.root, file)];
  },

  async evaluate(paths, resources: Resources) {
    const dir = path.join(paths.corpusDir, 'stance');
    const lexicon = resources.lexicons[STANCE_LEXICON];
    // Every held-out file of the corpus (heldout.jsonl, and any heldout-*.jsonl beside it).
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^heldout.*\.jsonl$/.test(f)).sort() : [];
    if (!lexicon || files.length === 0) return [];
    const train = prepareStanceItems(loadStanceCorpus(path.join(dir, 'train.jsonl')), lexicon);
    const note = `5-fold CV on train (n=${train.length}): ${cvNote(crossValidate(train))}`;
    const rulesOnly: Resources = { ...resources, models: Object.fromEntries(Object.entries(resources.models).filter(([k]) => k !== STANCE_MODEL_TASK)) };
    const blend = resources.models[STANCE_MODEL_TASK]?.meta.blend;
    const out: Array<{ title: string; report: ClassificationReport; note?: string }> = [];
    for (const file of files) {
      const heldout = loadStanceCorpus(path.join(dir, file));
      const gold = heldout.map((h) => h.stance);
      const shipped = heldout.map((h) => analyzeStance(h.text, h.context, resources).stance);
      const rules = heldout.map((h) => analyzeStance(h.text, h.context, rulesOnly).stance);
      out.push(
        { title: `stance ${file} (shipped: ${blend === undefined ? 'rules only' : `blend ${blend}`})`, report: classificationReport(STANCES, gold, shipped), note },
        { title: `stance ${file} (rules only)`, report: classificationReport(STANCES, gold, rules) },
      );
    }
    return out;
  },
};
