import fs from 'node:fs';
import path from 'node:path';
import { analyzeEmpathy, EMPATHY_LEXICON, EMPATHY_MODEL_TASKS } from '../../core/empathy/analyzeEmpathy.js';
import { EMPATHY_FEATURE_DIM, EMPATHY_FEATURE_SET, FEATURE_VARIANTS, empathyFeatures, type FeatureVariant } from '../../core/empathy/empathyFeatures.js';
import { ruleEmpathy } from '../../core/empathy/ruleEmpathy.js';
import type { Lexicon } from '../../core/lexicon/lexicon.js';
import type { EmpathyWordLists } from '../../core/lexicon/wordLists.js';
import type { FeatureVector } from '../../core/model/featureVector.js';
import { predictProba } from '../../core/model/linearModel.js';
import { fallbackRationale } from '../../core/empathy/fallbackRationale.js';
import { MODEL_MODES, modelLevel, type ModelMode } from '../../core/empathy/modelLevel.js';
import type { Resources } from '../../core/resources.js';
import { hashString } from '../../core/text/hash.js';
import { tokenize } from '../../core/text/tokenize.js';
import { EMPATHY_MECHANISMS, type Empathy, type EmpathyMechanism, type Turn } from '../../core/types.js';
import { loadLexiconOrThrow, loadWordListsOrThrow } from '../../io/loadResources.js';
import type { ResourcePaths } from '../../io/paths.js';
import { corpusFiles, invalid, readJsonLines } from '../corpus.js';
import { classificationReport, SetOverlap, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax, type Example } from '../trainSoftmax.js';

/** One line of data/corpus/empathy/{train,heldout}*.jsonl. */
interface EmpathyRow {
  id: string;
  text: string;
  context: Turn[];
  er: number;
  ip: number;
  ex: number;
  rationales: Record<EmpathyMechanism, string[]>;
  /** AnnoMI items: utterances of one transcript share a CV fold. */
  transcript_id?: number;
}

/** The rows of one training file (`train.jsonl` → source `train`, `train-annomi.jsonl` → `train-annomi`). */
export interface EmpathySource {
  name: string;
  rows: EmpathyRow[];
}

const LEVELS = ['0', '1', '2'] as const;
const FOLDS = 5;
/** A model ships only if its generalisation estimate beats the rules' by this much. */
const MARGIN = 0.01;
/**
 * Weights tried for real-talk items (rows with a `transcript_id`) relative to written ones, applied by
 * repeating them in the training set.
 */
export const REAL_TALK_WEIGHTS = [1, 2, 3, 5] as const;
export type RealTalkWeight = (typeof REAL_TALK_WEIGHTS)[number];
/** A weighted choice must beat the current one on real talk by this much (union CV on the real-talk items)… */
const REAL_GAIN = 0.02;
/** …and lose no more than this on the written items. */
const WRITTEN_LOSS = 0.01;
const TRAIN_OPTS = { dim: EMPATHY_FEATURE_DIM, epochs: 12, learningRate: 0.3, l2: 1e-5, classWeights: 'balanced' as const, seed: 7 };
/** What may decide a mechanism: the rules alone, or a model in one of its modes with one feature variant. */
export type EmpathyChoice = 'rules' | `${ModelMode}/${FeatureVariant}`;
const CHOICES: readonly EmpathyChoice[] = ['rules', ...MODEL_MODES.flatMap((m) => FEATURE_VARIANTS.map((v) => `${m}/${v}` as EmpathyChoice))];

/** Rows are taken as written; evaluation skips rows without the three levels. */
const readRows = (file: string): EmpathyRow[] => readJsonLines(file, (r) => (typeof r.text === 'string' ? (r as unknown as EmpathyRow) : invalid('needs "text"')));
const modelFile = (paths: ResourcePaths, m: EmpathyMechanism) => path.join(paths.modelsDir, `${EMPATHY_MODEL_TASKS[m]}.json`);

