import { z } from 'zod';
import { ROLES, TRANSCRIPT_FORMATS, type ReviewReport, type ReviewTurn } from '../../core/review/reviewTypes.js';
import { CLIENT_TALK, MI_BEHAVIOURS, QUADRANTS, STANCES, STYLES } from '../../core/types.js';
import { analysisRecordSchema } from './analysisRecordSchema.js';

/**
 * The JSON that `attune review --json` prints: one object per session with stable field names
 * (docs/review-output.md explains every field; docs/review-report.schema.json is generated from this).
 * Objects are strict so that a field added to the report without documentation fails the tests.
 */

const share = z.number().min(0).max(1);
const shares = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), share);
const rating = z.enum(['below_fair', 'fair', 'good']).nullable();
const turnIndex = z.number().int().min(0).describe('Index into `turns`');
const cue = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  cue: z.string().describe('What the words show, in plain words'),
  text: z.string().describe('The words themselves'),
});
const cues = z.array(cue).describe('The spans of the turn that show it');

export const problemSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  source: z.string().optional(),
  path: z.string().optional(),
  line: z.number().int().optional(),
  value: z.string().optional(),
});

export const reviewTurnSchema = z.strictObject({
  index: turnIndex,
  speaker: z.string().describe('The speaker as the file names them'),
  role: z.enum(ROLES),
  text: z.string(),
  start: z.number().min(0).optional().describe('Seconds from the start of the recording, when the file has times'),
  end: z.number().min(0).optional(),
  line: z.number().int().min(1).describe('1-based line in the source file where the turn begins'),
  analysis: analysisRecordSchema.describe('Every code of the turn, as `attune code` prints it'),
});

export const mitiSummarySchema = z.strictObject({
  counts: z.record(z.enum(MI_BEHAVIOURS), z.number().int().min(0)),
  simpleReflections: z.number().int().min(0),
  complexReflections: z.number().int().min(0),
  openQuestions: z.number().int().min(0),
  closedQuestions: z.number().int().min(0),
  reflectionToQuestion: z.number().min(0).nullable().describe('Reflections per question; fair 1, good 2'),
  percentComplexReflections: z.number().min(0).max(100).nullable().describe('Complex / all reflections, 0..100; fair 40, good 50'),
  percentOpenQuestions: z.number().min(0).max(100).nullable().describe('Open / all questions, 0..100; no MITI threshold'),
  ratings: z.strictObject({ reflectionToQuestion: rating, percentComplexReflections: rating }),
});

export const sessionSummarySchema = z.strictObject({
  turns: z.number().int().min(0),
  therapistTurns: z.number().int().min(0),
  clientTurns: z.number().int().min(0),
  durationSeconds: z.number().min(0).nullable(),
  miti: mitiSummarySchema,
  reflectionToQuestion: z.number().min(0).nullable(),
  percentComplexReflections: z.number().min(0).max(100).nullable(),
  percentOpenQuestions: z.number().min(0).max(100).nullable(),
  empathy: z.strictObject({ er: z.number(), ip: z.number(), ex: z.number(), mean: z.number() }).describe('Mean EPITOME levels (0..2) over therapist turns'),
  stanceShares: shares(STANCES),
  quadrantShares: shares(QUADRANTS),
  clientStyleShares: shares(STYLES),
  clientTalkShares: shares(CLIENT_TALK),
  therapistTalkShare: share.nullable().describe('Therapist words / all words'),
});

const highlight = z.strictObject({
  turn: turnIndex,
  reason: z.string(),
  alternative: z.string().optional().describe('For problematic turns: a concrete alternative phrasing'),
});

export const reviewReportSchema = z.strictObject({
  format: z.literal('attune-review/1'),
  source: z.strictObject({ id: z.string(), format: z.enum(TRANSCRIPT_FORMATS) }),
  roles: z.strictObject({
    roles: z.record(z.string(), z.enum(ROLES)),
    source: z.enum(['flags', 'file', 'inferred']),
    evidence: z.array(z.strictObject({
      speaker: z.string(), turns: z.number().int().min(0), questions: z.number().int().min(0), reflections: z.number().int().min(0), share,
      analysed: z.number().int().min(0).optional().describe('Turns analysed for questions, reflections and share (a spread sample when fewer than `turns`)'),
      secondPersonShare: share.optional().describe('Second-person words ("you", "your") among the speaker\'s person pronouns, smoothed'),
    })),
  }).describe('How each speaker\'s role was decided'),
  safety: z.array(z.strictObject({
    kind: z.enum(['suicide', 'self_harm', 'harm_to_others']),
    turn: turnIndex,
    cues,
    denied: z.boolean().optional().describe('True when every cue is a denial; still flagged, as risk was discussed'),
  })).describe('Safety first: flagged turns; an empty array when there are none'),
  summary: sessionSummarySchema,
  turns: z.array(reviewTurnSchema).describe('One entry per turn, in order'),
  ruptures: z.array(z.strictObject({
    kind: z.enum(['withdrawal', 'confrontation']),
    turn: turnIndex,
    cues,
    repaired: z.boolean(),
    repair: z.strictObject({ turn: turnIndex, moves: z.array(z.string()) }).nullable(),
  })),
  focus: z.array(z.strictObject({
    kind: z.enum(['client_caretaking', 'therapist_self_disclosure']),
    turn: turnIndex,
    cues,
    refocused: z.boolean(),
    refocusTurn: turnIndex.nullable(),
  })),
  structure: z.array(z.strictObject({
    kind: z.enum(['goal_setting', 'agenda', 'boundary', 'process_transparency', 'closing_summary', 'termination']),
    turn: turnIndex,
    cues,
    collaborative: z.boolean().optional().describe('goal_setting only: whether the client helped define the goal'),
  })),
  highlights: z.strictObject({ empathic: z.array(highlight), balanced: z.array(highlight), problematic: z.array(highlight) }),
  practiseNext: z.array(z.string()),
  warnings: z.array(problemSchema),
  redacted: z.boolean().describe('Whether names and identifiers were replaced before analysis'),
});

export type ReviewReportJson = z.infer<typeof reviewReportSchema>;

// Compile-time: the schema has exactly the report's fields, optional ones included, at every depth
// (values are compared by kind only; the enums are held by reviewJson's typed mapping). A field added
// to ReviewReport without a word here, in docs/review-output.md and in the schema file fails typecheck.
type Shape<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean
  : T extends readonly (infer U)[] ? Shape<U>[] : T extends object ? { [K in keyof T]-?: Shape<T[K]> } : T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameReport: Same<Shape<Omit<ReviewReportJson, 'turns'>>, Shape<Omit<ReviewReport, 'turns'>>> = true;
const _sameTurn: Same<Shape<Omit<ReviewReportJson['turns'][number], 'analysis'>>, Shape<Omit<ReviewTurn, 'analysis'>>> = true;
void _sameReport;
void _sameTurn;
