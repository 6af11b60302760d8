import fs from 'node:fs';
import path from 'node:path';
import { analyzeEmpathy, EMPATHY_LEXICON, EMPATHY_MODEL_TASKS } from '../../core/empathy/analyzeEmpathy.js';
import { EMPATHY_FEATURE_DIM, EMPATHY_FEATURE_SET, empathyFeatures } from '../../core/empathy/empathyFeatures.js';
import { ruleEmpathy } from '../../core/empathy/ruleEmpathy.js';
import { parseLexicon, type Lexicon } from '../../core/lexicon/lexicon.js';
import type { FeatureVector } from '../../core/model/featureVector.js';
import { predictProba } from '../../core/model/linearModel.js';
import { fallbackRationale } from '../../core/empathy/fallbackRationale.js';
import { MODEL_MODES, modelLevel, type ModelMode } from '../../core/empathy/modelLevel.js';
import type { Resources } from '../../core/resources.js';
import { hashString } from '../../core/text/hash.js';
import { tokenize } from '../../core/text/tokenize.js';
import { EMPATHY_MECHANISMS, type Empathy, type EmpathyMechanism, type Turn } from '../../core/types.js';
import type { ResourcePaths } from '../../io/paths.js';
import { classificationReport, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax, type Example } from '../trainSoftmax.js';

/** One line of data/corpus/empathy/{train,heldout}.jsonl. */
interface EmpathyRow {
  id: string;
  text: string;
  context: Turn[];
  er: number;
  ip: number;
  ex: number;
  rationales: Record<EmpathyMechanism, string[]>;
}

const LEVELS = ['0', '1', '2'] as const;
const FOLDS = 5;
/** A model ships only if its train-split CV macro-F1 beats the rules by this much. */
const MARGIN = 0.01;
const TRAIN_OPTS = { dim: EMPATHY_FEATURE_DIM, epochs: 12, learningRate: 0.3, l2: 1e-5, classWeights: 'balanced' as const, seed: 7 };

function readRows(file: string): EmpathyRow[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EmpathyRow);
}

const corpusFile = (paths: ResourcePaths, split: 'train' | 'heldout') => path.join(paths.corpusDir, 'empathy', `${split}.jsonl`);
const modelFile = (paths: ResourcePaths, m: EmpathyMechanism) => path.join(paths.modelsDir, `${EMPATHY_MODEL_TASKS[m]}.json`);

interface Prepared {
  row: EmpathyRow;
  rule: Empathy;
  x: Record<EmpathyMechanism, FeatureVector>;
  /** A sentence could carry new evidence of the mechanism (see fallbackRationale). */
  canRaise: Record<EmpathyMechanism, boolean>;
}

function prepare(rows: readonly EmpathyRow[], lexicon: Lexicon): Prepared[] {
  return rows.map((row) => {
    const { empathy, scan } = ruleEmpathy(row.text, row.context ?? [], lexicon);
    const levels = { er: empathy.er, ip: empathy.ip, ex: empathy.ex };
    const x = empathyFeatures(scan, levels);
    const canRaise = {} as Record<EmpathyMechanism, boolean>;
    for (const m of EMPATHY_MECHANISMS) canRaise[m] = fallbackRationale(scan, empathy.rationales, m, 1) !== null;
    return { row, rule: empathy, x, canRaise };
  });
}

function fit(data: readonly Prepared[], m: EmpathyMechanism, meta: Record<string, unknown> = {}) {
  const examples: Example[] = data.map((d) => ({ x: d.x[m], y: d.row[m] }));
  return trainSoftmax(examples, { ...TRAIN_OPTS, task: EMPATHY_MODEL_TASKS[m], featureSet: EMPATHY_FEATURE_SET, labels: LEVELS, meta });
}

export interface EmpathyCv {
  n: number;
  rules: Record<EmpathyMechanism, number>;
  /** Macro-F1 of the best mode per mechanism. */
  model: Record<EmpathyMechanism, number>;
  /** Macro-F1 of every mode. */
  modes: Record<EmpathyMechanism, Record<ModelMode, number>>;
  best: Record<EmpathyMechanism, ModelMode>;
  /** Mechanisms whose model beats the rules by MARGIN. */
  ship: EmpathyMechanism[];
}

/** 5-fold cross-validation on the train split (folds by a hash of the item id): rules vs learned level, macro-F1. */
export function crossValidate(rows: readonly EmpathyRow[], lexicon: Lexicon): EmpathyCv {
  const data = prepare(rows, lexicon);
  const fold = data.map((d) => hashString(d.row.id) % FOLDS);
  const rules = {} as Record<EmpathyMechanism, number>;
  const model = {} as Record<EmpathyMechanism, number>;
  const modes = {} as Record<EmpathyMechanism, Record<ModelMode, number>>;
  const best = {} as Record<EmpathyMechanism, ModelMode>;
  for (const m of EMPATHY_MECHANISMS) {
    const gold = data.map((d) => String(d.row[m]));
    rules[m] = classificationReport(LEVELS, gold, data.map((d) => String(d.rule[m]))).macroF1;
    const proba = new Array<Float64Array>(data.length);
    for (let k = 0; k < FOLDS; k++) {
      const trained = fit(data.filter((_, i) => fold[i] !== k), m);
      data.forEach((d, i) => {
        if (fold[i] === k) proba[i] = predictProba(trained, d.x[m]);
      });
    }
    modes[m] = {} as Record<ModelMode, number>;
    best[m] = MODEL_MODES[0];
    for (const mode of MODEL_MODES) {
      const pred = data.map((d, i) => String(modelLevel(proba[i], d.rule[m], mode, d.canRaise[m])));
      modes[m][mode] = classificationReport(LEVELS, gold, pred).macroF1;
      if (modes[m][mode] > modes[m][best[m]]) best[m] = mode;
    }
    model[m] = modes[m][best[m]];
  }
  const ship = EMPATHY_MECHANISMS.filter((m) => data.length >= 50 && model[m] > rules[m] + MARGIN);
  return { n: data.length, rules, model, modes, best, ship };
}

