import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { useTrieStore } from '../core/lexicon/indexedWalk.js';
import type { Resources } from '../core/resources.js';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { indexLexicon, patternPlanCount, patternPlansData, seedPatternPlans } from '../core/lexicon/lexiconIndex.js';
import { FileTrieStore, readTrieFile, writeTrieFile } from './patternTrieFile.js';

/**
 * Keeps the lexicon index's pattern plans (lower-cased sources and literal prefixes) between
 * processes. Making them is most of the first analysis of a fresh `attune code` (≈70 ms of cold
 * code for the three lexicons it uses); reading them back takes a few. Two files hold them: the
 * plans of the shipped lexicons, written by `npm run build` next to the built code
 * (`dist/pattern-plans.json`, by buildPatternPlans.ts), so even the first run after an install makes
 * none; and the user's cache (`<data folder>/cache/pattern-plans.json`), for patterns of edited or
 * other lexicons. Plans are keyed by pattern source, so an edited lexicon only re-plans its changed
 * patterns (the shipped plans of the others still serve), and each file is keyed by the code that
 * makes plans: after a change to it, a file is ignored (the user's is rewritten). The files hold
 * nothing from the user's text, only what the lexicons say.
 * Beside each plans file, a binary file keeps the tries the lexicon walks were built with
 * (patternTrieFile.ts, `<plans file>.tries.bin`): building them from the plans' prefixes took
 * another 70 ms of cold code.
 */
const FORMAT = 'attune-pattern-plans/2';

/** The plans of the shipped lexicons, beside the built code (under tsx it does not exist: no plans). */
export const SHIPPED_PATTERN_PLANS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'pattern-plans.json');

/** The modules whose code decides the plans and the tries (as built, or as sources under tsx). */
const PLANNING_MODULES = ['lexiconIndex', 'literalPrefixes', 'indexedWalk', 'prefixTrie'];

/** The tries file kept beside a plans file. */
export const triesFileOf = (plansFile: string): string => `${plansFile.replace(/\.json$/, '')}.tries.bin`;

/** The tries read and built in this process, which the walks use (set by readPatternPlans). */
let trieStore = new FileTrieStore();

let codeKey: string | null | undefined;

/** A hash of the planning code; null where it cannot be read (then nothing is kept). */
function planningCodeKey(): string | null {
  if (codeKey !== undefined) return codeKey;
  const hash = createHash('sha256');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'core', 'lexicon');
  codeKey = null;
  try {
    for (const name of PLANNING_MODULES) {
      const file = ['.js', '.ts'].map((ext) => path.join(dir, name + ext)).find((f) => fs.existsSync(f));
      if (!file) return null;
      hash.update(fs.readFileSync(file));
    }
  } catch {
    return null;
  }
  codeKey = hash.digest('hex');
  return codeKey;
}

let seededCount = -1;

/** Seeds the plans of one file, if it holds plans of this code; any problem reading it is ignored. */
function seedFrom(file: string, key: string): void {
  try {
    if (!fs.existsSync(file)) return;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; code?: unknown; plans?: unknown };
    if (json.format === FORMAT && json.code === key && typeof json.plans === 'object' && json.plans !== null && !Array.isArray(json.plans)) {
      seedPatternPlans(json.plans as Record<string, unknown>);
    }
  } catch {
    // A damaged or unreadable file: the plans are made as without one.
  }
}

/**
 * Seeds the shipped plans (`shipped`, null for none), then those kept in the user's `file`; a file
 * of other planning code, damaged or unreadable is ignored. Only plans made after this are written.
 */
export function readPatternPlans(file: string, shipped: string | null = SHIPPED_PATTERN_PLANS_FILE): void {
  const key = planningCodeKey();
  trieStore = new FileTrieStore();
  if (key) {
    if (shipped !== null) seedFrom(shipped, key);
    seedFrom(file, key);
    // The user's file first: it is rewritten with those of its tries in use and the ones built here.
    trieStore.add(readTrieFile(triesFileOf(file), key), true);
    if (shipped !== null) trieStore.add(readTrieFile(triesFileOf(shipped), key));
  }
  writtenBuilt = 0;
  useTrieStore(trieStore);
  seededCount = patternPlanCount();
}

/** How many of the tries built in this process the last write held. */
let writtenBuilt = 0;

/**
 * Writes the plans of this process for the patterns of `lexicons` to `file` (those of patterns no
 * longer in them are dropped, so the file does not grow as lexicons are edited), when some were made
 * since `readPatternPlans`; written whole to a temporary file, then renamed: a reader never sees half
 * a file. Failing to write is ignored: the file only saves time.
 */
export function writePatternPlans(file: string, lexicons: Iterable<Lexicon>): void {
  if (patternPlanCount() !== seededCount) writePlans(file, lexicons);
  if (trieStore.built !== writtenBuilt) writeTries(file);
}

function writeTries(plansFile: string): boolean {
  const key = planningCodeKey();
  if (!key || !writeTrieFile(triesFileOf(plansFile), key, trieStore.kept)) return false;
  writtenBuilt = trieStore.built;
  return true;
}

/**
 * Collects the tries built from now on, for `writeShippedPatternPlans`: builds the walks an analysis
 * uses with `resources` (the lexicons it shares a walk between, and those it derives), by analysing a
 * therapist turn answering a client, a client turn and a person's.
 */
export function collectTries(resources?: Resources): void {
  trieStore = new FileTrieStore();
  writtenBuilt = 0;
  useTrieStore(trieStore);
  if (!resources) return;
  const analyzer = createAnalyzer(resources);
  analyzer.analyze({ speaker: 'therapist', text: 'It sounds like you want to stop.', context: [{ speaker: 'client', text: 'Can you call me tonight?' }] });
  analyzer.analyze({ speaker: 'client', text: 'I do want to stop.', context: [{ speaker: 'therapist', text: 'What do you want?' }] });
  analyzer.analyze({ speaker: 'person', text: 'No, I cannot do that.' });
}

/**
 * The shipped plans, for `npm run build` (buildPatternPlans.ts): plans every pattern of `lexicons`
 * and writes them to `file`, and the tries built since `collectTries` beside it; true when both were written.
 */
export function writeShippedPatternPlans(file: string, lexicons: readonly Lexicon[]): boolean {
  for (const lexicon of lexicons) indexLexicon(lexicon);
  return writePlans(file, lexicons) && writeTries(file);
}

function writePlans(file: string, lexicons: Iterable<Lexicon>): boolean {
  const key = planningCodeKey();
  if (!key) return false;
  const all = patternPlansData();
  const plans: typeof all = {};
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) for (const re of entry.patterns) if (re.source in all) plans[re.source] = all[re.source];
  }
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, JSON.stringify({ format: FORMAT, code: key, plans }));
    fs.renameSync(tmp, file);
    seededCount = patternPlanCount();
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}
