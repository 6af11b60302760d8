import { z } from 'zod';
import { fail, ok, schemaProblems, showValue, type Problem, type Result } from '../problem.js';
import { MI_BEHAVIOURS, QUADRANTS, QUESTION_TYPES, REFLECTION_TYPES, STANCES, STYLES, type MiBehaviour, type Quadrant, type QuestionType, type ReflectionType, type Stance, type Style } from '../types.js';
import { SKILLS, type Skill } from './skills.js';

/**
 * A practice scenario is data: a file a clinician can write and check without touching code
 * (docs/scenarios.md). This module holds its format (a zod schema), its types and the reference checks
 * a schema cannot make (a rule naming an unknown state variable, marker kind or rule).
 */
export const SCENARIO_FORMAT = 'attune-scenario/1';

export const LEARNER_ROLES = ['therapist', 'person'] as const;
/** Who the learner plays; the simulated other is the client (for a therapist) or another person. */
export type LearnerRole = (typeof LEARNER_ROLES)[number];

export const OUTCOMES = ['success', 'partial', 'failure'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A comparison as authors write it: a number (equal to) or an operator and a number (">= 2", "< 30",
 * "!= 0"). Kept as written; `compare` evaluates it.
 */
export type Comparison = number | string;
const COMPARISON_RE = /^\s*(>=|<=|>|<|==|=|!=)\s*(-?\d+(?:\.\d+)?)\s*$/;

/** True when `value` satisfies the comparison (a malformed one never holds; the schema refuses it). */
export function compare(value: number, c: Comparison): boolean {
  if (typeof c === 'number') return value === c;
  const m = COMPARISON_RE.exec(c);
  if (!m) return false;
  const n = Number(m[2]);
  switch (m[1]) {
    case '>=': return value >= n;
    case '<=': return value <= n;
    case '>': return value > n;
    case '<': return value < n;
    case '!=': return value !== n;
    default: return value === n;
  }
}

type OneOrMany<T> = T | T[];

/**
 * What must hold for a rule, a line group or an ending. Every field given must hold (and); `any`
 * holds when one of its conditions does (or), `all` when each does (to use a field twice), `not` when
 * its condition does not. Analysis fields read the learner's reply; `state` reads the simulated
 * person's state (before the turn for rules, after it for lines and endings); `fired` names rules
 * that fired this turn (lines and endings only).
 */
export interface Condition {
  /** EPITOME levels 0..2 of the reply; `total` is er+ip+ex (0..6). */
  empathy?: Partial<Record<'er' | 'ip' | 'ex' | 'total', Comparison>>;
  style?: OneOrMany<Style>;
  /** Therapist scenarios only. */
  stance?: OneOrMany<Stance>;
  /** Style or stance marker kinds found in the reply (data/lexicons/*-markers.json). */
  markers?: { any?: string[]; all?: string[]; none?: string[] };
  /** Counselling behaviour (therapist scenarios only). */
  mi?: { behaviour?: OneOrMany<MiBehaviour>; reflection?: OneOrMany<ReflectionType>; question?: OneOrMany<QuestionType> };
  quadrant?: OneOrMany<Quadrant>;
  /** `none` when the reply keeps its balance. */
  off_balance?: OneOrMany<'aggressive' | 'passive' | 'none'>;
  /** The reply's place on the plane: empathy 0..1, assertiveness -1..1. */
  balance?: { empathy?: Comparison; assertiveness?: Comparison };
  state?: Record<string, Comparison>;
  /** The learner's turn number, from 1. */
  turn?: Comparison;
  fired?: OneOrMany<string>;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
}

const ID_RE = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const id = z.string().regex(ID_RE, 'use lower-case letters, digits, "-" or "_"');
const kind = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a marker kind is snake_case, e.g. i_statement');
const text = z.string().trim().min(1, 'must not be empty');
const comparison = z.union([z.number(), z.string().regex(COMPARISON_RE, 'write a number or a comparison such as ">= 2" or "< 30"')]);
const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);
const kinds = z.array(kind).min(1);

const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.strictObject({
    empathy: z.strictObject({ er: comparison, ip: comparison, ex: comparison, total: comparison }).partial().optional(),
    style: oneOrMany(z.enum(STYLES)).optional(),
    stance: oneOrMany(z.enum(STANCES)).optional(),
    markers: z.strictObject({ any: kinds, all: kinds, none: kinds }).partial().optional(),
    mi: z.strictObject({ behaviour: oneOrMany(z.enum(MI_BEHAVIOURS)), reflection: oneOrMany(z.enum(REFLECTION_TYPES)), question: oneOrMany(z.enum(QUESTION_TYPES)) }).partial().optional(),
    quadrant: oneOrMany(z.enum(QUADRANTS)).optional(),
    off_balance: oneOrMany(z.enum(['aggressive', 'passive', 'none'])).optional(),
    balance: z.strictObject({ empathy: comparison, assertiveness: comparison }).partial().optional(),
    state: z.record(z.string(), comparison).optional(),
    turn: comparison.optional(),
    fired: oneOrMany(id).optional(),
    all: z.array(conditionSchema).min(1).optional(),
    any: z.array(conditionSchema).min(1).optional(),
    not: conditionSchema.optional(),
  }),
);

