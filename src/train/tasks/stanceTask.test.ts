import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/tempDir.js';
import { parseLexicon } from '../../core/lexicon/lexicon.js';
import { parseLinearModel } from '../../core/model/linearModel.js';
import { STANCE_FEATURE_SET } from '../../core/stance/stanceFeatures.js';
import type { Resources } from '../../core/resources.js';
import { DEFAULT_PATHS, type ResourcePaths } from '../../io/paths.js';
import { BLEND_GRID, chooseRealWeight, chooseSettings, crossValidate, isRealTalk, loadStanceCorpus, prepareStanceItems, presentMacroF1, realTalkCV, stanceTask, STANCE_HYPER, transcriptFolds, weightRealTalk, type StanceItem } from './stanceTask.js';
import { corpusFiles } from '../corpus.js';

// A small synthetic corpus in a temporary folder: the real held-out file is never read by tests.
const dir = tempDir('attune-stance-');
const paths: ResourcePaths = { ...DEFAULT_PATHS, root: dir, corpusDir: path.join(dir, 'corpus'), modelsDir: path.join(dir, 'models') };
const lexFile = path.join(DEFAULT_PATHS.lexiconsDir, 'stance-markers.json');
const lex = parseLexicon(JSON.parse(fs.readFileSync(lexFile, 'utf8')), lexFile);
if (!lex.ok) throw new Error('stance lexicon does not load');

const seed: Array<[string, StanceItem['stance'], string]> = [
  ["Let's focus on one thing today. Is it okay if we start with sleep?", 'assertive', 'So much is going on.'],
  ["We have ten minutes left, so let's plan the week.", 'assertive', 'And another thing...'],
  ["I'm not able to accept gifts, but I'd love to hear what it meant to you.", 'assertive', 'I made you this.'],
  ["You're in denial and you need to stop drinking now.", 'aggressive', "I don't drink that much."],
  ["Come on, that's just an excuse. Do it this week, no excuses.", 'aggressive', "I didn't have time."],
  ["If you keep skipping, you'll end up back where you started.", 'aggressive', 'I skipped it again.'],
  ['Of course, call me any time, day or night.', 'passive', 'Can I call you at night?'],
  ["I'm so sorry, I shouldn't have asked, forget it.", 'passive', 'Why do you keep asking?'],
  ["Sure, don't worry about the fee at all.", 'passive', "I can't pay this month."],
  ["It sounds like you're exhausted and nobody notices.", 'none', "I'm so tired."],
  ['What was that like for you?', 'none', 'My dad called.'],
  ['You feel stuck between the two of them.', 'none', 'They both want me on their side.'],
];
const items: StanceItem[] = [];
for (let r = 0; r < 4; r++) {
  seed.forEach(([text, stance, ctx], i) => items.push({ id: `t${r}-${i}`, text: r ? `${text} ${'Mm. '.repeat(r)}` : text, context: [{ speaker: 'client', text: ctx }], stance, moves: [] }));
}
fs.mkdirSync(path.join(paths.corpusDir, 'stance'), { recursive: true });
const trainFile = path.join(paths.corpusDir, 'stance', 'train.jsonl');
// A second training file (another "writer"): rounds 2 and 3 with their own ids.
const train2File = path.join(paths.corpusDir, 'stance', 'train2.jsonl');
fs.writeFileSync(train2File, items.slice(24).map((x) => JSON.stringify({ ...x, id: `b-${x.id}` })).join('\n') + '\n');
fs.writeFileSync(trainFile, items.slice(0, 24).map((x) => JSON.stringify(x)).join('\n') + '\n');

