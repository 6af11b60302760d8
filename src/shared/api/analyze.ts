import { z } from 'zod';
import type { AnalysisRecordJson } from '../../present/review/analysisRecordSchema.js';

/**
 * `POST /api/analyze`: one utterance read by the analysis core (the live meter while typing).
 * The answer is the record `attune code` prints (docs/code-output.md): style, markers, EPITOME
 * empathy with its evidence, stance and counselling codes for a therapist, and the balance point.
 */

export const SPEAKER_VALUES = ['therapist', 'client', 'person'] as const;
export const speakerSchema = z.enum(SPEAKER_VALUES);

/** Longer text is cut by the core anyway (it notes `truncated`); this bounds the request. */
export const ANALYZE_MAX_CHARS = 5000;

export const analyzeRequestSchema = z.object({
  text: z.string().max(ANALYZE_MAX_CHARS),
  speaker: speakerSchema,
  /** Earlier turns, oldest first; the core reads the last three. */
  context: z.array(z.object({ speaker: speakerSchema, text: z.string().max(ANALYZE_MAX_CHARS) })).max(10).optional(),
});
export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

/** The analysis record (schema: src/present/review/analysisRecordSchema.ts). */
export type AnalysisRecord = AnalysisRecordJson;
export type AnalyzeResponse = AnalysisRecord;
