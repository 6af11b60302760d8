import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../testing/tempDir.js';
import type { Empathy } from '../../core/types.js';
import { parseLexicon } from '../../core/lexicon/lexicon.js';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { crossValidate, empathyTask, rationaleF1, readTrainSources, REAL_TALK_WEIGHTS } from './empathyTask.js';

const row = (text: string, ip: string[]) => ({ id: 'x', text, context: [], er: 0, ip: ip.length ? 1 : 0, ex: 0, rationales: { er: [], ip, ex: [] } });
const pred = (text: string, spans: Array<[number, number]>): Empathy => ({ er: 0, ip: spans.length ? 1 : 0, ex: 0, rationales: spans.map(([start, end]) => ({ mechanism: 'ip' as const, level: 1 as const, cue: 't', start, end })) });

describe('rationaleF1', () => {
  it('is 1 for the same tokens, 0 for disjoint ones, partial in between', () => {
    const text = 'I understand. What happened?';
    expect(rationaleF1([row(text, ['I understand.'])], [pred(text, [[0, 13]])]).f1).toBe(1);
    expect(rationaleF1([row(text, ['I understand.'])], [pred(text, [[14, 28]])]).f1).toBe(0);
    const half = rationaleF1([row(text, ['I understand.'])], [pred(text, [[0, 28]])]);
    expect(half.recall).toBe(1);
    expect(half.precision).toBe(0.5);
  });
});

