import { z } from 'zod';
import type { AnalysisRecord } from './analyze.js';
import { anxietySchema, queryInt, timestampSchema } from './common.js';

/**
 * The self-monitoring diary: real situations, what I said (analysed for style and markers when the
 * entry is saved), anxiety before and after (0–100) and how it went. Quick to add, and found again by
 * text and by date.
 */

export const DIARY_TEXT_MAX = 10_000;

const diaryFields = {
  /** When it happened (ISO date-time; a bare day `YYYY-MM-DD` is taken as midnight UTC). */
  occurredAt: z.union([timestampSchema, z.iso.date()]),
  situation: z.string().trim().min(1, 'say briefly what happened').max(DIARY_TEXT_MAX),
  whatISaid: z.string().max(DIARY_TEXT_MAX),
  anxietyBefore: anxietySchema.nullable(),
  anxietyAfter: anxietySchema.nullable(),
  outcome: z.string().max(DIARY_TEXT_MAX),
};

export const createDiaryEntryRequestSchema = z.object({
  ...diaryFields,
  whatISaid: diaryFields.whatISaid.default(''),
  anxietyBefore: diaryFields.anxietyBefore.default(null),
  anxietyAfter: diaryFields.anxietyAfter.default(null),
  outcome: diaryFields.outcome.default(''),
});
export type CreateDiaryEntryRequest = z.input<typeof createDiaryEntryRequestSchema>;

/** A partial update: fields left out keep their value; `null` clears a rating. */
export const updateDiaryEntryRequestSchema = z.object(diaryFields).partial();
export type UpdateDiaryEntryRequest = z.input<typeof updateDiaryEntryRequestSchema>;

export const diaryListQuerySchema = z.object({
  /** Words to find in the situation, what I said or the outcome (case-insensitive). */
  q: z.string().trim().min(1).max(200).optional(),
  /** Entries on or after this day / moment. */
  from: z.union([timestampSchema, z.iso.date()]).optional(),
  /** Entries before this moment; a bare day includes that whole day. */
  to: z.union([timestampSchema, z.iso.date()]).optional(),
  limit: queryInt(1, 500).optional(),
  offset: queryInt(0, 1_000_000).optional(),
});
export type DiaryListQuery = z.infer<typeof diaryListQuerySchema>;

export interface DiaryEntryJson {
  id: string;
  createdAt: string;
  updatedAt: string;
  occurredAt: string;
  situation: string;
  whatISaid: string;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
  outcome: string;
  /** The analysis of `whatISaid` as a person's words (style, markers, empathy, balance); null when it is empty. */
  analysis: AnalysisRecord | null;
}
export interface DiaryListResponse {
  entries: DiaryEntryJson[];
}