/** Every training file of the corpus (`train.jsonl`, `train-*.jsonl`), one source each. */
export function readTrainSources(paths: ResourcePaths): EmpathySource[] {
  return corpusFiles(paths, 'empathy', 'train')
    .map((file) => ({ name: path.basename(file, '.jsonl'), rows: readRows(file) }))
    .filter((s) => s.rows.length > 0);
}

interface Prepared {
  row: EmpathyRow;
  source: string;
  /** CV group: a transcript where the source has them, else the item. */
  group: string;
  rule: Empathy;
  x: Record<FeatureVariant, Record<EmpathyMechanism, FeatureVector>>;
  /** Real talk (a transcript utterance), weighted by repetition in training. */
  real: boolean;
  /** A sentence could carry new evidence of the mechanism (see fallbackRationale). */
  canRaise: Record<EmpathyMechanism, boolean>;
}

function prepare(sources: readonly EmpathySource[], lexicon: Lexicon, words: EmpathyWordLists): Prepared[] {
  return sources.flatMap((source) =>
    source.rows.map((row) => {
      const { empathy, scan, otherStems } = ruleEmpathy(row.text, row.context ?? [], lexicon);
      const levels = { er: empathy.er, ip: empathy.ip, ex: empathy.ex };
      const x = empathyFeatures(scan, levels, otherStems, FEATURE_VARIANTS, words) as Prepared['x'];
      const canRaise = {} as Record<EmpathyMechanism, boolean>;
      for (const m of EMPATHY_MECHANISMS) canRaise[m] = fallbackRationale(scan, empathy.rationales, m, 1) !== null;
      const group = row.transcript_id !== undefined ? `${source.name}:t${row.transcript_id}` : `${source.name}:${row.id}`;
      return { row, source: source.name, group, real: row.transcript_id !== undefined, rule: empathy, x, canRaise };
    }),
  );
}

function fit(data: readonly Prepared[], m: EmpathyMechanism, variant: FeatureVariant, meta: Record<string, unknown> = {}, realWeight = 1) {
  const examples: Example[] = data.flatMap((d) => Array.from({ length: d.real ? realWeight : 1 }, () => ({ x: d.x[variant][m], y: d.row[m] })));
  return trainSoftmax(examples, { ...TRAIN_OPTS, task: EMPATHY_MODEL_TASKS[m], featureSet: EMPATHY_FEATURE_SET, labels: LEVELS, meta: { ...meta, features: variant } });
}

export interface EmpathyCv {
  n: number;
  sources: Array<{ name: string; n: number }>;
  /** Macro-F1 of every choice under grouped 5-fold CV over the union of the sources. */
  union: Record<EmpathyMechanism, Record<EmpathyChoice, number>>;
  /** The union CV's predictions scored on each source's items separately. */
  unionBySource: Record<EmpathyMechanism, Record<string, Record<EmpathyChoice, number>>>;
  /** Macro-F1 of every choice on each source when trained on the other sources only (leave-one-source-out). */
  loso: Record<EmpathyMechanism, Record<EmpathyChoice, Record<string, number>>>;
  /** The generalisation estimate: the mean of the union CV on each source and every leave-one-source-out figure. */
  score: Record<EmpathyMechanism, Record<EmpathyChoice, number>>;
  /** The best model choice per mechanism (among those that beat the rules, if any). */
  best: Record<EmpathyMechanism, Exclude<EmpathyChoice, 'rules'>>;
  /** Mechanisms whose model beats the rules on the union CV (see crossValidate). */
  ship: EmpathyMechanism[];
  /** The union CV per source for every real-talk weight (weight 1 is `unionBySource`). */
  weighted: Record<EmpathyMechanism, Record<RealTalkWeight, Record<string, Record<EmpathyChoice, number>>>>;
  /** What ships per mechanism after the real-talk weighting protocol (see crossValidate). */
  final: Record<EmpathyMechanism, { choice: EmpathyChoice; weight: RealTalkWeight }>;
}

const splitChoice = (c: Exclude<EmpathyChoice, 'rules'>) => c.split('/') as [ModelMode, FeatureVariant];

