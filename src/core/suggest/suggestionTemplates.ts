/**
 * The format of the suggestion wording (`data/suggestions/templates.json`), checked on load. The
 * wording is data so that clinicians can review and change it without touching code; this module
 * only says what a valid file looks like and reads it into `SuggestionTemplates`.
 *
 * Per kind of change (`SUGGESTION_KINDS`) a plain piece of advice and, per situation, lists of
 * wording variants keyed by the slots they use: `plain` uses none, `feeling` uses `{feeling}`,
 * `behaviour+feeling` both. Every template of a list must use exactly the slots its key names, so a
 * slot can never be left empty or a filled slot dropped; every situation has a `plain` list to fall
 * back on when the person's words give no safe slot filler.
 */
import { z } from 'zod';
import { fail, ok, schemaProblems, type Problem, type Result } from '../problem.js';

export const SUGGESTIONS_FORMAT = 'attune-suggestions/1';

export const SUGGESTION_KINDS = ['reflect_feeling', 'ask_permission', 'limit_with_alternative', 'i_statement', 'open_question', 'invite_repair', 'refocus', 'clear_request'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Where the person's own words may go; what each may hold is checked in ownWords.ts. */
export const SLOTS = ['feeling', 'topic', 'action', 'behaviour', 'request'] as const;
export type Slot = (typeof SLOTS)[number];
export type SlotFillers = Partial<Record<Slot, string>>;

/** The situations the suggester knows for each kind (the code picks one; the file words it). */
export const SITUATIONS: { readonly [K in SuggestionKind]: readonly string[] } = {
  reflect_feeling: ['missed_feeling', 'risk', 'after_aggression', 'passive', 'default'],
  ask_permission: ['advice', 'command'],
  limit_with_alternative: ['contact', 'time', 'fee', 'gift', 'personal', 'skip', 'default', 'learner'],
  i_statement: ['learner', 'therapist'],
  open_question: ['closed_run'],
  invite_repair: ['withdrawal', 'confrontation'],
  refocus: ['self_disclosure', 'caretaking'],
  clear_request: ['learner'],
};

export interface SituationTemplates {
  /** Overrides the kind's advice for this situation. */
  advice?: string;
  /** Variant lists by slot key ("plain", "feeling", "behaviour+feeling"). */
  variants: Record<string, readonly string[]>;
}

export interface SuggestionTemplates {
  source: string;
  kinds: Record<SuggestionKind, { advice: string; situations: Record<string, SituationTemplates> }>;
  /** Example fillers per slot (documentation, and what the tests render every template with). */
  slotExamples: Record<Slot, readonly string[]>;
  /** Feeling adjectives a `{feeling}` slot may hold, lower case (some are two words: "worn out"). */
  feelings: ReadonlySet<string>;
  /** Verbs an `{action}` or `{request}` may start with. */
  actionVerbs: ReadonlySet<string>;
}

const text = z.string().trim().min(1);
const sentence = text.regex(/^[A-Z"'].*[.?!]$/su, 'a template starts with a capital and ends with . ? or !');
const word = z.string().regex(/^[a-z]+(?: [a-z]+)?$/u, 'a word list holds lower-case words');
const situationSchema = z.object({ advice: text.optional() }).catchall(z.union([z.array(sentence).min(1), text]));
const kindSchema = z.strictObject({ advice: text, situations: z.record(z.string(), situationSchema) });
const slotSchema = z.object({ description: text, examples: z.array(text).min(1) });
const fileSchema = z.object({
  format: z.literal(SUGGESTIONS_FORMAT),
  description: z.string().optional(),
  slots: z.strictObject({ feeling: slotSchema, topic: slotSchema, action: slotSchema, behaviour: slotSchema, request: slotSchema } satisfies Record<Slot, typeof slotSchema>),
  words: z.strictObject({ feelings: z.array(word).min(1), actionVerbs: z.array(word).min(1) }),
  kinds: z.strictObject(Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, kindSchema])) as Record<SuggestionKind, typeof kindSchema>),
});

const SLOT_IN_TEXT = /\{([^{}]*)\}/gu;
/** The slots a variant key names: "plain" none, else slot names joined by "+". */
const slotsOfKey = (key: string): string[] | null => (key === 'plain' ? [] : key.split('+'));

/**
 * Validates a parsed templates file. Problems name the source, the field path and the bad value:
 * an unknown situation or slot, a template whose slots differ from its list's key, a situation
 * without a `plain` list.
 */
export function parseSuggestionTemplates(json: unknown, source: string): Result<SuggestionTemplates> {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_resource', source));
  const problems: Problem[] = [];
  const problem = (path: string, message: string, value: string) => problems.push({ code: 'invalid_resource', message, source, path, value });
  const kinds = {} as SuggestionTemplates['kinds'];
  for (const kind of SUGGESTION_KINDS) {
    const { advice, situations } = parsed.data.kinds[kind];
    const out: Record<string, SituationTemplates> = {};
    for (const situation of SITUATIONS[kind]) {
      if (!situations[situation]) problem(`kinds.${kind}.situations`, 'missing situation', situation);
    }
    for (const [situation, body] of Object.entries(situations)) {
      const at = `kinds.${kind}.situations.${situation}`;
      if (!SITUATIONS[kind].includes(situation)) problem(at, `unknown situation; ${kind} knows ${SITUATIONS[kind].join(', ')}`, situation);
      const variants: Record<string, readonly string[]> = {};
      for (const [key, list] of Object.entries(body)) {
        if (key === 'advice') continue;
        const slots = slotsOfKey(key);
        const unknown = (slots ?? []).filter((s) => !(SLOTS as readonly string[]).includes(s));
        if (!Array.isArray(list) || unknown.length) {
          problem(`${at}.${key}`, `a variant list is named "plain" or by its slots joined with "+" (${SLOTS.join(', ')})`, key);
          continue;
        }
        list.forEach((template, i) => {
          const used = [...template.matchAll(SLOT_IN_TEXT)].map((m) => m[1]);
          const want = [...(slots ?? [])].sort().join('+');
          if ([...new Set(used)].sort().join('+') !== want || used.length !== new Set(used).size) {
            problem(`${at}.${key}.${i}`, `the template must use each of its list's slots once (${want || 'none'})`, template);
          }
        });
        variants[key] = list;
      }
      if (!variants.plain) problem(`${at}`, 'every situation needs a "plain" list to fall back on', situation);
      out[situation] = { ...(typeof body.advice === 'string' ? { advice: body.advice } : {}), variants };
    }
    kinds[kind] = { advice, situations: out };
  }
  if (problems.length) return fail(...problems);
  return ok({
    source,
    kinds,
    slotExamples: { feeling: parsed.data.slots.feeling.examples, topic: parsed.data.slots.topic.examples, action: parsed.data.slots.action.examples, behaviour: parsed.data.slots.behaviour.examples, request: parsed.data.slots.request.examples },
    feelings: new Set(parsed.data.words.feelings),
    actionVerbs: new Set(parsed.data.words.actionVerbs),
  });
}
