import fs from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../../core/lexicon/lexicon.js';
import type { FeatureVector } from '../../core/model/featureVector.js';
import { predictProba, type LinearModel } from '../../core/model/linearModel.js';
import type { Resources } from '../../core/resources.js';
import { analyzeStance, STANCE_LEXICON, STANCE_MODEL_TASK } from '../../core/stance/analyzeStance.js';
import { detectContextRequests, lastClientTurn } from '../../core/stance/detectContextRequests.js';
import { detectStanceMarkersGiven } from '../../core/stance/detectStanceMarkers.js';
import { constrainStance } from '../../core/stance/constrainStance.js';
import { scoreStanceRules } from '../../core/stance/scoreStanceRules.js';
import { LEXICAL_SCALE, STANCE_FEATURE_DIM, STANCE_FEATURE_SET, stanceFeatures } from '../../core/stance/stanceFeatures.js';
import { SPEAKERS, STANCES, type Marker, type Stance, type Turn } from '../../core/types.js';
import { loadLexiconOrThrow } from '../../io/loadResources.js';
import type { ResourcePaths } from '../../io/paths.js';
import { corpusFiles, invalid, readJsonLines } from '../corpus.js';
import { groupFolds, stratifiedFolds } from '../folds.js';
import { classificationReport, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax } from '../trainSoftmax.js';

/** One line of data/corpus/stance/*.jsonl (see docs/labelling.md). */
export interface StanceItem {
  id: string;
  text: string;
  context: Turn[];
  stance: Stance;
  moves: string[];
  /** The real session it came from (AnnoMI's transcript_id); absent for written items. */
  transcriptId?: string;
}

export function loadStanceCorpus(file: string): StanceItem[] {
  return readJsonLines(file, (r) => {
    if (typeof r.text !== 'string' || !STANCES.includes(r.stance as Stance)) return invalid(`needs "text" and a "stance" of ${STANCES.join('/')}`);
    const context = Array.isArray(r.context) ? (r.context as Turn[]).filter((t) => t && typeof t.text === 'string' && SPEAKERS.includes(t.speaker)) : [];
    const item: StanceItem = { id: String(r.id ?? ''), text: r.text, context, stance: r.stance as Stance, moves: Array.isArray(r.moves) ? (r.moves as string[]) : [] };
    if (r.transcript_id !== undefined && r.transcript_id !== null) item.transcriptId = String(r.transcript_id);
    return item;
  });
}

/** An item with everything the rules compute, so evaluation retrains only the model. */
export interface Prepared {
  item: StanceItem;
  /** The training file it came from: the unit of leave-one-source-out. */
  source: string;
  y: number;
  rules: Record<Stance, number>;
  x: FeatureVector;
  markers: Marker[];
  requests: string[];
}

export function prepareStanceItems(items: readonly StanceItem[], lexicon: Lexicon, source = 'train', lexicalScale?: number): Prepared[] {
  const weights = new Map(lexicon.entries.map((e) => [e.kind, e.weight]));
  return items.map((item) => {
    const requests = detectContextRequests(item.context, lexicon);
    const markers = detectStanceMarkersGiven(item.text, requests, lexicon);
    return { item, source, y: STANCES.indexOf(item.stance), rules: scoreStanceRules(markers, weights), x: stanceFeatures(item.text, markers, requests, STANCE_FEATURE_DIM, { client: lastClientTurn(item.context)?.text ?? null, lexicalScale }), markers, requests };
  });
}

/** All training files of the corpus, prepared, each item tagged with its file name. */
export function prepareTrainSources(paths: Pick<ResourcePaths, 'corpusDir'>, lexicon: Lexicon, lexicalScale?: number): Prepared[] {
  return corpusFiles(paths, 'stance', 'train').flatMap((f) => prepareStanceItems(loadStanceCorpus(f), lexicon, path.basename(f), lexicalScale));
}

