/**
 * The format of the featurizers' closed-class word lists (`data/word-lists.json`), checked on load.
 * The lists are data so they can be read and reviewed beside the lexicons; each group is read by one
 * part of the core (`mi` by the MI featurizer, `empathy` by the MI shape of a reply, `text` by the
 * language guess). The Sets are built once here: featurizers only call `has` on them.
 *
 * A model depends on the lists its featurizer read: a changed `mi` or `empathy` list changes the
 * features without changing the model, so it must be shipped with retrained models.
 */
import { z } from 'zod';
import { fail, ok, schemaProblems, type Problem, type Result } from '../problem.js';

export const WORD_LISTS_FORMAT = 'attune-word-lists/1';

/** The MI featurizer's lists (src/core/mi/miFeatures.ts). */
export interface MiWordLists {
  wh: ReadonlySet<string>;
  aux: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
  agree: ReadonlySet<string>;
  disagree: ReadonlySet<string>;
  firstPerson: ReadonlySet<string>;
  secondPerson: ReadonlySet<string>;
  firstPlural: ReadonlySet<string>;
  negators: ReadonlySet<string>;
}

/** The lists of the MI shape of a reply (src/core/empathy/replyShapeFeatures.ts). */
export interface EmpathyWordLists {
  openers: ReadonlySet<string>;
  you: ReadonlySet<string>;
  wh: ReadonlySet<string>;
  aux: ReadonlySet<string>;
  inner: ReadonlySet<string>;
  screen: ReadonlySet<string>;
  report: ReadonlySet<string>;
}

/** The language guess's list (src/core/text/prepareText.ts). */
export interface TextWordLists {
  english: ReadonlySet<string>;
}

export interface WordLists {
  source: string;
  mi: MiWordLists;
  empathy: EmpathyWordLists;
  text: TextWordLists;
}

/** The lists of each group, by name: every one is required, no other is allowed. */
export const WORD_LIST_NAMES = {
  mi: ['wh', 'aux', 'functionWords', 'agree', 'disagree', 'firstPerson', 'secondPerson', 'firstPlural', 'negators'],
  empathy: ['openers', 'you', 'wh', 'aux', 'inner', 'screen', 'report'],
  text: ['english'],
} as const satisfies { [G in Exclude<keyof WordLists, 'source'>]: ReadonlyArray<keyof WordLists[G]> };

// One token as the tokenizer normalises it (lower case, curly apostrophe folded): anything else could never match.
const TOKEN = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u;
const word = z
  .string()
  .regex(TOKEN, "a word is one token: letters or digits, with inner ' or - only")
  .refine((w) => w === w.toLowerCase(), 'a word is lower case (tokens are compared lower-cased)');
const listSchema = z.strictObject({ description: z.string().trim().min(1), words: z.array(word).min(1) });
const groupSchema = (names: readonly string[]) =>
  z.strictObject({ description: z.string().trim().min(1), ...Object.fromEntries(names.map((n) => [n, listSchema])) });
const fileSchema = z.strictObject({
  format: z.literal(WORD_LISTS_FORMAT),
  description: z.string().optional(),
  mi: groupSchema(WORD_LIST_NAMES.mi),
  empathy: groupSchema(WORD_LIST_NAMES.empathy),
  text: groupSchema(WORD_LIST_NAMES.text),
});

/**
 * Validates a parsed word-lists file and builds its Sets. Problems name the source, the list's path
 * (`mi.wh.words.3`) and the bad value: a missing or unknown list, a word that is no single lower-case
 * token, a word listed twice.
 */
export function parseWordLists(json: unknown, source: string): Result<WordLists> {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_resource', source));
  const problems: Problem[] = [];
  const group = <G extends keyof typeof WORD_LIST_NAMES>(g: G): Record<(typeof WORD_LIST_NAMES)[G][number], ReadonlySet<string>> => {
    const body = parsed.data[g] as unknown as Record<string, { words: string[] }>;
    const out: Record<string, ReadonlySet<string>> = {};
    for (const name of WORD_LIST_NAMES[g]) {
      const set = new Set<string>();
      body[name].words.forEach((w, i) => {
        if (set.has(w)) problems.push({ code: 'invalid_resource', message: 'word listed twice', source, path: `${g}.${name}.words.${i}`, value: w });
        set.add(w);
      });
      out[name] = set;
    }
    return out as Record<(typeof WORD_LIST_NAMES)[G][number], ReadonlySet<string>>;
  };
  const lists: WordLists = { source, mi: group('mi'), empathy: group('empathy'), text: group('text') };
  return problems.length ? fail(...problems) : ok(lists);
}

/**
 * The word lists of `resources`; throws when they were not loaded (a packaging fault, as a missing
 * model is: the analysis cannot compute the features its models were trained on without them).
 */
export function requireWordLists(resources: { wordLists?: WordLists }): WordLists {
  if (!resources.wordLists) throw new Error('the analysis needs the word lists (data/word-lists.json), which were not loaded');
  return resources.wordLists;
}