const stateVariable = z.strictObject({
  initial: z.number(),
  min: z.number().default(0),
  max: z.number().default(100),
  description: text,
});

const variants = z.array(text).min(1);

const ruleSchema = z.strictObject({
  id,
  /** Omitted: the rule always holds (with `otherwise`, only when no other rule fired). */
  when: conditionSchema.optional(),
  otherwise: z.boolean().default(false),
  /** Added to the state (clamped to each variable's range). */
  change: z.record(z.string(), z.number()).default({}),
  /** Set outright, after `change`. */
  set: z.record(z.string(), z.number()).default({}),
  shows: z.array(z.enum(SKILLS)).default([]),
  misses: z.array(z.enum(SKILLS)).default([]),
  /** How the simulated person takes it, in a phrase ("She feels heard"). */
  note: text.optional(),
  /** Positive reinforcement when the rule fires. */
  praise: text.optional(),
  /** The one suggestion when the rule fires, and a model sentence for it. */
  tip: text.optional(),
  example: text.optional(),
  /** Later rules are not tried once this one fires. */
  stop: z.boolean().default(false),
});

const lineGroupSchema = z.strictObject({
  id,
  when: conditionSchema.optional(),
  say: z.array(text).min(2, 'give at least two variants, so a line is never said twice in a row'),
});

const endingSchema = z.strictObject({
  id,
  when: conditionSchema,
  outcome: z.enum(OUTCOMES),
  say: variants,
  message: text,
});

const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id,
  title: text,
  role: z.enum(LEARNER_ROLES),
  level: z.number().int().min(1).max(5),
  skills: z.array(z.enum(SKILLS)).min(1),
  tags: z.array(id).default([]),
  persona: z.strictObject({
    name: text,
    /** Who they are, how they talk: enough for a person (or a language model) to voice them. */
    description: text,
    /** The presenting problem (therapist scenarios) or what the other person wants (person scenarios). */
    problem: text,
  }),
  /** What the learner knows going in, in the second person. */
  situation: text,
  /** What to aim for, in a sentence. */
  goal: text,
  opening: variants,
  state: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, 'a state variable is snake_case'), stateVariable),
  rules: z.array(ruleSchema).min(1),
  lines: z.array(lineGroupSchema).min(1),
  endings: z.array(endingSchema).default([]),
  /** Scenario-specific wording of a skill's tip and model sentence, for the feedback's fallback suggestion. */
  skill_tips: z.partialRecord(z.enum(SKILLS), z.strictObject({ tip: text, example: text.optional() })).default({}),
  max_turns: z.number().int().min(1).max(50),
  out_of_turns: z.strictObject({ outcome: z.enum(OUTCOMES), say: variants, message: text }),
  debrief: z.strictObject({
    notes: z.array(text).min(1),
    success: text.optional(),
    partial: text.optional(),
    failure: text.optional(),
  }),
});

export type ScenarioFile = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioRule = Scenario['rules'][number];
export type LineGroup = Scenario['lines'][number];
export type Ending = Scenario['endings'][number];
export type StateVariable = Scenario['state'][string];

/** What references are checked against: the marker kinds the analysis core can report. */
export interface ScenarioVocabulary {
  markerKinds: ReadonlySet<string>;
}

const where = (source: string | undefined, path: string, message: string, value?: unknown): Problem => ({
  code: 'invalid_scenario',
  message,
  ...(source !== undefined ? { source } : {}),
  path,
  ...(value !== undefined ? { value: showValue(value) } : {}),
});

/** Every condition inside `c` with its field path (for reference checks). */
function* conditionsIn(c: Condition | undefined, path: string): Generator<[Condition, string]> {
  if (!c) return;
  yield [c, path];
  for (let i = 0; i < (c.all ?? []).length; i++) yield* conditionsIn(c.all?.[i], `${path}.all.${i}`);
  for (let i = 0; i < (c.any ?? []).length; i++) yield* conditionsIn(c.any?.[i], `${path}.any.${i}`);
  yield* conditionsIn(c.not, `${path}.not`);
}

