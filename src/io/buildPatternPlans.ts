import fs from 'node:fs';
import path from 'node:path';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { loadLexiconFile, loadResources } from './loadResources.js';
import { DEFAULT_PATHS } from './paths.js';
import { collectTries, SHIPPED_PATTERN_PLANS_FILE, triesFileOf, writeShippedPatternPlans } from './patternPlanCache.js';

/**
 * `npm run build` runs the built copy of this script after tsc: it writes the pattern plans of the
 * shipped lexicons beside the built code (patternPlanCache.ts), and the tries of the walks an analysis
 * uses (the lexicons it shares a walk between, and those it derives), so that the first `attune code`
 * after an install makes none. The file only saves time, so nothing here fails the build: a lexicon that
 * does not load is left out (its problems are reported when it is used), and otherwise attune runs
 * without the file, as before there was one.
 */
try {
  // Under tsx the plans would be keyed by the sources, and written into src/: only the built copy runs.
  if (!import.meta.url.endsWith('.js')) throw new Error('run the built copy, dist/io/buildPatternPlans.js');
  fs.rmSync(SHIPPED_PATTERN_PLANS_FILE, { force: true });
  fs.rmSync(triesFileOf(SHIPPED_PATTERN_PLANS_FILE), { force: true });
  const all = loadResources();
  collectTries(all.ok ? all.value : undefined);
  const lexicons: Lexicon[] = [];
  for (const name of fs.readdirSync(DEFAULT_PATHS.lexiconsDir).filter((f) => f.endsWith('.json')).sort()) {
    const r = loadLexiconFile(path.join(DEFAULT_PATHS.lexiconsDir, name));
    if (r.ok) lexicons.push(r.value);
    else process.stderr.write(`attune build: ${name} does not load; its patterns are left out of the shipped pattern plans\n`);
  }
  if (!writeShippedPatternPlans(SHIPPED_PATTERN_PLANS_FILE, lexicons)) throw new Error(`cannot write ${SHIPPED_PATTERN_PLANS_FILE}`);
} catch (err) {
  process.stderr.write(`attune build: no shipped pattern plans (${(err as Error).message}); attune code makes them on its first run\n`);
}
