import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/tempDir.js';
import { parseLinearModel } from '../../core/model/linearModel.js';
import { STYLE_FEATURE_SET } from '../../core/style/styleFeatures.js';
import { DEFAULT_PATHS, type ResourcePaths } from '../../io/paths.js';
import { loadLexiconOrThrow } from '../../io/loadResources.js';
import { corpusFiles } from '../corpus.js';
import { isRealTalk, leaveOneSourceOut, markerAgreement, presentClassReport, readStyleCorpus, readStyleSources, realTalkCV, styleFolds, styleTask, transcriptFolds, writtenCV, type StyleItem } from './styleTask.js';

// A small synthetic corpus in a temporary folder: the real held-out file is never read by tests.
const dir = tempDir('attune-style-');
const paths: ResourcePaths = { ...DEFAULT_PATHS, root: dir, corpusDir: path.join(dir, 'corpus'), modelsDir: path.join(dir, 'models') };
const lexicon = loadLexiconOrThrow(DEFAULT_PATHS.lexiconsDir, 'style-markers');

const seed: Array<[string, StyleItem['style'], string[]]> = [
  ["Sorry, it's probably just me, never mind.", 'passive', ['apology', 'minimising', 'retraction']],
  ['I guess maybe it doesn\'t matter.', 'passive', ['hedge', 'minimising']],
  ['You never listen, you idiot.', 'aggressive', ['you_blame', 'absolute', 'insult']],
  ['Shut up and get out!!', 'aggressive', ['command', 'shouting']],
  ['I feel hurt. Could you call me next time?', 'assertive', ['i_statement', 'feeling_word', 'specific_request']],
  ["No, I can't take that on this week.", 'assertive', ['clear_no']],
  ['Oh great, thanks a lot.', 'passive_aggressive', ['sarcasm_cue']],
  ['Fine, whatever. Suit yourself.', 'passive_aggressive', ['dismissive_resignation']],
  ['Okay.', 'neutral', []],
  ['The bus leaves at nine.', 'neutral', []],
];
const items: StyleItem[] = [];
for (let r = 0; r < 5; r++) seed.forEach(([text, style, markers], i) => items.push({ id: `s${r}-${i}`, speaker: 'person', text: r ? `${text} ${'Yes.'.repeat(r)}` : text, style, markers }));
fs.mkdirSync(path.join(paths.corpusDir, 'style'), { recursive: true });
fs.writeFileSync(path.join(paths.corpusDir, 'style', 'train.jsonl'), items.map((x) => JSON.stringify(x)).join('\n') + '\n');