/** The reference checks a schema cannot make; each problem names the field. */
function referenceProblems(s: Scenario, source: string | undefined, vocabulary: ScenarioVocabulary | undefined): Problem[] {
  const problems: Problem[] = [];
  const push = (path: string, message: string, value?: unknown) => problems.push(where(source, path, message, value));
  const vars = new Set(Object.keys(s.state));
  const varList = [...vars].join(', ');

  if (!s.state.rapport) push('state', 'every scenario has a "rapport" variable (0 to 100)');
  else if (s.state.rapport.min !== 0 || s.state.rapport.max !== 100) push('state.rapport', 'rapport ranges from 0 to 100');
  for (const [name, v] of Object.entries(s.state)) {
    if (v.min >= v.max) push(`state.${name}.max`, 'max must be above min', v.max);
    else if (v.initial < v.min || v.initial > v.max) push(`state.${name}.initial`, `initial value must lie within ${v.min}..${v.max}`, v.initial);
  }
  if (new Set(s.skills).size !== s.skills.length) push('skills', 'a skill is listed twice');

  const ruleIds = new Set<string>();
  s.rules.forEach((r, i) => {
    if (ruleIds.has(r.id)) push(`rules.${i}.id`, 'duplicate rule id', r.id);
    ruleIds.add(r.id);
  });

  const checkCondition = (c: Condition | undefined, path: string, allowFired: boolean) => {
    for (const [cond, p] of conditionsIn(c, path)) {
      for (const name of Object.keys(cond.state ?? {})) {
        if (!vars.has(name)) push(`${p}.state.${name}`, `unknown state variable (declared: ${varList})`, name);
      }
      for (const key of ['any', 'all', 'none'] as const) {
        (cond.markers?.[key] ?? []).forEach((k, j) => {
          if (vocabulary && !vocabulary.markerKinds.has(k)) push(`${p}.markers.${key}.${j}`, 'unknown marker kind (see data/lexicons/style-markers.json and stance-markers.json)', k);
        });
      }
      if (s.role === 'person') {
        if (cond.stance !== undefined) push(`${p}.stance`, 'stance is read for therapist replies only; use style in a person scenario');
        if (cond.mi !== undefined) push(`${p}.mi`, 'counselling behaviour is read for therapist replies only');
      }
      if (cond.fired !== undefined) {
        if (!allowFired) push(`${p}.fired`, '"fired" is for lines and endings: rules are tried together');
        else {
          for (const r of [cond.fired].flat()) if (!ruleIds.has(r)) push(`${p}.fired`, 'unknown rule id', r);
        }
      }
    }
  };

  const shown = new Set<Skill>();
  s.rules.forEach((r, i) => {
    if (r.when === undefined && !r.otherwise) push(`rules.${i}.when`, 'a rule needs "when" (or "otherwise: true" for the fallback)');
    checkCondition(r.when, `rules.${i}.when`, false);
    for (const field of ['change', 'set'] as const) {
      for (const name of Object.keys(r[field])) if (!vars.has(name)) push(`rules.${i}.${field}.${name}`, `unknown state variable (declared: ${varList})`, name);
    }
    for (const field of ['shows', 'misses'] as const) {
      r[field].forEach((sk, j) => {
        if (!s.skills.includes(sk)) push(`rules.${i}.${field}.${j}`, 'skill not listed in the scenario\'s "skills"', sk);
      });
    }
    r.shows.forEach((sk) => shown.add(sk));
    if (r.example !== undefined && r.tip === undefined) push(`rules.${i}.example`, 'an example belongs to a tip: add "tip"');
  });
  s.skills.forEach((sk, i) => {
    if (!shown.has(sk)) push(`skills.${i}`, 'no rule shows this skill, so a learner could never show it', sk);
  });
  for (const sk of Object.keys(s.skill_tips)) {
    if (!s.skills.includes(sk as Skill)) push(`skill_tips.${sk}`, 'skill not listed in the scenario\'s "skills"', sk);
  }

  const lineIds = new Set<string>();
  s.lines.forEach((g, i) => {
    if (lineIds.has(g.id)) push(`lines.${i}.id`, 'duplicate line group id', g.id);
    lineIds.add(g.id);
    checkCondition(g.when, `lines.${i}.when`, true);
    g.say.forEach((line, j) => {
      if (g.say.indexOf(line) !== j) push(`lines.${i}.say.${j}`, 'the same variant twice', line);
    });
  });
  if (!s.lines.some((g) => g.when === undefined)) push('lines', 'one line group needs no "when", so the person always has something to say');

  // A closing line that is also an ordinary line could be said twice in a row.
  const ordinary = new Set(s.lines.flatMap((g) => g.say));
  const closings: Array<[string, string[]]> = [...s.endings.map((e, i): [string, string[]] => [`endings.${i}.say`, e.say]), ['out_of_turns.say', s.out_of_turns.say]];
  for (const [path, say] of closings) {
    if (say.length === 1 && ordinary.has(say[0])) push(path, 'a single closing line that is also an ordinary line could repeat: give another variant', say[0]);
  }

  const endingIds = new Set<string>();
  s.endings.forEach((e, i) => {
    if (endingIds.has(e.id)) push(`endings.${i}.id`, 'duplicate ending id', e.id);
    endingIds.add(e.id);
    checkCondition(e.when, `endings.${i}.when`, true);
  });
  return problems;
}

/**
 * Validates a parsed scenario file (YAML or JSON, already parsed). Problems (`invalid_scenario`) name
 * the source, the field path and the reason. With a vocabulary, marker kinds are checked against what
 * the analysis core can report.
 */
export function parseScenario(json: unknown, source?: string, vocabulary?: ScenarioVocabulary): Result<Scenario> {
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_scenario', source));
  const problems = referenceProblems(parsed.data, source, vocabulary);
  return problems.length ? fail(...problems) : ok(parsed.data);
}
