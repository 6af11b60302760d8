import { z } from 'zod';
import type { ReviewReportJson } from '../../present/review/reviewReportSchema.js';
import { queryInt } from './common.js';

/**
 * Session reviews: a transcript (uploaded or pasted, any format `attune review` reads: plain text
 * with speaker prefixes, WebVTT, SRT, CSV, JSON, AnnoMI CSV) becomes one report per session in it;
 * each report is stored and can be listed, read, shown as the self-contained HTML report and deleted.
 */

/** A transcript of a long session is far below this; the HTTP body limit is 5 MB. */
export const TRANSCRIPT_MAX_CHARS = 4_000_000;

const speakerNames = z.array(z.string().trim().min(1).max(100)).max(10);

export const createReviewRequestSchema = z.object({
  /** The file's name (its extension helps detect the format), e.g. `session-3.vtt`; for pasted text e.g. `pasted.txt`. */
  fileName: z.string().trim().min(1).max(255),
  content: z.string().min(1, 'the transcript is empty').max(TRANSCRIPT_MAX_CHARS),
  /** Replace names, e-mail addresses, phone numbers, street addresses, dates and URLs before anything is analysed or stored. */
  redact: z.boolean().optional(),
  /** The therapist's and client's speaker names as written in the file (else inferred, and the report says how). */
  therapist: speakerNames.optional(),
  client: speakerNames.optional(),
  /** A title for the list (default: the file name, with the session id when the file holds several). */
  title: z.string().trim().min(1).max(200).optional(),
  /** True for pasted text: no file name is kept. */
  pasted: z.boolean().optional(),
});
export type CreateReviewRequest = z.infer<typeof createReviewRequestSchema>;

export const reviewListQuerySchema = z.object({
  limit: queryInt(1, 500).optional(),
  offset: queryInt(0, 1_000_000).optional(),
});

/** The few numbers a supervisor compares across sessions (null where the session has none). */
export const reviewMetricsSchema = z.object({
  turns: z.number().nullable(),
  /** Reflections per question (MITI; fair 1, good 2). */
  reflectionToQuestion: z.number().nullable(),
  /** 0..100 complex / all reflections (fair 40, good 50). */
  percentComplexReflections: z.number().nullable(),
  /** 0..100 open / all questions. */
  percentOpenQuestions: z.number().nullable(),
  /** Mean EPITOME level (0..2) over therapist turns. */
  meanEmpathy: z.number().nullable(),
  safetyFlags: z.number().nullable(),
});
export type ReviewMetricsJson = z.infer<typeof reviewMetricsSchema>;

export const reviewListItemSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  title: z.string(),
  /** The uploaded file's name; null when pasted. */
  sourceName: z.string().nullable(),
  /** The transcript format read: text, vtt, srt, csv, annomi or json. */
  format: z.string(),
  metrics: reviewMetricsSchema,
});
export type ReviewListItem = z.infer<typeof reviewListItemSchema>;
export const reviewListResponseSchema = z.object({ reviews: z.array(reviewListItemSchema) });
export type ReviewListResponse = z.infer<typeof reviewListResponseSchema>;

/** A chart of the session's course as a Vega-Lite spec with its data inlined (render with vega-embed). */
export interface ReviewChartJson {
  id: 'empathy-course' | 'stance-course' | 'talk-course' | 'style-course' | 'balance-path';
  title: string;
  description: string;
  spec: Record<string, unknown>;
  /** 0: nothing to draw. */
  points: number;
}

/** `GET /api/reviews/:id`: the stored report (docs/review-output.md) and its charts. */
export interface ReviewDetail extends ReviewListItem {
  report: ReviewReportJson;
  charts: ReviewChartJson[];
}

/** `POST /api/reviews`: one review per session the file held (an AnnoMI CSV can hold many). */
export interface CreateReviewResponse {
  reviews: ReviewDetail[];
  /** Oddities the reader got past (e.g. a line it skipped), worded for people. */
  warnings: string[];
}

export type { ReviewReportJson };
