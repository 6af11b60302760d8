import { z } from 'zod';
import { fail, ok, schemaProblems, showValue, type Problem, type Result } from '../problem.js';
import { indexLexicon, matchIndexed, patternMatchesEmpty } from './lexiconIndex.js';

/**
 * A lexicon is a data file of named cues, each a list of regular expressions: the rule side of the
 * core (style markers, stance markers, empathy cues) lives in such files, not in code. Every entry
 * carries examples that must match it and may carry counter-examples that must not; the tests check
 * both for every shipped entry.
 */
export interface LexiconEntry {
  /** Stable id of the cue, e.g. "hedge", "you_blame", "er_sorrow". */
  kind: string;
  /** What the cue points to: a style, a stance or an empathy mechanism. */
  label: string;
  /** For graded cues (empathy): 1 weak, 2 strong. */
  level: number;
  /** Relative strength when cues are combined. */
  weight: number;
  description: string;
  patterns: RegExp[];
  examples: string[];
  counterExamples: string[];
}

export interface Lexicon {
  name: string;
  source: string;
  entries: LexiconEntry[];
}

export interface LexiconMatch {
  entry: LexiconEntry;
  start: number;
  end: number;
}

export const LEXICON_FORMAT = 'attune-lexicon/1';

const entrySchema = z.object({
  kind: z.string().regex(/^[a-z][a-z0-9_]*$/, 'kind must be snake_case'),
  label: z.string().min(1),
  level: z.number().int().min(0).max(2).default(1),
  weight: z.number().default(1),
  description: z.string().default(''),
  patterns: z.array(z.string().min(1)).min(1),
  examples: z.array(z.string()).min(1),
  counterExamples: z.array(z.string()).default([]),
});

const lexiconSchema = z.object({
  format: z.literal(LEXICON_FORMAT),
  name: z.string().min(1),
  /** Allowed values of `label`; an entry with another label is refused. */
  labels: z.array(z.string().min(1)).min(1),
  entries: z.array(entrySchema).min(1),
});
export type LexiconFile = z.input<typeof lexiconSchema>;

/**
 * Validates a parsed lexicon file and compiles its patterns (flags `giu`: case-insensitive, Unicode;
 * matching runs them through lower-cased equivalents, see lexiconIndex.ts).
 * Problems name the file, the entry path and the bad value.
 */
export function parseLexicon(json: unknown, source: string): Result<Lexicon> {
  const parsed = lexiconSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_resource', source));
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const entries: LexiconEntry[] = parsed.data.entries.map((e, i) => {
    if (seen.has(e.kind)) problems.push({ code: 'invalid_resource', message: 'duplicate kind', source, path: `entries.${i}.kind`, value: e.kind });
    seen.add(e.kind);
    if (!parsed.data.labels.includes(e.label)) {
      problems.push({ code: 'invalid_resource', message: `label must be one of ${parsed.data.labels.join(', ')}`, source, path: `entries.${i}.label`, value: e.label });
    }
    const patterns: RegExp[] = [];
    e.patterns.forEach((p, j) => {
      try {
        const re = new RegExp(p, 'giu');
        if (patternMatchesEmpty(re)) problems.push({ code: 'invalid_pattern', message: 'pattern matches the empty string', source, path: `entries.${i}.patterns.${j}`, value: p });
        patterns.push(re);
      } catch (err) {
        problems.push({ code: 'invalid_pattern', message: (err as Error).message, source, path: `entries.${i}.patterns.${j}`, value: showValue(p) });
      }
    });
    return { ...e, patterns };
  });
  if (problems.length) return fail(...problems);
  return ok({ name: parsed.data.name, source, entries });
}

/**
 * Every match of every entry, in text order (ties in entry order). Overlapping matches of one entry
 * are merged so a cue is reported once per place. Runs through the lexicon's index (lexiconIndex.ts),
 * built on first use: the same result as scanning the text with every pattern, several times faster.
 */
export function matchLexicon(lexicon: Lexicon, text: string): LexiconMatch[] {
  return matchIndexed(indexLexicon(lexicon), text);
}
