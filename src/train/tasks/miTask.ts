import fs from 'node:fs';
import path from 'node:path';
import { argmax, predictProba, type LinearModel } from '../../core/model/linearModel.js';
import type { FeatureVector } from '../../core/model/featureVector.js';
import type { MiWordLists } from '../../core/lexicon/wordLists.js';
import { MI_CLIENT_FEATURE_SET, MI_CONTEXT_TURNS, MI_DIM, MI_THERAPIST_FEATURE_SET, miFeatures, type MiFeatureWeights } from '../../core/mi/miFeatures.js';
import { mulberry32 } from '../../core/text/hash.js';
import { CLIENT_TALK, MI_BEHAVIOURS, QUESTION_TYPES, REFLECTION_TYPES } from '../../core/types.js';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { contextOf, loadAnnoMi, type AnnoMiTranscript, type AnnoMiUtterance } from '../annomi.js';
import { classificationReport, type ClassificationReport } from '../metrics.js';
import type { TrainingTask } from '../task.js';
import { serializeLinearModel, trainSoftmax, type Example } from '../trainSoftmax.js';

/** The four models: which turns, which labels, which gold field. */
export interface MiTaskSpec {
  task: 'mi-behaviour' | 'mi-reflection' | 'mi-question' | 'client-talk';
  file: string;
  speaker: 'therapist' | 'client';
  labels: readonly string[];
  /** The label an utterance is trained and scored on (null: not part of this task). */
  gold: (u: AnnoMiUtterance) => string | null;
}

export const MI_TASK_SPECS: readonly MiTaskSpec[] = [
  { task: 'mi-behaviour', file: 'mi-behaviour.json', speaker: 'therapist', labels: MI_BEHAVIOURS, gold: (u) => u.behaviour },
  // Subtype models learn from the turns whose main behaviour is theirs: CV showed that adding subtype
  // labels of turns coded otherwise (e.g. a question that also reflects) hurts.
  { task: 'mi-reflection', file: 'mi-reflection.json', speaker: 'therapist', labels: REFLECTION_TYPES, gold: (u) => (u.behaviour === 'reflection' ? u.reflection : null) },
  { task: 'mi-question', file: 'mi-question.json', speaker: 'therapist', labels: QUESTION_TYPES, gold: (u) => (u.behaviour === 'question' ? u.question : null) },
  { task: 'client-talk', file: 'client-talk.json', speaker: 'client', labels: CLIENT_TALK, gold: (u) => u.talk },
];

export interface MiHyper {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Share of training utterances that get an extra copy featurized without context. */
  noContextShare: number;
  seed: number;
  /** Class weights are (n / (k · n_class)) ^ power: 1 is 'balanced', more favours rare classes. */
  classWeightPower: number;
}

/** Chosen by transcript-grouped 5-fold CV (see evaluate). */
export const MI_HYPER: Record<MiTaskSpec['task'], MiHyper> = {
  'mi-behaviour': { epochs: 6, learningRate: 0.03, l2: 1e-5, noContextShare: 0.3, seed: 11, classWeightPower: 1 },
  'mi-reflection': { epochs: 6, learningRate: 0.03, l2: 1e-5, noContextShare: 0.3, seed: 12, classWeightPower: 1 },
  'mi-question': { epochs: 6, learningRate: 0.03, l2: 1e-5, noContextShare: 0.3, seed: 13, classWeightPower: 1 },
  'client-talk': { epochs: 6, learningRate: 0.03, l2: 1e-5, noContextShare: 0.3, seed: 14, classWeightPower: 0.7 },
};

/** One utterance, featurized with its context and without, computed once and shared by all tasks. */
export interface MiItem {
  transcript: number;
  utterance: AnnoMiUtterance;
  withContext: FeatureVector;
  noContext: FeatureVector;
}

export function featurizeTranscripts(transcripts: readonly AnnoMiTranscript[], words: MiWordLists): MiItem[] {
  const out: MiItem[] = [];
  for (const t of transcripts) {
    t.utterances.forEach((u, i) => {
      out.push({
        transcript: t.id,
        utterance: u,
        withContext: miFeatures(u.text, u.speaker, contextOf(t, i, MI_CONTEXT_TURNS), words),
        noContext: miFeatures(u.text, u.speaker, [], words),
      });
    });
  }
  return out;
}

/** The in-house baseline's view: word uni- and bigrams of the utterance alone (no chars, shape or context). */
const BAG_OF_NGRAMS: MiFeatureWeights = { words: 1, chars: 0, shape: 0, context: 0, overlap: 0, agree: 0 };

function featurizeBaseline(transcripts: readonly AnnoMiTranscript[], words: MiWordLists): MiItem[] {
  return transcripts.flatMap((t) =>
    t.utterances.map((u) => {
      const x = miFeatures(u.text, u.speaker, [], words, MI_DIM, BAG_OF_NGRAMS);
      return { transcript: t.id, utterance: u, withContext: x, noContext: x };
    }),
  );
}

/**
 * Class-balanced softmax regression on every labelled turn featurized with its context, plus a share
 * of the turns again without context, so the model also works when none is given.
 */
