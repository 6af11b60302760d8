import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../testing/tempDir.js';
import { DEFAULT_PATHS } from './paths.js';

type Index = typeof import('../core/lexicon/lexiconIndex.js');
type Cache = typeof import('./patternPlanCache.js');
type Lex = typeof import('../core/lexicon/lexicon.js');
type Load = typeof import('./loadResources.js');
type Trie = typeof import('../core/lexicon/prefixTrie.js');

/**
 * A fresh process, as far as module state goes: the plans made so far are those of this "process".
 * `built()`: how many tries its walks have built (not read from a file) so far.
 */
async function fresh(): Promise<{ index: Index; cache: Cache; lex: Lex; load: Load; built: () => number }> {
  vi.resetModules();
  const trie: Trie = await import('../core/lexicon/prefixTrie.js');
  const build = vi.spyOn(trie.PrefixTrieBuilder.prototype, 'build');
  return {
    index: await import('../core/lexicon/lexiconIndex.js'),
    cache: await import('./patternPlanCache.js'),
    lex: await import('../core/lexicon/lexicon.js'),
    load: await import('./loadResources.js'),
    built: () => build.mock.calls.length,
  };
}

/** The three shipped lexicons `attune code` reads, loaded in the given "process". */
function codeLexicons(load: Load) {
  return ['empathy-cues', 'stance-markers', 'style-markers'].map((name) => {
    const r = load.loadLexiconFile(path.join(DEFAULT_PATHS.lexiconsDir, `${name}.json`));
    if (!r.ok) throw new Error(`${name} does not load`);
    return r.value;
  });
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

  it('seeds the shipped plans first: a fresh data folder has no plan to make for the shipped lexicons', async () => {
    const dir = tempDir('attune-plans-');
    const shipped = path.join(dir, 'dist', 'pattern-plans.json');
    const build = await fresh();
    expect(build.cache.writeShippedPatternPlans(shipped, codeLexicons(build.load))).toBe(true);

    const run = await fresh();
    const userFile = path.join(dir, 'data', 'cache', 'pattern-plans.json');
    run.cache.readPatternPlans(userFile, shipped);
    const lexicons = codeLexicons(run.load);
    const sources = new Set(lexicons.flatMap((l) => l.entries.flatMap((e) => e.patterns.map((re) => re.source))));
    expect(sources.size).toBeGreaterThan(100);
    expect(run.index.patternPlanCount()).toBe(sources.size);
    expect(Object.keys(run.index.patternPlansData()).sort()).toEqual([...sources].sort());
    // Matching with them makes no plan, gives what a plain scan gives, and leaves the user's cache unwritten.
    const text = "I hear how hard it's been; you should try saying no, because honestly you never listen to me.";
    for (const lexicon of lexicons) expect(run.lex.matchLexicon(lexicon, text)).toEqual(run.index.matchLexiconReference(lexicon, text));
    expect(run.index.patternPlanCount()).toBe(sources.size);
    run.cache.writePatternPlans(userFile, lexicons);
    expect(fs.existsSync(userFile)).toBe(false);
  });

  it('plans edited patterns beside the shipped ones and keeps them in the user cache', async () => {
    const dir = tempDir('attune-plans-');
    const shipped = path.join(dir, 'pattern-plans.json');
    const build = await fresh();
    build.cache.writeShippedPatternPlans(shipped, [lexicon(build.lex, PATTERNS)]);

    const edited = [PATTERNS[0], '\\bedited\\s+plan\\b'];
    const userFile = path.join(dir, 'cache', 'plans.json');
    const run = await fresh();
    run.cache.readPatternPlans(userFile, shipped);
    run.index.indexLexicon(lexicon(run.lex, edited));
    run.cache.writePatternPlans(userFile, [lexicon(run.lex, edited)]);
    expect(Object.keys((JSON.parse(fs.readFileSync(userFile, 'utf8')) as { plans: object }).plans).sort()).toEqual([...edited].sort());

    const next = await fresh();
    next.cache.readPatternPlans(userFile, shipped);
    expect(Object.keys(next.index.patternPlansData()).sort()).toEqual([...new Set([...PATTERNS, ...edited])].sort());
  });

  it('ignores a shipped file of other planning code, damaged or of the wrong shape, and still reads the user cache', async () => {
    const dir = tempDir('attune-plans-');
    const shipped = path.join(dir, 'pattern-plans.json');
    const userFile = path.join(dir, 'cache', 'plans.json');
    const build = await fresh();
    build.cache.writeShippedPatternPlans(shipped, [lexicon(build.lex, PATTERNS)]);
    const json = JSON.parse(fs.readFileSync(shipped, 'utf8')) as { format: string; code: string; plans: Record<string, unknown> };
    const other = ['\\buser\\s+cache\\b'];
    build.cache.writeShippedPatternPlans(userFile, [lexicon(build.lex, other)]);

    const bad = [
      JSON.stringify({ ...json, code: 'other' }),
      JSON.stringify({ ...json, format: 'attune-pattern-plans/0' }),
      '{ garbled',
      '',
      JSON.stringify([json]),
      JSON.stringify({ ...json, plans: [['x']] }),
      JSON.stringify({ ...json, plans: 'x' }),
      // Malformed plans, one by one: skipped, their patterns planned as usual.
      JSON.stringify({ ...json, plans: { [PATTERNS[0]]: ['(unclosed', ['1cached']], [PATTERNS[1]]: 7 } }),
    ];
    for (const content of bad) {
      fs.writeFileSync(shipped, content);
      const run = await fresh();
      run.cache.readPatternPlans(userFile, shipped);
      expect(Object.keys(run.index.patternPlansData())).toEqual(other);
      const lex = lexicon(run.lex, PATTERNS);
      expect(run.lex.matchLexicon(lex, 'Cached plans, rescanned.')).toEqual(run.index.matchLexiconReference(lex, 'Cached plans, rescanned.'));
    }
    fs.rmSync(shipped);
    const run = await fresh();
    run.cache.readPatternPlans(userFile, shipped);
    expect(Object.keys(run.index.patternPlansData())).toEqual(other);
  });

  it('keeps the tries of the walks beside the plans: the next process builds none and matches alike', async () => {
    const file = path.join(tempDir('attune-plans-'), 'cache', 'plans.json');
    const text = 'Cached plans, rescanned. Tried plans too.';
    const first = await fresh();
    first.cache.readPatternPlans(file, null);
    const lex = lexicon(first.lex, [...PATTERNS, '\\btried\\s+plans?\\b']);
    const expected = first.lex.matchLexicon(lex, text);
    expect(first.built()).toBe(1);
    first.cache.writePatternPlans(file, [lex]);
    const tries = first.cache.triesFileOf(file);
    expect(fs.existsSync(tries)).toBe(true);

    const second = await fresh();
    second.cache.readPatternPlans(file, null);
    expect(second.lex.matchLexicon(lexicon(second.lex, [...PATTERNS, '\\btried\\s+plans?\\b']), text)).toEqual(expected);
    expect(second.built()).toBe(0);
    // Nothing new was built: the tries file is left as it is.
    fs.utimesSync(tries, 0, 0);
    second.cache.writePatternPlans(file, [lex]);
    expect(fs.statSync(tries).mtimeMs).toBe(0);
  });

  it('ignores a tries file of other code, damaged, cut short or garbled: the trie is built again, and kept', async () => {
    const file = path.join(tempDir('attune-plans-'), 'plans.json');
    const tries = path.join(path.dirname(file), 'plans.tries.bin');
    const text = 'Cached plans, rescanned.';
    const first = await fresh();
    first.cache.readPatternPlans(file, null);
    const expected = first.lex.matchLexicon(lexicon(first.lex, PATTERNS), text);
    first.cache.writePatternPlans(file, [lexicon(first.lex, PATTERNS)]);
    const good = fs.readFileSync(tries);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 5] ^= 0xff;
    const header = good.toString('latin1', 0, 400);
    const bad = [
      flipped,
      good.subarray(0, good.length - 8),
      Buffer.from(header.replace(/"code":"[0-9a-f]+"/, '"code":"other"'), 'latin1'),
      Buffer.from('ATTUNE-TRIES/1\n\u00ff\u00ff\u00ff\u00ff{', 'latin1'),
      Buffer.from('garbled'),
      Buffer.alloc(0),
    ];
    for (const content of bad) {
      fs.writeFileSync(tries, content);
      const run = await fresh();
      run.cache.readPatternPlans(file, null);
      expect(run.lex.matchLexicon(lexicon(run.lex, PATTERNS), text)).toEqual(expected);
      expect(run.built()).toBe(1);
    }
    // The last run's rebuilt trie is kept: the next process reads it.
    const last = await fresh();
    last.cache.readPatternPlans(file, null);
    last.lex.matchLexicon(lexicon(last.lex, PATTERNS), text);
    last.cache.writePatternPlans(file, [lexicon(last.lex, PATTERNS)]);
    const next = await fresh();
    next.cache.readPatternPlans(file, null);
    expect(next.lex.matchLexicon(lexicon(next.lex, PATTERNS), text)).toEqual(expected);
    expect(next.built()).toBe(0);
  });

  it('keeps in the user\'s tries file only the tries in use, so that it does not grow as lexicons are edited', async () => {
    const file = path.join(tempDir('attune-plans-'), 'plans.json');
    const [one, two] = [['\\bfirst\\s+edit\\b'], ['\\bsecond\\s+edit\\b']];
    const runWith = async (patterns: string[]) => {
      const run = await fresh();
      run.cache.readPatternPlans(file, null);
      const lex = lexicon(run.lex, patterns);
      run.lex.matchLexicon(lex, 'a first edit, a second edit');
      run.cache.writePatternPlans(file, [lex]);
      return run.built();
    };
    expect(await runWith(one)).toBe(1);
    expect(await runWith(one)).toBe(0);
    expect(await runWith(two)).toBe(1);
    // The first lexicon's trie was not in use in the last run: it was dropped, and is built again.
    expect(await runWith(one)).toBe(1);
  });

  it('ships the tries of the walks an analysis uses: attune code in a fresh data folder builds none', async () => {
    const dir = tempDir('attune-plans-');
    const shipped = path.join(dir, 'dist', 'pattern-plans.json');
    const build = await fresh();
    const all = build.load.loadResources();
    if (!all.ok) throw new Error('the shipped resources do not load');
    build.cache.collectTries(all.value);
    expect(build.built()).toBeGreaterThan(2);
    expect(build.cache.writeShippedPatternPlans(shipped, codeLexicons(build.load))).toBe(true);

    // As `attune code` starts (codeCommand.ts): the three lexicons it reads, in a process of its own.
    const run = await fresh();
    const userFile = path.join(dir, 'data', 'cache', 'pattern-plans.json');
    run.cache.readPatternPlans(userFile, shipped);
    const loaded = run.load.loadResources(undefined, { lexicons: ['empathy-cues', 'stance-markers', 'style-markers'], suggestions: false });
    if (!loaded.ok) throw new Error('the shipped resources do not load');
    const { createAnalyzer } = await import('../core/analyzeUtterance.js');
    const analyzer = createAnalyzer(loaded.value);
    for (const speaker of ['therapist', 'client', 'person'] as const) {
      analyzer.analyze({ speaker, text: 'I hear how hard it has been; you never listen to me, so stop.', context: [{ speaker: 'client', text: 'Could you call me tonight? I feel so alone.' }] });
    }
    expect(run.built()).toBe(0);
    expect(run.index.patternPlanCount()).toBeGreaterThan(100);
    run.cache.writePatternPlans(userFile, Object.values(loaded.value.lexicons));
    expect(fs.existsSync(userFile)).toBe(false);
    expect(fs.existsSync(run.cache.triesFileOf(userFile))).toBe(false);
  });

  it('is written by the build, beside the built code', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(DEFAULT_PATHS.root, 'package.json'), 'utf8')) as { scripts: { build: string } };
    expect(pkg.scripts.build).toMatch(/^tsc -p tsconfig\.build\.json && .*node dist\/io\/buildPatternPlans\.js/);
    expect(fs.existsSync(path.join(DEFAULT_PATHS.root, 'src', 'io', 'buildPatternPlans.ts'))).toBe(true);
  });
});
