import fs from 'node:fs';
import path from 'node:path';
import { parseLexicon, type Lexicon } from '../../core/lexicon/lexicon.js';
import type { LinearModel } from '../../core/model/linearModel.js';
import { predictProba } from '../../core/model/linearModel.js';
import type { Resources } from '../../core/resources.js';
import { analyzeStyle, STYLE_LEXICON, STYLE_MODEL } from '../../core/style/analyzeStyle.js';
import { detectStyleMarkers } from '../../core/style/detectStyleMarkers.js';
import { scoreStyleByRules } from '../../core/style/scoreStyleByRules.js';
import { DEFAULT_STYLE_FEATURE_OPTIONS, STYLE_FEATURE_DIM, STYLE_FEATURE_SET, styleFeatureVector, type StyleFeatureOptions } from '../../core/style/styleFeatures.js';
import { mulberry32 } from '../../core/text/hash.js';
import { tokenize } from '../../core/text/tokenize.js';
import { STYLES, type Style, type Turn } from '../../core/types.js';
import type { ResourcePaths } from '../../io/paths.js';
import { classificationReport, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax, type Example, type TrainOptions } from '../trainSoftmax.js';

/** One line of data/corpus/style/*.jsonl. */
export interface StyleItem {
  id: string;
  speaker: string;
  text: string;
  context?: Turn[];
  style: Style;
  markers?: string[];
}

/** Hyper-parameters chosen by 5-fold cross-validation on the train split (see styleTask.evaluate). */
export const STYLE_TRAIN: Omit<TrainOptions, 'task' | 'featureSet' | 'labels' | 'dim'> & { features: StyleFeatureOptions } = {
  epochs: 15,
  learningRate: 0.3,
  l2: 1e-5,
  classWeights: 'balanced',
  seed: 7,
  features: DEFAULT_STYLE_FEATURE_OPTIONS,
};

export function readStyleCorpus(file: string): StyleItem[] {
  const out: StyleItem[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let item: StyleItem;
    try {
      item = JSON.parse(line) as StyleItem;
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
    }
    if (typeof item.text !== 'string' || !(STYLES as readonly string[]).includes(item.style)) throw new Error(`${file}:${i + 1}: needs "text" and a "style" among ${STYLES.join(', ')}`);
    out.push(item);
  });
  return out;
}

