import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { patternPlanCount, patternPlansData, seedPatternPlans } from '../core/lexicon/lexiconIndex.js';

/**
 * Keeps the lexicon index's pattern plans (lower-cased sources and literal prefixes) between
 * processes. Making them is most of the first analysis of a fresh `attune code` (≈150 ms of cold
 * code for the three lexicons it uses); reading them back takes a few. Plans are keyed by pattern
 * source, so an edited lexicon only re-plans its changed patterns, and the file is keyed by the code
 * that makes plans: after a change to it, the file is ignored and rewritten. The file holds nothing
 * from the user's text, only what the lexicons say.
 */
const FORMAT = 'attune-pattern-plans/1';

/** The modules whose code decides the plans (as built, or as sources under tsx). */
const PLANNING_MODULES = ['lexiconIndex', 'literalPrefixes'];

let codeKey: string | null | undefined;

/** A hash of the planning code; null where it cannot be read (then nothing is kept). */
function planningCodeKey(): string | null {
  if (codeKey !== undefined) return codeKey;
  const hash = createHash('sha256');
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'core', 'lexicon');
  codeKey = null;
  for (const name of PLANNING_MODULES) {
    const file = ['.js', '.ts'].map((ext) => path.join(dir, name + ext)).find((f) => fs.existsSync(f));
    if (!file) return null;
    hash.update(fs.readFileSync(file));
  }
  codeKey = hash.digest('hex');
  return codeKey;
}

let seededCount = -1;

/** Seeds the plans kept in `file`, if it holds plans of this code; any problem reading it is ignored. */
export function readPatternPlans(file: string): void {
  try {
    const key = planningCodeKey();
    if (key && fs.existsSync(file)) {
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { format?: unknown; code?: unknown; plans?: unknown };
      if (json.format === FORMAT && json.code === key && typeof json.plans === 'object' && json.plans !== null) {
        seedPatternPlans(json.plans as Record<string, unknown>);
      }
    }
  } catch {
    // A damaged or unreadable file: the plans are made as without one.
  }
  seededCount = patternPlanCount();
}

/**
 * Writes the plans of this process for the patterns of `lexicons` to `file` (those of patterns no
 * longer in them are dropped, so the file does not grow as lexicons are edited), when some were made
 * since `readPatternPlans`; written whole to a temporary file, then renamed: a reader never sees half
 * a file. Failing to write is ignored: the file only saves time.
 */
export function writePatternPlans(file: string, lexicons: Iterable<Lexicon>): void {
  if (patternPlanCount() === seededCount) return;
  const key = planningCodeKey();
  if (!key) return;
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
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}