export interface StanceHyper { epochs: number; learningRate: number; l2: number; seed: number }
/** Regularisation candidates, in order of preference (stronger first: unseen writers need it). */
export const HYPER_GRID: readonly StanceHyper[] = [
  { epochs: 20, learningRate: 0.2, l2: 1e-3, seed: 7 },
  { epochs: 20, learningRate: 0.2, l2: 3e-4, seed: 7 },
  { epochs: 20, learningRate: 0.2, l2: 1e-4, seed: 7 },
];
export const STANCE_HYPER: StanceHyper = HYPER_GRID[0];
/** Weights of the lexical features against moves and shapes, in order of preference (damped first). */
export const LEXICAL_SCALE_GRID = [0.5, 0.3, 1] as const;
/** Weights of the model in the blend with the rule scores, in order of preference. */
export const BLEND_GRID = [0.5, 0.75, 0.25, 1, 0] as const;
/** Odds multipliers for "none" on a reply without directive cue (1 = off), in order of preference. */
export const NONE_ODDS_GRID = [1, 1.5, 2, 3, 4] as const;
/** What is left of passive when nothing needed a limit (0 = passive needs a need, 1 = no gate), in order of preference. */
export const PASSIVE_GATE_GRID = [0, 0.5, 1] as const;
/** Everything chosen after training: how model and rules are combined and constrained. */
export interface StanceDecision { blend: number; noneOdds: number; passiveWithoutNeed: number }
export const DECISION_GRID: readonly StanceDecision[] = BLEND_GRID.flatMap((blend) =>
  NONE_ODDS_GRID.flatMap((noneOdds) => PASSIVE_GATE_GRID.map((passiveWithoutNeed) => ({ blend, noneOdds, passiveWithoutNeed }))),
);
/** Scores within this of the best count as a tie (a few items in 1,800); the earliest candidate wins. */
const TOLERANCE = 0.005;
const FOLDS = 5;

/** Real session talk (an item with a transcript) as opposed to written examples. */
export const isRealTalk = (d: Prepared): boolean => d.item.transcriptId !== undefined;

/** Each real-talk item repeated `realWeight` times (weighting by repetition: the trainer takes no item weights). */
export function weightRealTalk(data: readonly Prepared[], realWeight: number): Prepared[] {
  return data.flatMap((d) => (isRealTalk(d) ? new Array<Prepared>(Math.max(1, Math.round(realWeight))).fill(d) : [d]));
}

function trainModel(data: readonly Prepared[], hyper: StanceHyper, meta: Record<string, unknown> = {}): LinearModel {
  return trainSoftmax(
    data.map((d) => ({ x: d.x, y: d.y })),
    { task: STANCE_MODEL_TASK, featureSet: STANCE_FEATURE_SET, labels: STANCES, dim: STANCE_FEATURE_DIM, classWeights: 'balanced', ...hyper, meta },
  );
}

/** The decision analyzeStance makes, given the model's probabilities for an item. */
export function decide(p: ArrayLike<number>, d: Prepared, dec: StanceDecision): Stance {
  const mixed = {} as Record<Stance, number>;
  STANCES.forEach((l, i) => (mixed[l] = dec.blend * p[i] + (1 - dec.blend) * d.rules[l]));
  const scores = constrainStance(mixed, d.markers, d.requests, { unmarkedNoneOdds: dec.noneOdds, passiveWithoutNeed: dec.passiveWithoutNeed });
  let best: Stance = 'none';
  for (const s of STANCES) if (scores[s] > scores[best]) best = s;
  return best;
}

const stanceFolds = (data: readonly Prepared[], k: number, seed: number): number[] => stratifiedFolds(data.map((d) => d.item.stance), STANCES, k, seed);

/** One fold per training file: train on the others, test on it (the proxy for an unseen writer). */
function sourceFolds(data: readonly Prepared[]): { fold: number[]; names: string[] } {
  const names = [...new Set(data.map((d) => d.source))].sort();
  return { fold: data.map((d) => names.indexOf(d.source)), names };
}

/** Out-of-fold model probabilities: for fold f, a model trained on every item outside f. */
function outOfFold(data: readonly Prepared[], fold: readonly number[], hyper: StanceHyper): ArrayLike<number>[] {
  const k = Math.max(-1, ...fold) + 1;
  const out = new Array<ArrayLike<number>>(data.length);
  for (let f = 0; f < k; f++) {
    const train = data.filter((_, i) => fold[i] !== f);
    if (train.length === 0 || train.length === data.length) continue;
    const model = trainModel(train, hyper);
    data.forEach((d, i) => {
      if (fold[i] === f) out[i] = predictProba(model, d.x);
    });
  }
  return out;
}

/** Macro-F1 over the classes that occur in gold (AnnoMI has no passive items); the classes it used. */
export function presentMacroF1(r: ClassificationReport): { macroF1: number; classes: string[] } {
  const classes = Object.keys(r.perClass).filter((c) => r.perClass[c].support > 0);
  const macroF1 = classes.length ? classes.reduce((s, c) => s + r.perClass[c].f1, 0) / classes.length : 0;
  return { macroF1, classes };
}

/** Out-of-fold probabilities under both protocols, for one regularisation setting. */
export interface Evidence {
  hyper: StanceHyper;
  sources: string[];
  /** Leave-one-source-out probabilities (absent when there is only one source). */
  loso: ArrayLike<number>[] | null;
  /** 5-fold stratified CV over the union. */
  cv: ArrayLike<number>[];
}

