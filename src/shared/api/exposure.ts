import { z } from 'zod';
import { anxietySchema, idSchema, timestampSchema } from './common.js';

/**
 * Graded exposure: a ladder of assertive tasks ordered by the anxiety the person expects (0–100), the
 * next step suggested (the lowest-anxiety step not yet done), steps marked done with the anxiety felt
 * before and after, and the ladder's progress.
 */

export const ladderStepInputSchema = z.object({
  text: z.string().trim().min(1, 'describe the step').max(500),
  expectedAnxiety: anxietySchema,
});
export type LadderStepInput = z.infer<typeof ladderStepInputSchema>;

export const createLadderRequestSchema = z.object({
  title: z.string().trim().min(1, 'give the ladder a name').max(200),
  steps: z.array(ladderStepInputSchema).max(50).default([]),
});
export type CreateLadderRequest = z.input<typeof createLadderRequestSchema>;

export const updateLadderRequestSchema = z.object({ title: z.string().trim().min(1).max(200) });
export const updateLadderStepRequestSchema = ladderStepInputSchema.partial();
export type UpdateLadderStepRequest = z.infer<typeof updateLadderStepRequestSchema>;

export const markStepDoneRequestSchema = z.object({
  anxietyBefore: anxietySchema,
  anxietyAfter: anxietySchema,
  /** When it was done (default: now). */
  doneAt: timestampSchema.optional(),
});
export type MarkStepDoneRequest = z.infer<typeof markStepDoneRequestSchema>;

export const ladderParamsSchema = z.object({ id: idSchema });
export const ladderStepParamsSchema = z.object({ id: idSchema, stepId: idSchema });

export interface LadderStepJson {
  id: string;
  text: string;
  expectedAnxiety: number;
  done: boolean;
  doneAt: string | null;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
}

export interface LadderJson {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Lowest expected anxiety first (ties in the order they were added). */
  steps: LadderStepJson[];
  /** The lowest-anxiety step not done yet; null when every step is done (or there are none). */
  nextStepId: string | null;
  progress: { done: number; total: number };
}
export interface LadderListResponse {
  ladders: LadderJson[];
}
