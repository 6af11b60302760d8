import { z } from 'zod';
import {
  CLIENT_TALK, EMPATHY_MECHANISMS, MI_BEHAVIOURS, QUADRANTS, QUESTION_TYPES, REFLECTION_TYPES, SPEAKERS, STANCES, STYLES,
  type AnalysisNoteCode,
} from '../../core/types.js';

/**
 * The JSON shape that `analysisRecord` (src/present/analysisRecord.ts, docs/code-output.md) prints for
 * one analysed utterance, as a zod schema: the review report embeds it for every turn, and its JSON
 * Schema documents it. Strict objects, so a field added to the record without a word here fails tests.
 */

const NOTE_CODES = ['empty_text', 'truncated', 'no_letters', 'control_characters_removed', 'non_english'] as const satisfies readonly AnalysisNoteCode[];
// Compile-time: every note code the core can emit is listed above.
const _allNoteCodes: Exclude<AnalysisNoteCode, (typeof NOTE_CODES)[number]> extends never ? true : never = true;
void _allNoteCodes;

/** Scores per key of a closed set (every key present). */
const scores = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number());

const level = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const spanFields = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const markerRecordSchema = z.strictObject({
  kind: z.string(),
  leaning: z.union([z.enum(STYLES), z.enum(STANCES)]).describe('The style or stance the marker points to'),
  ...spanFields,
  text: z.string(),
});

export const analysisRecordSchema = z.strictObject({
  id: z.string().optional(),
  speaker: z.enum(SPEAKERS),
  text: z.string(),
  style: z.enum(STYLES),
  styleScores: scores(STYLES),
  markers: z.array(markerRecordSchema),
  empathy: z.strictObject({
    er: level.describe('EPITOME emotional reactions: 0 none, 1 weak, 2 strong'),
    ip: level.describe('EPITOME interpretations: 0 none, 1 weak, 2 strong'),
    ex: level.describe('EPITOME explorations: 0 none, 1 weak, 2 strong'),
    rationales: z.array(z.strictObject({ mechanism: z.enum(EMPATHY_MECHANISMS), level, cue: z.string(), ...spanFields, text: z.string() })),
  }),
  stance: z.enum(STANCES).optional().describe('Therapist turns only'),
  stanceMarkers: z.array(markerRecordSchema).optional(),
  mi: z.strictObject({
    behaviour: z.enum(MI_BEHAVIOURS),
    reflection: z.enum(REFLECTION_TYPES).nullable(),
    question: z.enum(QUESTION_TYPES).nullable(),
    probabilities: scores(MI_BEHAVIOURS),
  }).optional().describe('Therapist turns only: counselling behaviour (MI)'),
  talk: z.enum(CLIENT_TALK).optional().describe('Client turns only'),
  talkProbabilities: scores(CLIENT_TALK).optional(),
  balance: z.strictObject({
    empathy: z.number().min(0).max(1),
    assertiveness: z.number().min(-1).max(1),
    quadrant: z.enum(QUADRANTS),
    label: z.string(),
    offBalance: z.enum(['aggressive', 'passive']).nullable(),
  }),
  notes: z.array(z.strictObject({ code: z.enum(NOTE_CODES), detail: z.string().optional() })),
});

export type AnalysisRecordJson = z.infer<typeof analysisRecordSchema>;