export function gatherEvidence(data: readonly Prepared[], hyper: StanceHyper, seed = 1): Evidence {
  const { fold, names } = sourceFolds(data);
  return { hyper, sources: names, loso: names.length > 1 ? outOfFold(data, fold, hyper) : null, cv: outOfFold(data, stanceFolds(data, FOLDS, seed), hyper) };
}

export interface Scored {
  /** Per held-out training file (leave-one-source-out): report and macro-F1 over the classes present. */
  loso: Array<{ source: string; report: ClassificationReport; macroF1Present: number }>;
  /** Mean over files of macro-F1 over present classes: the selection criterion (CV when one file). */
  losoMean: number;
  cv: ClassificationReport;
}

export function scoreDecision(data: readonly Prepared[], ev: Evidence, dec: StanceDecision): Scored {
  const gold = data.map((d) => d.item.stance);
  const cv = classificationReport(STANCES, gold, data.map((d, i) => decide(ev.cv[i], d, dec)));
  if (!ev.loso) return { loso: [], losoMean: cv.macroF1, cv };
  const loso = ev.sources.map((source) => {
    const idx = data.flatMap((d, i) => (d.source === source ? [i] : []));
    const report = classificationReport(STANCES, idx.map((i) => gold[i]), idx.map((i) => decide(ev.loso![i], data[i], dec)));
    return { source, report, macroF1Present: presentMacroF1(report).macroF1 };
  });
  return { loso, losoMean: loso.reduce((s, r) => s + r.macroF1Present, 0) / loso.length, cv };
}

/** k-fold CV on the union: one report per blend weight (other settings as given). */
export function crossValidate(data: readonly Prepared[], hyper: StanceHyper = STANCE_HYPER, dec: Omit<StanceDecision, 'blend'> = { noneOdds: 1, passiveWithoutNeed: 0 }): Map<number, ClassificationReport> {
  const ev = gatherEvidence(data, hyper);
  return new Map(BLEND_GRID.map((blend) => [blend, scoreDecision(data, { ...ev, loso: null }, { ...dec, blend }).cv]));
}

export interface Choice { hyper: StanceHyper; lexicalScale: number; decision: StanceDecision; scored: Scored }

/**
 * Chooses the lexical scale, regularisation, blend weight, none-odds and the passive gate by the mean leave-one-source-out
 * macro-F1 (the best proxy for an unseen writer); differences within TOLERANCE are noise, and the
 * earliest candidate (grid order: stronger regularisation, blending, fewer constraints) is taken.
 */
export function chooseSettings(
  prepare: (lexicalScale: number) => readonly Prepared[],
  grid: readonly StanceHyper[] = HYPER_GRID,
  scales: readonly number[] = LEXICAL_SCALE_GRID,
): Choice {
  const all: Choice[] = [];
  for (const lexicalScale of scales) {
    const data = prepare(lexicalScale);
    for (const hyper of grid) {
      const ev = gatherEvidence(data, hyper);
      for (const decision of DECISION_GRID) all.push({ hyper, lexicalScale, decision, scored: scoreDecision(data, ev, decision) });
    }
  }
  const best = Math.max(...all.map((c) => c.scored.losoMean));
  return all.find((c) => c.scored.losoMean >= best - TOLERANCE)!;
}

/** Weights of real-talk training items against written ones (by repetition), in order of preference. */
export const REAL_WEIGHT_GRID = [1, 2, 3, 5] as const;
/** A candidate must beat the current weight by this on the real-talk protocol to be shipped... */
export const REAL_GAIN_NEEDED = 0.02;
/** ...while losing at most this on CV over the written files. */
export const WRITTEN_LOSS_ALLOWED = 0.01;

/** Folds by transcript (whole sessions in one fold); items without a transcript get -1. */
export function transcriptFolds(data: readonly Prepared[], k: number): number[] {
  const real = data.filter((d) => d.item.transcriptId !== undefined);
  const folds = groupFolds(real.map((d) => d.item.transcriptId as string), k, 1);
  let next = 0;
  return data.map((d) => (d.item.transcriptId === undefined ? -1 : folds[next++]));
}

/** The real-talk protocol and the written-file check for one real-talk weight. */
export interface RealTalkCV { realWeight: number; real: ClassificationReport; realMacroF1: number; written: ClassificationReport; writtenMacroF1: number }