export function trainMiModel(spec: MiTaskSpec, items: readonly MiItem[], hyper: MiHyper): LinearModel {
  const rand = mulberry32(hyper.seed * 7919 + 1);
  const examples: Example[] = [];
  for (const it of items) {
    if (it.utterance.speaker !== spec.speaker) continue;
    const g = spec.gold(it.utterance);
    if (g === null) continue;
    const y = spec.labels.indexOf(g);
    examples.push({ x: it.withContext, y });
    if (rand() < hyper.noContextShare) examples.push({ x: it.noContext, y });
  }
  return trainSoftmax(examples, {
    task: spec.task,
    featureSet: spec.speaker === 'therapist' ? MI_THERAPIST_FEATURE_SET : MI_CLIENT_FEATURE_SET,
    labels: spec.labels,
    dim: MI_DIM,
    epochs: hyper.epochs,
    learningRate: hyper.learningRate,
    l2: hyper.l2,
    classWeights: classWeights(examples, spec.labels.length, hyper.classWeightPower),
    seed: hyper.seed,
    meta: { source: 'AnnoMI (Wu et al. 2022; public domain), 106 training transcripts', examples: examples.length, ...hyper },
  });
}

function classWeights(examples: readonly Example[], k: number, power: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const e of examples) counts[e.y]++;
  return counts.map((c) => (c > 0 ? (examples.length / (k * c)) ** power : 0));
}

/** Deterministic transcript → fold map: a seeded shuffle of the sorted ids, dealt round-robin. */
export function foldsOf(ids: readonly number[], k: number, seed = 2022): Map<number, number> {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const rand = mulberry32(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j], sorted[i]];
  }
  return new Map(sorted.map((id, i) => [id, i % k]));
}

export interface MiCvResult {
  spec: MiTaskSpec;
  withContext: ClassificationReport;
  noContext: ClassificationReport;
}

/** Transcript-grouped k-fold CV of the training procedure; subtypes are scored on gold-behaviour turns. */
export function crossValidateMi(items: readonly MiItem[], hyper: Record<string, MiHyper> = MI_HYPER, k = 5, specs = MI_TASK_SPECS): MiCvResult[] {
  const folds = foldsOf(items.map((it) => it.transcript), k);
  const results: MiCvResult[] = [];
  for (const spec of specs) {
    const gold: string[] = [];
    const predCtx: string[] = [];
    const predNo: string[] = [];
    for (let f = 0; f < k; f++) {
      const train = items.filter((it) => folds.get(it.transcript) !== f);
      const model = trainMiModel(spec, train, hyper[spec.task]);
      for (const it of items) {
        if (folds.get(it.transcript) !== f || it.utterance.speaker !== spec.speaker) continue;
        const g = spec.gold(it.utterance);
        if (g === null) continue;
        gold.push(g);
        predCtx.push(spec.labels[argmax(predictProba(model, it.withContext))]);
        predNo.push(spec.labels[argmax(predictProba(model, it.noContext))]);
      }
    }
    results.push({ spec, withContext: classificationReport(spec.labels, gold, predCtx), noContext: classificationReport(spec.labels, gold, predNo) });
  }
  return results;
}

function writeModel(file: string, model: LinearModel): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(serializeLinearModel(model)) + '\n');
}

const TITLES: Record<MiTaskSpec['task'], string> = {
  'mi-behaviour': 'MI therapist behaviour (AnnoMI, 5-fold transcript CV)',
  'mi-reflection': 'MI reflection subtype, gold reflections (AnnoMI, 5-fold transcript CV)',
  'mi-question': 'MI question subtype, gold questions (AnnoMI, 5-fold transcript CV)',
  'client-talk': 'MI client talk (AnnoMI, 5-fold transcript CV)',
};
// Reported by Wu et al. (2023) for transcript-grouped CV on AnnoMI, for orientation.
const PUBLISHED: Partial<Record<MiTaskSpec['task'], string>> = {
  'mi-behaviour': 'published: TF-IDF+LR ~0.72, fine-tuned RoBERTa ~0.81 macro-F1',
  'client-talk': 'published: TF-IDF+LR ~0.49, fine-tuned RoBERTa ~0.58 macro-F1',
};

export const miTask: TrainingTask = {
  name: 'mi',
  async train(paths) {
    const items = featurizeTranscripts(loadAnnoMi(paths.annomiDir), loadWordListsOrThrow().mi);
    const written: string[] = [];
    for (const spec of MI_TASK_SPECS) {
      const file = path.join(paths.modelsDir, spec.file);
      writeModel(file, trainMiModel(spec, items, MI_HYPER[spec.task]));
      written.push(file);
    }
    return written;
  },
  async evaluate(paths) {
    const transcripts = loadAnnoMi(paths.annomiDir);
    const words = loadWordListsOrThrow().mi;
    const results = crossValidateMi(featurizeTranscripts(transcripts, words));
    // Same trainer and folds on word n-grams alone: what the featurizer adds over a plain bag of n-grams.
    const baseline = new Map(crossValidateMi(featurizeBaseline(transcripts, words)).map((r) => [r.spec.task, r.withContext.macroF1]));
    return results.map((r) => ({
      title: TITLES[r.spec.task],
      report: r.withContext,
      note:
        `without context: accuracy ${r.noContext.accuracy.toFixed(3)}, macro-F1 ${r.noContext.macroF1.toFixed(3)}; ` +
        `word n-gram baseline (same trainer): macro-F1 ${(baseline.get(r.spec.task) ?? 0).toFixed(3)}` +
        (PUBLISHED[r.spec.task] ? `; ${PUBLISHED[r.spec.task]}` : ''),
    }));
  },
};
