import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir.js';
import { matchLexicon } from '../core/lexicon/lexicon.js';
import { WORD_LIST_NAMES } from '../core/lexicon/wordLists.js';
import { DEFAULT_SUGGESTIONS_FILE, DEFAULT_WORD_LISTS_FILE, loadResources, loadResourcesOrThrow } from './loadResources.js';

describe('shipped resources', () => {
  const resources = loadResourcesOrThrow();

  it('load and validate', () => {
    expect(Object.keys(resources.lexicons).sort()).toEqual(expect.arrayContaining(['empathy-cues', 'stance-markers', 'style-markers']));
    expect(Object.keys(resources.models)).toEqual(expect.arrayContaining(['mi-behaviour', 'mi-reflection', 'mi-question', 'client-talk']));
    expect(resources.suggestions?.source).toMatch(/data[\\/]suggestions[\\/]templates\.json$/);
    expect(resources.wordLists?.source).toMatch(/data[\\/]word-lists\.json$/);
  });

  // The shipped models were trained on features built with these lists, and nothing in a model file
  // records them: a changed list would silently change what every model reads. Change a list only
  // with `npm run train`, ship the retrained models with it, then update the fingerprint here.
  it('has the word lists the shipped models were trained with', () => {
    const lists = resources.wordLists!;
    const fingerprint = (group: 'mi' | 'empathy') => {
      const sorted = Object.fromEntries(WORD_LIST_NAMES[group].map((name) => [name, [...(lists[group] as unknown as Record<string, ReadonlySet<string>>)[name]].sort()]));
      return createHash('sha256').update(JSON.stringify(sorted)).digest('hex').slice(0, 16);
    };
    expect({ mi: fingerprint('mi'), empathy: fingerprint('empathy') }).toEqual({ mi: '5f02bc6d3e039e3a', empathy: 'c58676a298c3e3e9' });
  });

  // Every detector cue documents itself with examples; this holds each cue to them.
  for (const lexicon of Object.values(loadResourcesOrThrow().lexicons)) {
    describe(`lexicon ${lexicon.name}`, () => {
      for (const entry of lexicon.entries) {
        it(`${entry.kind} matches its examples and not its counter-examples`, () => {
          for (const ex of entry.examples) {
            expect(matchLexicon({ ...lexicon, entries: [entry] }, ex).length, `"${ex}" should match ${entry.kind}`).toBeGreaterThan(0);
          }
          for (const ex of entry.counterExamples) {
            expect(matchLexicon({ ...lexicon, entries: [entry] }, ex), `"${ex}" should not match ${entry.kind}`).toEqual([]);
          }
        });
      }
    });
  }
});