/**
 * Real-talk protocol: transcript-grouped k-fold CV over the real-talk items; each fold trains on every written item
 * plus the other folds' real items (those repeated `realWeight` times) and is scored on its real items, by macro-F1
 * over the classes present in gold. Written check: stratified k-fold CV over the written items, each fold training
 * on the other written folds plus all real items (weighted alike), macro-F1 over the classes present. Range 0..1 each.
 */
export function realTalkCV(data: readonly Prepared[], hyper: StanceHyper, dec: StanceDecision, realWeight: number, k = FOLDS, seed = 1): RealTalkCV {
  const real = data.filter(isRealTalk);
  const written = data.filter((d) => !isRealTalk(d));
  const predictFolds = (test: readonly Prepared[], fold: readonly number[], rest: readonly Prepared[]): Stance[] => {
    const out = new Array<Stance>(test.length);
    for (let f = 0; f < k; f++) {
      const inFold = test.flatMap((d, i) => (fold[i] === f ? [i] : []));
      if (inFold.length === 0) continue;
      const train = weightRealTalk([...rest, ...test.filter((_, i) => fold[i] !== f)], realWeight);
      const model = trainModel(train, hyper);
      for (const i of inFold) out[i] = decide(predictProba(model, test[i].x), test[i], dec);
    }
    return out;
  };
  const realReport = classificationReport(STANCES, real.map((d) => d.item.stance), real.length ? predictFolds(real, transcriptFolds(real, k), written) : []);
  const writtenReport = classificationReport(STANCES, written.map((d) => d.item.stance), written.length ? predictFolds(written, stanceFolds(written, k, seed), real) : []);
  return { realWeight, real: realReport, realMacroF1: presentMacroF1(realReport).macroF1, written: writtenReport, writtenMacroF1: presentMacroF1(writtenReport).macroF1 };
}

/**
 * Chooses the real-talk weight by realTalkCV: the best candidate ships only when it beats the current weight (the
 * grid's first) by REAL_GAIN_NEEDED on real talk without losing more than WRITTEN_LOSS_ALLOWED on the written files.
 */
export function chooseRealWeight(data: readonly Prepared[], hyper: StanceHyper, dec: StanceDecision, grid: readonly number[] = REAL_WEIGHT_GRID): { chosen: RealTalkCV; base: RealTalkCV; all: RealTalkCV[] } {
  const all = grid.map((w) => realTalkCV(data, hyper, dec, w));
  const base = all[0];
  const ok = all.filter((c) => c.realMacroF1 >= base.realMacroF1 + REAL_GAIN_NEEDED && c.writtenMacroF1 >= base.writtenMacroF1 - WRITTEN_LOSS_ALLOWED);
  const chosen = ok.reduce<RealTalkCV>((b, c) => (c.realMacroF1 > b.realMacroF1 ? c : b), base);
  return { chosen, base, all };
}

const f3 = (v: number) => v.toFixed(3);
function describeRealTalk(all: readonly RealTalkCV[], chosen: number): string {
  return `real-talk protocol (transcript-grouped ${FOLDS}-fold CV over real talk, macro-F1 over classes present; written-file CV alongside): ` +
    all.map((c) => `weight ${c.realWeight}${c.realWeight === chosen ? ' (shipped)' : ''} real ${f3(c.realMacroF1)} written ${f3(c.writtenMacroF1)}`).join('; ');
}
function describeChoice(c: Choice): string {
  const d = c.decision;
  const loso = c.scored.loso.map((r) => `${r.source} ${f3(r.macroF1Present)}`).join(', ');
  return `settings: blend ${d.blend}, none-odds ${d.noneOdds}, passive kept without a need ×${d.passiveWithoutNeed}, l2 ${c.hyper.l2}, lexical scale ${c.lexicalScale}; ` +
    `leave-one-source-out macro-F1 (over classes present) ${loso ? `${loso}; mean ${f3(c.scored.losoMean)}` : 'n/a (one file)'}; ` +
    `5-fold CV on the union of train files (n=${c.scored.cv.n}) acc ${f3(c.scored.cv.accuracy)} macro-F1 ${f3(c.scored.cv.macroF1)}`;
}