export function loadStyleLexicon(lexiconsDir: string): Lexicon {
  const file = path.join(lexiconsDir, 'style-markers.json');
  const r = parseLexicon(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.source} ${p.path ?? ''}: ${p.message}`).join('\n'));
  return r.value;
}

export function styleExamples(items: readonly StyleItem[], lexicon: Lexicon, features: StyleFeatureOptions = STYLE_TRAIN.features): Example[] {
  return items.map((it) => {
    const tokens = tokenize(it.text);
    const markers = detectStyleMarkers(it.text, lexicon, tokens);
    return { x: styleFeatureVector(it.text, tokens, markers, it.context ?? [], features, STYLE_FEATURE_DIM), y: STYLES.indexOf(it.style) };
  });
}

export function trainStyleModel(examples: readonly Example[], n: number, opts = STYLE_TRAIN): LinearModel {
  return trainSoftmax(examples, {
    ...opts,
    task: STYLE_MODEL,
    featureSet: STYLE_FEATURE_SET,
    labels: STYLES,
    dim: STYLE_FEATURE_DIM,
    meta: { trainedOn: 'data/corpus/style/train.jsonl', examples: n, epochs: opts.epochs, learningRate: opts.learningRate, l2: opts.l2, lexicalWeight: opts.features.lexicalWeight },
  });
}

/** Deterministic fold of each item: a seeded shuffle, then round robin, stratified by style. */
export function styleFolds(items: readonly StyleItem[], k: number, seed = 11): number[] {
  const rand = mulberry32(seed);
  const fold = new Array<number>(items.length).fill(0);
  for (const s of STYLES) {
    const idx = items.map((it, i) => (it.style === s ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((i, r) => (fold[i] = r % k));
  }
  return fold;
}

/**
 * k-fold cross-validation on the train split: the model (trained per fold), the transparent rule
 * scorer (no training), and their predictions, for choosing between them.
 */
export function crossValidateStyle(items: readonly StyleItem[], lexicon: Lexicon, k = 5, opts = STYLE_TRAIN): { model: ClassificationReport; rules: ClassificationReport; predictions: Style[] } {
  const examples = styleExamples(items, lexicon, opts.features);
  const fold = styleFolds(items, k);
  const pred: Style[] = new Array(items.length);
  for (let f = 0; f < k; f++) {
    const trainSet = examples.filter((_, i) => fold[i] !== f);
    const model = trainStyleModel(trainSet, trainSet.length, opts);
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      const p = predictProba(model, e.x);
      let b = 0;
      for (let l = 1; l < p.length; l++) if (p[l] > p[b]) b = l;
      pred[i] = STYLES[b];
    });
  }
  const rulePred = items.map((it) => {
    const scores = scoreStyleByRules(detectStyleMarkers(it.text, lexicon), lexicon);
    return STYLES.reduce((a, b) => (scores[b] > scores[a] ? b : a), 'neutral' as Style);
  });
  const gold = items.map((it) => it.style);
  return { model: classificationReport(STYLES, gold, pred), rules: classificationReport(STYLES, gold, rulePred), predictions: pred };
}

/**
 * Agreement of the detected marker kinds with the annotated ones, per utterance (sets of kinds),
 * micro-averaged over the kinds the lexicon reports. Annotators mark a kind once per utterance.
 */
export function markerAgreement(items: readonly StyleItem[], lexicon: Lexicon): { precision: number; recall: number; f1: number } {
  const known = new Set(lexicon.entries.filter((e) => e.weight !== 0).map((e) => e.kind));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const got = new Set(detectStyleMarkers(it.text, lexicon).map((m) => m.kind));
    const gold = new Set((it.markers ?? []).filter((k) => known.has(k)));
    for (const k of got) if (gold.has(k)) tp++;
    else fp++;
    for (const k of gold) if (!got.has(k)) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const trainFile = (paths: ResourcePaths) => path.join(paths.corpusDir, 'style', 'train.jsonl');
const heldoutFile = (paths: ResourcePaths) => path.join(paths.corpusDir, 'style', 'heldout.jsonl');

export const styleTask: TrainingTask = {
  name: 'style',
  async train(paths) {
    const lexicon = loadStyleLexicon(paths.lexiconsDir);
    const items = readStyleCorpus(trainFile(paths));
    const model = trainStyleModel(styleExamples(items, lexicon), items.length);
    const out = path.join(paths.modelsDir, 'style.json');
    fs.mkdirSync(paths.modelsDir, { recursive: true });
    fs.writeFileSync(out, JSON.stringify(serializeLinearModel(model)) + '\n');
    return [path.relative(paths.root, out)];
  },
  async evaluate(paths, resources: Resources) {
    const lexicon = resources.lexicons[STYLE_LEXICON] ?? loadStyleLexicon(paths.lexiconsDir);
    const train = readStyleCorpus(trainFile(paths));
    const cv = crossValidateStyle(train, lexicon);
    const cvNote = `5-fold CV on train (n=${train.length}): model accuracy ${cv.model.accuracy.toFixed(3)} macro-F1 ${cv.model.macroF1.toFixed(3)}; rules only macro-F1 ${cv.rules.macroF1.toFixed(3)}`;
    if (!fs.existsSync(heldoutFile(paths))) return [{ title: 'style (5-fold CV on train)', report: cv.model, note: 'no heldout file' }];
    // The held-out split is read here only, to report; nothing was tuned on it.
    const heldout = readStyleCorpus(heldoutFile(paths));
    const pred = heldout.map((it) => analyzeStyle(it.text, it.context ?? [], resources).style);
    const report = classificationReport(STYLES, heldout.map((it) => it.style), pred);
    const using = resources.models[STYLE_MODEL] ? 'linear model' : 'rules only (no models/style.json)';
    const agree = markerAgreement(heldout, lexicon);
    const markerNote = `marker kinds vs annotation on heldout: P ${agree.precision.toFixed(3)} R ${agree.recall.toFixed(3)} F1 ${agree.f1.toFixed(3)}`;
    return [{ title: `style on data/corpus/style/heldout.jsonl (${using})`, report, note: `${cvNote}\n  ${markerNote}` }];
  },
};