describe('loadResources', () => {
  it('names the suggestion templates file, the field and the bad value', () => {
    const dir = tempDir('attune-sugg-');
    const shipped = JSON.parse(fs.readFileSync(DEFAULT_SUGGESTIONS_FILE, 'utf8')) as { kinds: { refocus: { situations: { caretaking: { plain: string[] } } } } };
    shipped.kinds.refocus.situations.caretaking.plain[0] = 'Thank you, {name}.';
    const file = path.join(dir, 'templates.json');
    fs.writeFileSync(file, JSON.stringify(shipped));
    const r = loadResources({ lexiconsDir: path.join(dir, 'none'), modelsDir: path.join(dir, 'none'), suggestionsFile: file });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'invalid_resource', source: expect.stringContaining('templates.json'), path: 'kinds.refocus.situations.caretaking.plain.0', value: 'Thank you, {name}.' })]);
    const missing = loadResources({ lexiconsDir: path.join(dir, 'none'), modelsDir: path.join(dir, 'none'), suggestionsFile: path.join(dir, 'nope.json') });
    expect(missing.ok ? [] : missing.problems.map((p) => p.code)).toEqual(['file_unreadable']);
  });

  it('names the word lists file, the list and the bad word', () => {
    const dir = tempDir('attune-words-');
    const shipped = JSON.parse(fs.readFileSync(DEFAULT_WORD_LISTS_FILE, 'utf8')) as { mi: { negators: { words: string[] } } };
    shipped.mi.negators.words[1] = 'No';
    const file = path.join(dir, 'word-lists.json');
    fs.writeFileSync(file, JSON.stringify(shipped));
    const r = loadResources({ lexiconsDir: path.join(dir, 'none'), modelsDir: path.join(dir, 'none'), wordListsFile: file });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'invalid_resource', source: expect.stringContaining('word-lists.json'), path: 'mi.negators.words.1', value: 'No' })]);
    const missing = loadResources({ lexiconsDir: path.join(dir, 'none'), modelsDir: path.join(dir, 'none'), wordListsFile: path.join(dir, 'nope.json') });
    expect(missing.ok ? [] : missing.problems.map((p) => p.code)).toEqual(['file_unreadable']);
  });

  it('names the file and the bad value of a broken data file', () => {
    const dir = tempDir('attune-res-');
    fs.mkdirSync(path.join(dir, 'lexicons'));
    fs.mkdirSync(path.join(dir, 'models'));
    fs.writeFileSync(path.join(dir, 'lexicons', 'bad.json'), JSON.stringify({ format: 'attune-lexicon/1', name: 'bad', labels: ['a'], entries: [{ kind: 'k', label: 'a', patterns: ['[z-a]'], examples: ['x'] }] }));
    fs.writeFileSync(path.join(dir, 'models', 'broken.json'), '{ not json');
    const r = loadResources({ lexiconsDir: path.join(dir, 'lexicons'), modelsDir: path.join(dir, 'models') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toEqual(expect.arrayContaining([
        expect.objectContaining({ code: 'invalid_pattern', path: 'entries.0.patterns.0', value: '[z-a]', source: expect.stringContaining('bad.json') }),
        expect.objectContaining({ code: 'invalid_json', source: expect.stringContaining('broken.json') }),
      ]));
    }
  });

  describe('with a selection', () => {
    const lexicon = (name: string) => ({ format: 'attune-lexicon/1', name, labels: ['a'], entries: [{ kind: 'k', label: 'a', patterns: ['\\bhi\\b'], examples: ['hi'] }] });
    const setUp = () => {
      const dir = tempDir('attune-sel-');
      fs.mkdirSync(path.join(dir, 'lexicons'));
      fs.writeFileSync(path.join(dir, 'lexicons', 'one.json'), JSON.stringify(lexicon('one')));
      fs.writeFileSync(path.join(dir, 'lexicons', 'two.json'), JSON.stringify(lexicon('two')));
      return dir;
    };

    it('reads only the named lexicons and, when asked, no suggestion templates', () => {
      const dir = setUp();
      // A broken lexicon that is not selected is not read, so it stops nothing.
      fs.writeFileSync(path.join(dir, 'lexicons', 'broken.json'), '{ not json');
      const dirs = { lexiconsDir: path.join(dir, 'lexicons'), modelsDir: path.join(dir, 'none'), suggestionsFile: path.join(dir, 'nope.json') };
      const r = loadResources(dirs, { lexicons: ['two'], suggestions: false });
      expect(r.ok && Object.keys(r.value.lexicons)).toEqual(['two']);
      expect(r.ok && r.value.suggestions).toBeUndefined();
      const all = loadResources(dirs);
      expect(all.ok ? [] : all.problems.map((p) => p.code).sort()).toEqual(['file_unreadable', 'invalid_json']);
    });

    it('finds a lexicon in a file not named after it by reading the others, with their problems', () => {
      const dir = setUp();
      fs.writeFileSync(path.join(dir, 'lexicons', 'renamed.json'), JSON.stringify(lexicon('three')));
      const dirs = { lexiconsDir: path.join(dir, 'lexicons'), modelsDir: path.join(dir, 'none') };
      const r = loadResources(dirs, { lexicons: ['one', 'three'], suggestions: false });
      expect(r.ok && Object.keys(r.value.lexicons).sort()).toEqual(['one', 'three', 'two']);
      fs.writeFileSync(path.join(dir, 'lexicons', 'zbroken.json'), '{ not json');
      const broken = loadResources(dirs, { lexicons: ['three'], suggestions: false });
      expect(broken.ok ? [] : broken.problems.map((p) => p.code)).toEqual(['invalid_json']);
    });
  });
});