describe('empathyTask', () => {
  it('trains deterministically from a corpus and writes nothing when the corpus is too small to choose a model', async () => {
    const dir = tempDir('attune-empathy-');
    const corpusDir = path.join(dir, 'corpus');
    fs.mkdirSync(path.join(corpusDir, 'empathy'), { recursive: true });
    const lines = [row('I understand.', ['I understand.']), row('What time is it?', [])].map((r, i) => JSON.stringify({ ...r, id: `t${i}` }));
    fs.writeFileSync(path.join(corpusDir, 'empathy', 'train.jsonl'), lines.join('\n') + '\n');
    const paths = { ...DEFAULT_PATHS, corpusDir, modelsDir: path.join(dir, 'models') };
    expect(await empathyTask.train(paths)).toEqual([]);
    expect(fs.existsSync(paths.modelsDir) ? fs.readdirSync(paths.modelsDir) : []).toEqual([]);
  });

  it('evaluates every held-out file with levels: one 3-class report per mechanism, rationale F1 in the note', async () => {
    const dir = tempDir('attune-empathy-');
    const corpusDir = path.join(dir, 'corpus');
    fs.mkdirSync(path.join(corpusDir, 'empathy'), { recursive: true });
    const items = [
      { ...row('I understand.', ['I understand.']), id: 'h1' },
      { ...row('What time is it?', []), id: 'h2' },
      { id: 'h3', text: 'no levels here' },
    ];
    fs.writeFileSync(path.join(corpusDir, 'empathy', 'heldout.jsonl'), items.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const lex = parseLexicon(JSON.parse(fs.readFileSync(path.join(DEFAULT_PATHS.lexiconsDir, 'empathy-cues.json'), 'utf8')), 'empathy-cues.json');
    if (!lex.ok) throw new Error('lexicon');
    const reports = await empathyTask.evaluate({ ...DEFAULT_PATHS, corpusDir }, { lexicons: { 'empathy-cues': lex.value }, models: {}, wordLists: loadWordListsOrThrow() });
    expect(reports.map((r) => r.title)).toEqual(['empathy er (heldout)', 'empathy ip (heldout)', 'empathy ex (heldout)']);
    expect(reports[1].report.n).toBe(2);
    expect(reports[1].report.accuracy).toBe(1);
    expect(reports[1].note).toContain('rationale token F1 (all mechanisms) 1.000');
  });
});

describe('empathy training sources and the generalisation estimate', () => {
  const lex = parseLexicon(JSON.parse(fs.readFileSync(path.join(DEFAULT_PATHS.lexiconsDir, 'empathy-cues.json'), 'utf8')), 'empathy-cues.json');
  if (!lex.ok) throw new Error('lexicon');
  const WORDS = loadWordListsOrThrow().empathy;
  const texts = ['I understand.', 'What happened?', 'That sounds so hard.', 'What time is it?', 'So you feel stuck.', 'Tell me more about that.'];
  const rowsFor = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const text = `${texts[i % texts.length]} ${prefix} ${i}`;
      return { id: `${prefix}${i}`, text, context: [], er: i % 6 === 2 ? 1 : 0, ip: i % 6 === 0 || i % 6 === 4 ? 1 : 0, ex: i % 6 === 1 || i % 6 === 5 ? 1 : 0, rationales: { er: [], ip: [], ex: [] } };
    });

  it('reads every train*.jsonl as its own source and never a held-out file', () => {
    const dir = tempDir('attune-empathy-');
    fs.mkdirSync(path.join(dir, 'empathy'));
    const write = (name: string, rows: unknown[]) => fs.writeFileSync(path.join(dir, 'empathy', name), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    write('train.jsonl', rowsFor('a', 3));
    write('train-annomi.jsonl', rowsFor('b', 2));
    write('heldout.jsonl', rowsFor('h', 4));
    write('heldout-annomi.jsonl', rowsFor('g', 4));
    const sources = readTrainSources({ ...DEFAULT_PATHS, corpusDir: dir });
    expect(sources.map((s) => [s.name, s.rows.length]).sort()).toEqual([
      ['train', 3],
      ['train-annomi', 2],
    ]);
  });

  it('estimates every choice by union CV per source and leave-one-source-out, deterministically', () => {
    const sources = [
      { name: 'train', rows: rowsFor('a', 36) },
      { name: 'train-other', rows: rowsFor('b', 30) },
    ];
    const a = crossValidate(sources, lex.value, WORDS);
    const b = crossValidate(sources, lex.value, WORDS);
    expect(a).toEqual(b);
    expect(a.n).toBe(66);
    for (const m of ['er', 'ip', 'ex'] as const) {
      expect(Object.keys(a.loso[m].rules).sort()).toEqual(['train', 'train-other']);
      expect(Object.keys(a.unionBySource[m]).sort()).toEqual(['train', 'train-other']);
      // The rules involve no training: their leave-one-source-out figure is their figure on that source.
      expect(a.loso[m].rules.train).toBeCloseTo(a.unionBySource[m].train.rules, 10);
      expect(a.score[m].rules).toBeGreaterThan(0);
    }
  });

  it('weights real-talk items only where a source has transcripts, and replaces the current choice only under the protocol', () => {
    const written = { name: 'train', rows: rowsFor('a', 36) };
    const real = { name: 'train-real', rows: rowsFor('b', 30).map((r, i) => ({ ...r, transcript_id: i % 6 })) };
    const noReal = crossValidate([written, { name: 'train-other', rows: rowsFor('b', 30) }], lex.value, WORDS);
    const cv = crossValidate([written, real], lex.value, WORDS);
    for (const m of ['er', 'ip', 'ex'] as const) {
      // Without real talk nothing is weighted and the current choice stands.
      expect(Object.keys(noReal.weighted[m])).toEqual(['1']);
      expect(noReal.final[m]).toEqual({ choice: noReal.ship.includes(m) ? noReal.best[m] : 'rules', weight: 1 });
      expect(Object.keys(cv.weighted[m]).map(Number)).toEqual([...REAL_TALK_WEIGHTS]);
      for (const w of REAL_TALK_WEIGHTS) expect(Object.keys(cv.weighted[m][w]).sort()).toEqual(['train', 'train-real']);
      const current = cv.ship.includes(m) ? cv.best[m] : 'rules';
      const { choice, weight } = cv.final[m];
      if (choice !== current || weight !== 1) {
        expect(cv.weighted[m][weight]['train-real'][choice]).toBeGreaterThanOrEqual(cv.unionBySource[m]['train-real'][current] + 0.02);
        expect(cv.weighted[m][weight].train[choice]).toBeGreaterThanOrEqual(cv.unionBySource[m].train[current] - 0.01);
      }
    }
  });
});