describe('stanceTask', () => {
  it('reads a corpus and refuses a line without a known stance', () => {
    expect(loadStanceCorpus(trainFile)).toHaveLength(24);
    expect(corpusFiles(paths, 'stance', 'train').map((f) => path.basename(f))).toEqual(['train.jsonl', 'train2.jsonl']);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, '{"id":"x","text":"hi","stance":"grumpy"}\n');
    expect(() => loadStanceCorpus(bad)).toThrow(/bad\.jsonl:1/);
  });

  it('cross-validates every blend weight deterministically', () => {
    const data = prepareStanceItems(items, lex.value);
    const a = crossValidate(data);
    const b = crossValidate(data);
    expect([...a.keys()].sort()).toEqual([...BLEND_GRID].sort());
    for (const w of BLEND_GRID) expect(a.get(w)!.macroF1).toBe(b.get(w)!.macroF1);
    expect(a.get(0)!.accuracy).toBeGreaterThan(0.6);
  });

  it('chooses settings by leave-one-source-out over the training files, one report per file', () => {
    const prep = (scale: number) => [
      ...prepareStanceItems(items.slice(0, 24), lex.value, 'train.jsonl', scale),
      ...prepareStanceItems(items.slice(24), lex.value, 'train2.jsonl', scale),
    ];
    const c = chooseSettings(prep, undefined, [0.5]);
    expect(c.scored.loso.map((r) => r.source)).toEqual(['train.jsonl', 'train2.jsonl']);
    expect(c.scored.loso.map((r) => r.report.n)).toEqual([24, 24]);
    expect(c.scored.losoMean).toBeCloseTo((c.scored.loso[0].macroF1Present + c.scored.loso[1].macroF1Present) / 2, 9);
    expect(c.scored.losoMean).toBeGreaterThan(0.6);
    expect(c.scored.cv.n).toBe(48);
  });

  it('reads transcript ids and folds whole transcripts together', () => {
    const f = path.join(dir, 'real.jsonl');
    fs.writeFileSync(f, '{"id":"r1","text":"Mm-hmm.","stance":"none","transcript_id":10}\n{"id":"w1","text":"Okay.","stance":"none"}\n');
    expect(loadStanceCorpus(f).map((x) => x.transcriptId)).toEqual(['10', undefined]);
    // Six transcripts of sizes 4,4,3,3,2,2 (plus written items) over 3 folds.
    const real = items.slice(0, 18).map((x, i) => ({ ...x, transcriptId: `s${[0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5][i]}` }));
    const data = prepareStanceItems([...real, ...items.slice(18, 22)], lex.value);
    const fold = transcriptFolds(data, 3);
    expect(fold.slice(18)).toEqual([-1, -1, -1, -1]);
    for (let i = 1; i < 18; i++) if (real[i].transcriptId === real[i - 1].transcriptId) expect(fold[i]).toBe(fold[i - 1]);
    const load = [0, 1, 2].map((k) => fold.filter((x) => x === k).length);
    expect(load.sort()).toEqual([6, 6, 6]);
    expect(weightRealTalk(data, 3).filter(isRealTalk)).toHaveLength(54);
    expect(weightRealTalk(data, 3).filter((d) => !isRealTalk(d))).toHaveLength(4);
  });

  it('scores the real-talk protocol on real items only and ships a weight only on a clear gain', () => {
    // Real talk: rounds 0-1 (24 items) in 6 sessions of 4; written: rounds 2-3.
    const real = items.slice(0, 24).map((x, i) => ({ ...x, transcriptId: `s${Math.floor(i / 4)}` }));
    const data = prepareStanceItems([...real, ...items.slice(24)], lex.value);
    const dec = { blend: 0.5, noneOdds: 1, passiveWithoutNeed: 0 };
    const r = realTalkCV(data, STANCE_HYPER, dec, 1);
    expect(r.real.n).toBe(24);
    expect(r.written.n).toBe(24);
    expect(r.realMacroF1).toBeGreaterThan(0.6);
    expect(realTalkCV(data, STANCE_HYPER, dec, 1).realMacroF1).toBe(r.realMacroF1);
    const c = chooseRealWeight(data, STANCE_HYPER, dec, [1, 2]);
    expect(c.all.map((x) => x.realWeight)).toEqual([1, 2]);
    const gain = c.all[1].realMacroF1 - c.base.realMacroF1 >= 0.02 && c.all[1].writtenMacroF1 >= c.base.writtenMacroF1 - 0.01;
    expect(c.chosen.realWeight).toBe(gain ? 2 : 1);
  });

  it('gives macro-F1 over the classes present in gold', () => {
    const perClass = { none: { precision: 1, recall: 1, f1: 0.8, support: 3 }, passive: { precision: 0, recall: 0, f1: 0, support: 0 }, assertive: { precision: 1, recall: 1, f1: 0.6, support: 2 } };
    expect(presentMacroF1({ n: 5, accuracy: 1, macroF1: 0.4667, perClass, confusion: {} })).toEqual({ macroF1: 0.7, classes: ['none', 'assertive'] });
  });

  it('writes the same model file twice, with the blend chosen by CV', async () => {
    const [rel] = await stanceTask.train(paths);
    const file = path.join(dir, rel);
    const first = fs.readFileSync(file, 'utf8');
    await stanceTask.train(paths);
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    const model = parseLinearModel(JSON.parse(first), file, STANCE_FEATURE_SET);
    expect(model.ok).toBe(true);
    if (model.ok) {
      expect(BLEND_GRID as readonly number[]).toContain(model.value.meta.blend);
      expect(model.value.meta.trainedOn).toEqual(['corpus/stance/train.jsonl', 'corpus/stance/train2.jsonl']);
      expect(Object.keys(model.value.meta.losoMacroF1 as object)).toEqual(['train.jsonl', 'train2.jsonl']);
    }
  });

  it('evaluates the shipped resources on held-out items and notes the CV figure', async () => {
    const heldout = path.join(paths.corpusDir, 'stance', 'heldout.jsonl');
    fs.writeFileSync(heldout, items.slice(0, 12).map((x) => JSON.stringify(x)).join('\n') + '\n');
    // A held-out file without passive items, like real AnnoMI talk.
    const noPassive = path.join(paths.corpusDir, 'stance', 'heldout-real.jsonl');
    fs.writeFileSync(noPassive, items.slice(0, 12).filter((x) => x.stance !== 'passive').map((x) => JSON.stringify(x)).join('\n') + '\n');
    const model = parseLinearModel(JSON.parse(fs.readFileSync(path.join(paths.modelsDir, 'stance.json'), 'utf8')), 'm', STANCE_FEATURE_SET);
    if (!model.ok) throw new Error('model');
    const resources: Resources = { lexicons: { 'stance-markers': lex.value }, models: { stance: model.value } };
    const reports = await stanceTask.evaluate(paths, resources);
    const main = reports.find((r) => r.title.startsWith('stance heldout.jsonl (shipped'))!;
    expect(main.report.n).toBe(12);
    expect(main.note).toMatch(/leave-one-source-out macro-F1 .*train\.jsonl .*train2\.jsonl/);
    expect(main.note).toMatch(/5-fold CV on the union of train files \(n=48\)/);
    expect(main.note).not.toMatch(/lacks/);
    expect(main.report.accuracy).toBeGreaterThan(0.6);
    const real = reports.find((r) => r.title.startsWith('stance heldout-real.jsonl (shipped'))!;
    expect(real.report.n).toBe(9);
    expect(real.note).toMatch(/lacks passive: macro-F1 over the classes present in gold \(none, assertive, aggressive\)/);
  });
});
