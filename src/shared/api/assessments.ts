import { z } from 'zod';
import type { Instrument } from '../../core/assess/instrument.js';
import type { InstrumentScore } from '../../core/assess/scoreInstrument.js';
import { idSchema, queryInt, timestampSchema } from './common.js';

/**
 * Self-report questionnaires that are free to use (IPIP scales, the Copenhagen Burnout Inventory),
 * scored with their published keys (src/core/assess/scoreInstrument.ts). Instruments are data shipped
 * with attune (data/instruments/); answers and scores are stored and shown over time.
 */

export interface InstrumentSummary {
  id: string;
  title: string;
  itemCount: number;
  scales: Array<{ id: string; title: string }>;
  /** The published reference, shown on the instrument's page, and its licence. */
  citation: string;
  licence: string;
  url: string | null;
}
export interface InstrumentListResponse {
  instruments: InstrumentSummary[];
}

/**
 * `GET /api/instruments/:id`: the instrument file as shipped (attune-instrument/1): `stem`,
 * `responseFormats` (labels in the order shown; an answer is the 1-based position), `scales` with
 * their `items`, `scoring`, `interpretation`, `missingRule`, `source`, `citation`, `url`, `licence`.
 */
export type InstrumentDetail = Instrument;

export const submitAssessmentRequestSchema = z.object({
  instrumentId: z.string().trim().min(1).max(100),
  /** Item id → the 1-based position of the option chosen; null or absent: not answered. */
  answers: z.record(z.string().min(1).max(100), z.number().int().min(1).max(20).nullable()),
  /** When it was taken (default: now). */
  takenAt: timestampSchema.optional(),
});
export type SubmitAssessmentRequest = z.infer<typeof submitAssessmentRequestSchema>;

export const assessmentListQuerySchema = z.object({
  instrumentId: z.string().trim().min(1).max(100).optional(),
  limit: queryInt(1, 500).optional(),
});

/** A stored questionnaire: the answers and the scores its published key gives. */
export interface AssessmentJson {
  id: string;
  instrumentId: string;
  takenAt: string;
  createdAt: string;
  answers: Record<string, number | null>;
  /** Per scale: score (null with too few answers), range, answered, band; the note; caveats. */
  scores: InstrumentScore;
}
export interface AssessmentListResponse {
  assessments: AssessmentJson[];
}

export const assessmentParamsSchema = z.object({ id: idSchema });
export type { Instrument, InstrumentScore };
