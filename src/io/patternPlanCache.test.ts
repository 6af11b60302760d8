import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/tempDir.js';

type Index = typeof import('../core/lexicon/lexiconIndex.js');
type Cache = typeof import('./patternPlanCache.js');
type Lex = typeof import('../core/lexicon/lexicon.js');

/** A fresh process, as far as module state goes: the plans made so far are those of this "process". */
async function fresh(): Promise<{ index: Index; cache: Cache; lex: Lex }> {
  vi.resetModules();
  return { index: await import('../core/lexicon/lexiconIndex.js'), cache: await import('./patternPlanCache.js'), lex: await import('../core/lexicon/lexicon.js') };
}

function lexicon(lex: Lex, patterns: string[]) {
  const r = lex.parseLexicon({ format: lex.LEXICON_FORMAT, name: 't', labels: ['a'], entries: [{ kind: 'k', label: 'a', patterns, examples: ['x'] }] }, 't');
  if (!r.ok) throw new Error('does not load');
  return r.value;
}

const PATTERNS = ['\\bcached\\s+(?:plan|plans)\\b', '\\w+scanned'];

describe('pattern plan cache', () => {
  it('keeps the plans of one process for the next, which matches alike without making them', async () => {
    const file = path.join(tempDir('attune-plans-'), 'cache', 'plans.json');
    const first = await fresh();
    first.cache.readPatternPlans(file);
    const lex = lexicon(first.lex, PATTERNS);
    const spans = first.lex.matchLexicon(lex, 'Cached plans, rescanned.').map((m) => [m.start, m.end]);
    // Plans of patterns in no lexicon handed over are not kept.
    first.index.indexLexicon(lexicon(first.lex, ['\\bdropped\\b']));
    first.cache.writePatternPlans(file, [lex]);
    expect(fs.existsSync(file)).toBe(true);

    const second = await fresh();
    expect(second.index.patternPlanCount()).toBe(0);
    second.cache.readPatternPlans(file);
    expect(Object.keys(second.index.patternPlansData()).sort()).toEqual([...PATTERNS].sort());
    expect(second.lex.matchLexicon(lexicon(second.lex, PATTERNS), 'Cached plans, rescanned.').map((m) => [m.start, m.end])).toEqual(spans);
    // Nothing new was planned: the file is left as it is.
    const written = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, 0, 0);
    second.cache.writePatternPlans(file, [lexicon(second.lex, PATTERNS)]);
    expect(fs.statSync(file).mtimeMs).toBe(0);
    expect(written).toBeGreaterThan(0);
  });

  it('ignores a file made by other planning code, or damaged, and then rewrites it', async () => {
    const file = path.join(tempDir('attune-plans-'), 'plans.json');
    const first = await fresh();
    first.cache.readPatternPlans(file);
    const lex = lexicon(first.lex, PATTERNS);
    first.index.indexLexicon(lex);
    first.cache.writePatternPlans(file, [lex]);
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { code: string };
    fs.writeFileSync(file, JSON.stringify({ ...json, code: 'other' }));
    const second = await fresh();
    second.cache.readPatternPlans(file);
    expect(second.index.patternPlanCount()).toBe(0);
    fs.writeFileSync(file, '{ damaged');
    second.cache.readPatternPlans(file);
    expect(second.index.patternPlanCount()).toBe(0);
    second.index.indexLexicon(lexicon(second.lex, PATTERNS));
    second.cache.writePatternPlans(file, [lexicon(second.lex, PATTERNS)]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual(json);
  });
});