export const stanceTask: TrainingTask = {
  name: 'stance',

  async train(paths) {
    const lexicon = loadLexiconOrThrow(paths.lexiconsDir, STANCE_LEXICON);
    const files = corpusFiles(paths, 'stance', 'train');
    if (files.length === 0) throw new Error(`no train*.jsonl in ${path.join(paths.corpusDir, 'stance')}`);
    const choice = chooseSettings((scale) => prepareTrainSources(paths, lexicon, scale));
    const { decision, hyper, scored, lexicalScale } = choice;
    const data = prepareTrainSources(paths, lexicon, lexicalScale);
    const hasReal = data.some(isRealTalk);
    const real = hasReal ? chooseRealWeight(data, hyper, decision) : null;
    const realWeight = real?.chosen.realWeight ?? 1;
    const model = trainModel(weightRealTalk(data, realWeight), hyper, {
      ...decision,
      lexicalScale,
      realWeight,
      ...(real ? { realTalkCV: Object.fromEntries(real.all.map((c) => [String(c.realWeight), { real: Number(c.realMacroF1.toFixed(4)), written: Number(c.writtenMacroF1.toFixed(4)) }])) } : {}),
      trainedOn: files.map((f) => path.relative(paths.root, f)),
      n: data.length,
      losoMacroF1: Object.fromEntries(scored.loso.map((r) => [r.source, Number(r.macroF1Present.toFixed(4))])),
      losoMean: Number(scored.losoMean.toFixed(4)),
      cvFolds: FOLDS,
      cvMacroF1: Number(scored.cv.macroF1.toFixed(4)),
      cvAccuracy: Number(scored.cv.accuracy.toFixed(4)),
      hyper: { ...hyper },
    });
    fs.mkdirSync(paths.modelsDir, { recursive: true });
    const file = path.join(paths.modelsDir, 'stance.json');
    fs.writeFileSync(file, `${JSON.stringify(serializeLinearModel(model))}\n`);
    return [path.relative(paths.root, file)];
  },

  async evaluate(paths, resources: Resources) {
    const lexicon = resources.lexicons[STANCE_LEXICON];
    // Every held-out file of the corpus (heldout.jsonl, and any heldout-*.jsonl beside it).
    const files = corpusFiles(paths, 'stance', 'heldout');
    if (!lexicon || files.length === 0) return [];
    const shippedModel = resources.models[STANCE_MODEL_TASK];
    const meta = shippedModel?.meta ?? {};
    // The generalisation estimate of the shipped settings, recomputed on the training files now.
    const lexicalScale = typeof meta.lexicalScale === 'number' ? meta.lexicalScale : LEXICAL_SCALE;
    const train = prepareTrainSources(paths, lexicon, lexicalScale);
    const hyper = { ...STANCE_HYPER, ...(typeof meta.hyper === 'object' && meta.hyper ? (meta.hyper as Partial<StanceHyper>) : {}) };
    const decision: StanceDecision = {
      blend: typeof meta.blend === 'number' ? meta.blend : 1,
      noneOdds: typeof meta.noneOdds === 'number' ? meta.noneOdds : 4,
      passiveWithoutNeed: typeof meta.passiveWithoutNeed === 'number' ? meta.passiveWithoutNeed : 0,
    };
    const realWeight = typeof meta.realWeight === 'number' ? meta.realWeight : 1;
    const realNote = train.some(isRealTalk) ? describeRealTalk(REAL_WEIGHT_GRID.map((w) => realTalkCV(train, hyper, decision, w)), realWeight) : '';
    const note = train.length ? [describeChoice({ hyper, lexicalScale, decision, scored: scoreDecision(train, gatherEvidence(train, hyper), decision) }), realNote].filter(Boolean).join('\n  ') : undefined;
    const rulesOnly: Resources = { ...resources, models: Object.fromEntries(Object.entries(resources.models).filter(([k]) => k !== STANCE_MODEL_TASK)) };
    const out: Array<{ title: string; report: ClassificationReport; note?: string }> = [];
    const presentNote = (r: ClassificationReport) => {
      const p = presentMacroF1(r);
      return p.classes.length < STANCES.length ? `this file lacks ${STANCES.filter((s) => !p.classes.includes(s)).join(', ')}: macro-F1 over the classes present in gold (${p.classes.join(', ')}) ${f3(p.macroF1)}` : undefined;
    };
    for (const file of files) {
      const heldout = loadStanceCorpus(file);
      const gold = heldout.map((h) => h.stance);
      const shipped = classificationReport(STANCES, gold, heldout.map((h) => analyzeStance(h.text, h.context, resources).stance));
      const rules = classificationReport(STANCES, gold, heldout.map((h) => analyzeStance(h.text, h.context, rulesOnly).stance));
      out.push(
        { title: `stance ${path.basename(file)} (shipped: ${shippedModel ? `blend ${decision.blend}` : 'rules only'})`, report: shipped, note: [presentNote(shipped), note].filter(Boolean).join('\n  ') || undefined },
        { title: `stance ${path.basename(file)} (rules only)`, report: rules, note: presentNote(rules) },
      );
    }
    return out;
  },
};