/** Macro-F1 of every choice on `test` (indices into data), the models trained on `train`. */
function scoreChoices(
  data: readonly Prepared[],
  m: EmpathyMechanism,
  folds: ReadonlyArray<{ train: number[]; test: number[] }>,
  realWeight = 1,
): { all: Record<EmpathyChoice, number>; bySource: Record<string, Record<EmpathyChoice, number>> } {
  const gold: string[] = [];
  const source: string[] = [];
  const preds = new Map<EmpathyChoice, string[]>(CHOICES.map((c) => [c, []]));
  for (const { train, test } of folds) {
    if (test.length === 0) continue;
    const models = new Map<FeatureVariant, ReturnType<typeof fit>>();
    for (const v of FEATURE_VARIANTS) models.set(v, fit(train.map((i) => data[i]), m, v, {}, realWeight));
    for (const i of test) {
      const d = data[i];
      gold.push(String(d.row[m]));
      source.push(d.source);
      preds.get('rules')!.push(String(d.rule[m]));
      const proba = new Map<FeatureVariant, Float64Array>();
      for (const v of FEATURE_VARIANTS) proba.set(v, predictProba(models.get(v)!, d.x[v][m]));
      for (const c of CHOICES) {
        if (c === 'rules') continue;
        const [mode, v] = splitChoice(c);
        preds.get(c)!.push(String(modelLevel(proba.get(v)!, d.rule[m], mode, d.canRaise[m])));
      }
    }
  }
  const f1 = (keep: (i: number) => boolean) => {
    const out = {} as Record<EmpathyChoice, number>;
    const idx = gold.map((_, i) => i).filter(keep);
    for (const c of CHOICES) {
      const p = preds.get(c)!;
      out[c] = classificationReport(LEVELS, idx.map((i) => gold[i]), idx.map((i) => p[i])).macroF1;
    }
    return out;
  };
  const bySource: Record<string, Record<EmpathyChoice, number>> = {};
  for (const name of new Set(source)) bySource[name] = f1((i) => source[i] === name);
  return { all: f1(() => true), bySource };
}

/**
 * The honest generalisation estimate behind every choice: grouped 5-fold CV over the union of the
 * training sources (folds by a hash of the transcript or item) and leave-one-source-out (train on the
 * other sources, test on this one), for the rules and for every model mode × feature variant.
 */
