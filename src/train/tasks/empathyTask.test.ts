import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Empathy } from '../../core/types.js';
import { parseLexicon } from '../../core/lexicon/lexicon.js';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { empathyTask, rationaleF1 } from './empathyTask.js';

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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-empathy-'));
    const corpusDir = path.join(dir, 'corpus');
    fs.mkdirSync(path.join(corpusDir, 'empathy'), { recursive: true });
    const lines = [row('I understand.', ['I understand.']), row('What time is it?', [])].map((r, i) => JSON.stringify({ ...r, id: `t${i}` }));
    fs.writeFileSync(path.join(corpusDir, 'empathy', 'train.jsonl'), lines.join('\n') + '\n');
    const paths = { ...DEFAULT_PATHS, corpusDir, modelsDir: path.join(dir, 'models') };
    expect(await empathyTask.train(paths)).toEqual([]);
    expect(fs.existsSync(paths.modelsDir) ? fs.readdirSync(paths.modelsDir) : []).toEqual([]);
  });

  it('evaluates every held-out file with levels: one 3-class report per mechanism, rationale F1 in the note', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-empathy-'));
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
    const reports = await empathyTask.evaluate({ ...DEFAULT_PATHS, corpusDir }, { lexicons: { 'empathy-cues': lex.value }, models: {} });
    expect(reports.map((r) => r.title)).toEqual(['empathy er (heldout)', 'empathy ip (heldout)', 'empathy ex (heldout)']);
    expect(reports[1].report.n).toBe(2);
    expect(reports[1].report.accuracy).toBe(1);
    expect(reports[1].note).toContain('rationale token F1 (all mechanisms) 1.000');
  });
});
