import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir.js';
import { corpusFiles, invalid, readJsonLines } from './corpus.js';

const dir = tempDir('attune-corpus-');
fs.mkdirSync(path.join(dir, 'style'));
for (const f of ['train.jsonl', 'train2.jsonl', 'heldout.jsonl', 'heldout-real.jsonl', 'README.md', 'train.txt']) fs.writeFileSync(path.join(dir, 'style', f), '');

describe('corpus', () => {
  it('lists a task\'s train and held-out files separately, sorted, as full paths', () => {
    expect(corpusFiles({ corpusDir: dir }, 'style', 'train').map((f) => path.basename(f))).toEqual(['train.jsonl', 'train2.jsonl']);
    expect(corpusFiles({ corpusDir: dir }, 'style', 'heldout').map((f) => path.basename(f))).toEqual(['heldout-real.jsonl', 'heldout.jsonl']);
    expect(corpusFiles({ corpusDir: dir }, 'stance', 'train')).toEqual([]);
  });

  it('reads records, skips blank lines and names the file and line of a bad one', () => {
    const file = path.join(dir, 'rows.jsonl');
    fs.writeFileSync(file, '{"text":"a"}\n\n{"text":"b"}\n');
    const check = (r: Record<string, unknown>) => (typeof r.text === 'string' ? r.text : invalid('needs "text"'));
    expect(readJsonLines(file, check)).toEqual(['a', 'b']);
    fs.writeFileSync(file, '{"text":"a"}\n{"txt":"b"}\n');
    expect(() => readJsonLines(file, check)).toThrow(/rows\.jsonl:2: needs "text"/);
    fs.writeFileSync(file, '{"text":"a"}\n[1]\n');
    expect(() => readJsonLines(file, check)).toThrow(/rows\.jsonl:2: not a JSON object/);
    fs.writeFileSync(file, '{oops\n');
    expect(() => readJsonLines(file, check)).toThrow(/rows\.jsonl:1:/);
  });
});