export function crossValidate(sources: readonly EmpathySource[], lexicon: Lexicon, words: EmpathyWordLists): EmpathyCv {
  const data = prepare(sources, lexicon, words);
  const fold = data.map((d) => hashString(d.group) % FOLDS);
  const all = data.map((_, i) => i);
  const cvFolds = Array.from({ length: FOLDS }, (_, k) => ({ train: all.filter((i) => fold[i] !== k), test: all.filter((i) => fold[i] === k) }));
  const names = sources.map((s) => s.name);
  const union = {} as EmpathyCv['union'];
  const unionBySource = {} as EmpathyCv['unionBySource'];
  const loso = {} as EmpathyCv['loso'];
  const score = {} as EmpathyCv['score'];
  const best = {} as EmpathyCv['best'];
  const ship: EmpathyMechanism[] = [];
  const weighted = {} as EmpathyCv['weighted'];
  const final = {} as EmpathyCv['final'];
  const realNames = names.filter((n) => data.some((d) => d.source === n && d.real));
  const writtenNames = names.filter((n) => !realNames.includes(n));
  for (const m of EMPATHY_MECHANISMS) {
    const cvm = scoreChoices(data, m, cvFolds);
    union[m] = cvm.all;
    unionBySource[m] = cvm.bySource;
    loso[m] = Object.fromEntries(CHOICES.map((c) => [c, {}])) as Record<EmpathyChoice, Record<string, number>>;
    if (names.length > 1) {
      for (const name of names) {
        const r = scoreChoices(data, m, [{ train: all.filter((i) => data[i].source !== name), test: all.filter((i) => data[i].source === name) }]).all;
        for (const c of CHOICES) loso[m][c][name] = r[c];
      }
    }
    score[m] = {} as Record<EmpathyChoice, number>;
    for (const c of CHOICES) {
      const figs = [...names.map((n) => unionBySource[m][n][c]), ...Object.values(loso[m][c])];
      score[m][c] = figs.reduce((a, b) => a + b, 0) / figs.length;
    }
    // A model must beat the rules on the union CV (mean over sources) by MARGIN and lose no more than
    // MARGIN on any source; of those that do, the one with the best estimate (which adds how it holds
    // on a source it never saw) is chosen. The rules' own figures are in-sample (they were written
    // looking at both training files), so LOSO cannot be compared fairly with them.
    const meanCv = (c: EmpathyChoice) => names.reduce((a, n) => a + unionBySource[m][n][c], 0) / names.length;
    const passes = (c: EmpathyChoice) => meanCv(c) > meanCv('rules') + MARGIN && names.every((n) => unionBySource[m][n][c] >= unionBySource[m][n].rules - MARGIN);
    const models = CHOICES.filter((c): c is Exclude<EmpathyChoice, 'rules'> => c !== 'rules');
    const eligible = models.filter(passes);
    best[m] = (eligible.length ? eligible : models).reduce((a, b) => (score[m][b] > score[m][a] ? b : a));
    if (eligible.length && data.length >= 50) ship.push(m);

    // Real-talk weighting: the union CV on the real-talk items (training folds hold every written item
    // and the other real-talk folds) picks a weight × choice; it replaces the current choice only if it
    // gains REAL_GAIN there and loses at most WRITTEN_LOSS on the written items.
    weighted[m] = { 1: unionBySource[m] } as EmpathyCv['weighted'][EmpathyMechanism];
    const current = { choice: ship.includes(m) ? (best[m] as EmpathyChoice) : 'rules', weight: 1 as RealTalkWeight };
    final[m] = current;
    if (realNames.length === 0 || writtenNames.length === 0 || data.length < 50) continue;
    for (const w of REAL_TALK_WEIGHTS) if (w !== 1) weighted[m][w] = scoreChoices(data, m, cvFolds, w).bySource;
    const mean = (w: RealTalkWeight, c: EmpathyChoice, ns: string[]) => ns.reduce((a, n) => a + weighted[m][w][n][c], 0) / ns.length;
    const real0 = mean(1, current.choice, realNames);
    const written0 = mean(1, current.choice, writtenNames);
    for (const w of REAL_TALK_WEIGHTS) {
      for (const c of CHOICES) {
        const real = mean(w, c, realNames);
        if (real >= real0 + REAL_GAIN && mean(w, c, writtenNames) >= written0 - WRITTEN_LOSS && real > mean(final[m].weight, final[m].choice, realNames)) final[m] = { choice: c, weight: w };
      }
    }
  }
  return { n: data.length, sources: sources.map((s) => ({ name: s.name, n: s.rows.length })), union, unionBySource, loso, score, best, ship, weighted, final };
}

/** Token-level overlap of predicted and gold rationales, micro-averaged over items and mechanisms. */
export function rationaleF1(rows: readonly EmpathyRow[], predicted: readonly Empathy[]): { precision: number; recall: number; f1: number } {
  const overlap = new SetOverlap();
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
      overlap.add(pred, gold);
    }
  });
  return overlap.scores();
}

const f3 = (v: number) => v.toFixed(3);
const figures = (cv: EmpathyCv, m: EmpathyMechanism, c: EmpathyChoice) =>
  [
    `cv ${f3(cv.union[m][c])}`,
    ...Object.entries(cv.unionBySource[m]).map(([s, v]) => `cv@${s} ${f3(v[c])}`),
    ...Object.entries(cv.loso[m][c]).map(([s, v]) => `→${s} ${f3(v)}`),
    `est ${f3(cv.score[m][c])}`,
  ].join(' ');