describe('styleTask', () => {
  it('reads a corpus and refuses a line without a known style', () => {
    expect(readStyleCorpus(path.join(paths.corpusDir, 'style', 'train.jsonl'))).toHaveLength(50);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"id":"x","text":"hi","style":"grumpy"}\n');
    expect(() => readStyleCorpus(bad)).toThrow(/bad\.jsonl:1/);
  });

  it('makes deterministic, stratified folds', () => {
    const a = styleFolds(items, 5);
    expect(styleFolds(items, 5)).toEqual(a);
    for (let f = 0; f < 5; f++) expect(items.filter((it, i) => a[i] === f && it.style === 'neutral')).toHaveLength(2);
  });

  it('trains the same model file twice, loadable for the style feature set', async () => {
    const [file] = await styleTask.train(paths);
    const first = fs.readFileSync(path.join(dir, file), 'utf8');
    await styleTask.train(paths);
    expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(first);
    const model = parseLinearModel(JSON.parse(first), file, STYLE_FEATURE_SET);
    expect(model.ok).toBe(true);
  });

  it('reports cross-validation on train when there is no held-out file', async () => {
    const model = parseLinearModel(JSON.parse(fs.readFileSync(path.join(paths.modelsDir, 'style.json'), 'utf8')), 'style.json');
    if (!model.ok) throw new Error('model');
    const out = await styleTask.evaluate(paths, { lexicons: { 'style-markers': lexicon }, models: { style: model.value } });
    expect(out).toHaveLength(1);
    expect(out[0].report.n).toBe(50);
    expect(out[0].report.macroF1).toBeGreaterThan(0.8);
  });

  it('reads every train*.jsonl as a source of its own, and only .jsonl files', () => {
    const dir2 = path.join(dir, 'two');
    const p2: ResourcePaths = { ...paths, corpusDir: path.join(dir2, 'corpus') };
    fs.mkdirSync(path.join(p2.corpusDir, 'style'), { recursive: true });
    const half = (r: number) => items.filter((_, i) => i % 2 === r).map((x) => JSON.stringify(x)).join('\n') + '\n';
    fs.writeFileSync(path.join(p2.corpusDir, 'style', 'train.jsonl'), half(0));
    fs.writeFileSync(path.join(p2.corpusDir, 'style', 'train-b.jsonl'), half(1));
    fs.writeFileSync(path.join(p2.corpusDir, 'style', 'heldout-x.md'), 'notes');
    const sources = readStyleSources(p2);
    expect(sources.map((s) => s.name)).toEqual(['train-b.jsonl', 'train.jsonl']);
    expect(sources.reduce((a, s) => a + s.items.length, 0)).toBe(50);
    expect(corpusFiles(p2, 'style', 'heldout')).toEqual([]);
    // Each source is predicted by a model that never saw it; the seeds repeat, so it is learnable.
    const loso = leaveOneSourceOut(sources, lexicon);
    expect(loso.perSource.map((r) => r.report.n)).toEqual([25, 25]);
    expect(loso.meanMacroF1).toBeGreaterThan(0.6);
  });

  it('averages macro-F1 over the classes present in gold, and names the missing ones', () => {
    const { report, missing } = presentClassReport(['neutral', 'neutral', 'assertive'], ['neutral', 'passive', 'assertive']);
    expect(missing).toEqual(['passive', 'aggressive', 'passive_aggressive']);
    // neutral F1 = 2/3, assertive F1 = 1: mean over the two present classes, not the five.
    expect(report.macroF1).toBeCloseTo((2 / 3 + 1) / 2, 6);
    expect(report.perClass.neutral.recall).toBeCloseTo(0.5, 6);
  });

  it('measures marker agreement with the annotation', () => {
    const a = markerAgreement(items.slice(0, 10), lexicon);
    expect(a.precision).toBeGreaterThan(0.7);
    expect(a.recall).toBeGreaterThan(0.7);
  });

  // Real talk: 6 transcripts of 5 items each (the seed texts again, said differently per transcript).
  const real: StyleItem[] = [];
  for (let t = 0; t < 6; t++) for (let j = 0; j < 5; j++) {
    const [text, style] = seed[(2 * t + j) % seed.length];
    real.push({ id: `r${t}-${j}`, speaker: 'client', text: `${text} Um.`, style, source: 'annomi', transcript_id: 100 + t });
  }

  it('makes transcript-grouped folds: deterministic, each conversation whole, the folds balanced', () => {
    const fold = transcriptFolds(real, 5);
    expect(transcriptFolds(real, 5)).toEqual(fold);
    for (let t = 0; t < 6; t++) expect(new Set(real.filter((it) => it.transcript_id === 100 + t).map((it) => fold[real.indexOf(it)])).size).toBe(1);
    const sizes = [0, 1, 2, 3, 4].map((f) => fold.filter((x) => x === f).length);
    expect(sizes.every((n) => n >= 5)).toBe(true);
    expect(Math.max(...sizes)).toBe(10);
  });

  it('scores the real-talk protocol on real items only, and the written guard on written items only', () => {
    expect(real.every(isRealTalk)).toBe(true);
    expect(items.some(isRealTalk)).toBe(false);
    const rt = realTalkCV([...items, ...real], lexicon);
    expect(rt.report.n).toBe(real.length);
    // Every real item's text has written twins in training, so the protocol finds them.
    expect(rt.report.macroF1).toBeGreaterThan(0.6);
    const wr = writtenCV([...items, ...real], lexicon);
    expect(wr.report.n).toBe(items.length);
    expect(wr.report.macroF1).toBeGreaterThan(0.6);
  });
});