/** Reads only the empathy lexicon, so other lexicons being edited cannot stop this task. */
function lexiconFrom(paths: ResourcePaths): Lexicon {
  const file = path.join(paths.lexiconsDir, `${EMPATHY_LEXICON}.json`);
  const r = parseLexicon(JSON.parse(fs.readFileSync(file, 'utf8')), file);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.source ?? ''} ${p.path ?? ''}: ${p.message}`).join('\n'));
  return r.value;
}

/** Token-level overlap of predicted and gold rationales, micro-averaged over items and mechanisms. */
export function rationaleF1(rows: readonly EmpathyRow[], predicted: readonly Empathy[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  rows.forEach((row, i) => {
    const tokens = tokenize(row.text);
    for (const m of EMPATHY_MECHANISMS) {
      const gold = new Set<number>();
      for (const s of row.rationales?.[m] ?? []) {
        const at = row.text.indexOf(s);
        if (at < 0) continue;
        tokens.forEach((t, k) => {
          if (t.start >= at && t.end <= at + s.length) gold.add(k);
        });
      }
      const pred = new Set<number>();
      for (const r of predicted[i].rationales) {
        if (r.mechanism !== m) continue;
        tokens.forEach((t, k) => {
          if (t.start >= r.start && t.end <= r.end) pred.add(k);
        });
      }
      for (const k of pred) if (gold.has(k)) tp++;
      else fp++;
      for (const k of gold) if (!pred.has(k)) fn++;
    }
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const f3 = (v: number) => v.toFixed(3);
const cvNote = (cv: EmpathyCv, m: EmpathyMechanism) =>
  `train-split ${FOLDS}-fold CV (n=${cv.n}) macro-F1: rules ${f3(cv.rules[m])}, model ${MODEL_MODES.map((x) => `${x} ${f3(cv.modes[m][x])}`).join(', ')}; shipped: ${cv.ship.includes(m) ? `model (${cv.best[m]})` : 'rules'}`;

export const empathyTask: TrainingTask = {
  name: 'empathy',

  async train(paths) {
    const rows = readRows(corpusFile(paths, 'train'));
    const lexicon = lexiconFrom(paths);
    const cv = crossValidate(rows, lexicon);
    const written: string[] = [];
    const data = prepare(rows, lexicon);
    for (const m of EMPATHY_MECHANISMS) {
      const file = modelFile(paths, m);
      if (!cv.ship.includes(m)) {
        // The rules won: a model left by an earlier run must not override them.
        if (fs.existsSync(file)) fs.rmSync(file);
        continue;
      }
      const model = fit(data, m, { mode: cv.best[m], trainItems: data.length, cvMacroF1: Number(f3(cv.model[m])), rulesCvMacroF1: Number(f3(cv.rules[m])) });
      fs.mkdirSync(paths.modelsDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(serializeLinearModel(model)) + '\n');
      written.push(file);
    }
    return written;
  },

  async evaluate(paths, resources: Resources) {
    const dir = path.join(paths.corpusDir, 'empathy');
    // Every held-out file of this corpus (heldout.jsonl, and any heldout-*.jsonl) that carries the three levels.
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^heldout(?:-[\w-]+)?\.jsonl$/.test(f)).sort() : [];
    const lexicon = resources.lexicons[EMPATHY_LEXICON];
    const cv = lexicon && files.length ? crossValidate(readRows(corpusFile(paths, 'train')), lexicon) : null;
    const out: Array<{ title: string; report: ClassificationReport; note?: string }> = [];
    for (const file of files) {
      const rows = readRows(path.join(dir, file)).filter((r) => typeof r.text === 'string' && EMPATHY_MECHANISMS.every((m) => [0, 1, 2].includes(r[m])));
      if (rows.length === 0) continue;
      const predicted = rows.map((r) => analyzeEmpathy(r.text, r.context ?? [], resources));
      const hasRationales = rows.some((r) => EMPATHY_MECHANISMS.some((m) => (r.rationales?.[m] ?? []).length > 0));
      const rf = hasRationales ? rationaleF1(rows, predicted) : null;
      const split = file.replace(/\.jsonl$/, '');
      for (const m of EMPATHY_MECHANISMS) {
        const report = classificationReport(
          LEVELS,
          rows.map((r) => String(r[m])),
          predicted.map((p) => String(p[m])),
        );
        const notes: string[] = [];
        if (rf) notes.push(`rationale token F1 (all mechanisms) ${f3(rf.f1)} (P ${f3(rf.precision)}, R ${f3(rf.recall)})`);
        if (cv) notes.push(cvNote(cv, m));
        out.push({ title: `empathy ${m} (${split})`, report, note: notes.join('; ') });
      }
    }
    return out;
  },
};