const cvNote = (cv: EmpathyCv, m: EmpathyMechanism) =>
  `train sources ${cv.sources.map((s) => `${s.name} (${s.n})`).join(', ')}; macro-F1 by grouped ${FOLDS}-fold CV over the union (cv, and on each source's items: cv@), leave-one-source-out (→source: trained on the others) and the mean of cv@ and → (est; rules are in-sample): ` +
  `rules [${figures(cv, m, 'rules')}], best model ${cv.best[m]} [${figures(cv, m, cv.best[m])}]; before weighting: ${cv.ship.includes(m) ? `model (${cv.best[m]})` : 'rules'}; ` +
  `real-talk weight protocol (union CV; ×w = real-talk items repeated w times): ${weightNote(cv, m)}`;
const bySourceF3 = (cv: EmpathyCv, m: EmpathyMechanism, w: RealTalkWeight, c: EmpathyChoice) =>
  Object.entries(cv.weighted[m][w] ?? {})
    .map(([s, v]) => `cv@${s} ${f3(v[c])}`)
    .join(' ');
function weightNote(cv: EmpathyCv, m: EmpathyMechanism): string {
  const current: EmpathyChoice = cv.ship.includes(m) ? cv.best[m] : 'rules';
  const { choice, weight } = cv.final[m];
  const before = `${current} ×1 [${bySourceF3(cv, m, 1, current)}]`;
  return choice === current && weight === 1 ? `kept ${before}` : `shipped ${choice} ×${weight} [${bySourceF3(cv, m, weight, choice)}] over ${before}`;
}

export const empathyTask: TrainingTask = {
  name: 'empathy',

  async train(paths) {
    const sources = readTrainSources(paths);
    const lexicon = loadLexiconOrThrow(paths.lexiconsDir, EMPATHY_LEXICON);
    const words = loadWordListsOrThrow().empathy;
    const cv = crossValidate(sources, lexicon, words);
    const written: string[] = [];
    const data = prepare(sources, lexicon, words);
    for (const m of EMPATHY_MECHANISMS) {
      const file = modelFile(paths, m);
      const { choice, weight } = cv.final[m];
      if (choice === 'rules') {
        // The rules won: a model left by an earlier run must not override them.
        if (fs.existsSync(file)) fs.rmSync(file);
        continue;
      }
      const [mode, variant] = splitChoice(choice);
      const model = fit(
        data,
        m,
        variant,
        {
          mode,
          trainItems: data.length,
          trainSources: cv.sources.map((s) => s.name),
          realTalkWeight: weight,
          estimateMacroF1: Number(f3(cv.score[m][choice])),
          rulesEstimateMacroF1: Number(f3(cv.score[m].rules)),
          cvBySource: Object.fromEntries(Object.entries(cv.weighted[m][weight]).map(([n, v]) => [n, Number(f3(v[choice]))])),
        },
        weight,
      );
      fs.mkdirSync(paths.modelsDir, { recursive: true });
      fs.writeFileSync(file, JSON.stringify(serializeLinearModel(model)) + '\n');
      written.push(file);
    }
    return written;
  },

  async evaluate(paths, resources: Resources) {
    // Every held-out file of this corpus (heldout.jsonl, and any heldout-*.jsonl) that carries the three levels.
    const files = corpusFiles(paths, 'empathy', 'heldout');
    const lexicon = resources.lexicons[EMPATHY_LEXICON];
    const words = resources.wordLists?.empathy;
    const sources = readTrainSources(paths);
    const cv = lexicon && words && files.length && sources.length ? crossValidate(sources, lexicon, words) : null;
    const out: Array<{ title: string; report: ClassificationReport; note?: string }> = [];
    for (const file of files) {
      const rows = readRows(file).filter((r) => typeof r.text === 'string' && EMPATHY_MECHANISMS.every((m) => [0, 1, 2].includes(r[m])));
      if (rows.length === 0) continue;
      const predicted = rows.map((r) => analyzeEmpathy(r.text, r.context ?? [], resources));
      const hasRationales = rows.some((r) => EMPATHY_MECHANISMS.some((m) => (r.rationales?.[m] ?? []).length > 0));
      const rf = hasRationales ? rationaleF1(rows, predicted) : null;
      const split = path.basename(file, '.jsonl');
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
