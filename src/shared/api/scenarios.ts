import { z } from 'zod';
import { queryInt } from './common.js';

/**
 * The role-play library: `GET /api/scenarios` (filtered), `GET /api/scenarios/:id`.
 * Rules and lines stay on the server: the learner meets the person, not the script.
 */

export const LEARNER_ROLE_VALUES = ['therapist', 'person'] as const;

export const scenarioListQuerySchema = z.object({
  /** A skill id (e.g. `say_no`, `reflect_feeling`): scenarios training it. */
  skill: z.string().trim().min(1).max(60).optional(),
  /** Exactly this level (1..5). */
  level: queryInt(1, 5).optional(),
  /** Who the learner plays. */
  role: z.enum(LEARNER_ROLE_VALUES).optional(),
});
export type ScenarioListQuery = z.infer<typeof scenarioListQuerySchema>;

export const skillInfoSchema = z.object({ id: z.string(), label: z.string(), description: z.string(), tip: z.string(), example: z.string() });
export type SkillInfoJson = z.infer<typeof skillInfoSchema>;

export const scenarioSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  role: z.enum(LEARNER_ROLE_VALUES),
  level: z.number().int(),
  skills: z.array(z.object({ id: z.string(), label: z.string() })),
  tags: z.array(z.string()),
  /** The other person's name. */
  persona: z.string(),
  /** What the learner knows going in (second person) and what to aim for. */
  situation: z.string(),
  goal: z.string(),
  /**
   * Mastered: a session of it ended in success with every trained skill shown reliably (the practice
   * engine's condition for climbing to the next level).
   */
  mastered: z.boolean(),
  /** Sessions of it started, and the ended ones. */
  sessions: z.number().int(),
  completed: z.number().int(),
});
export type ScenarioSummary = z.infer<typeof scenarioSummarySchema>;

export const scenarioListResponseSchema = z.object({ scenarios: z.array(scenarioSummarySchema) });
export type ScenarioListResponse = z.infer<typeof scenarioListResponseSchema>;

export const scenarioDetailSchema = scenarioSummarySchema.extend({
  skills: z.array(skillInfoSchema),
  persona: z.string(),
  personaDescription: z.string(),
  /** The presenting problem (therapist scenarios) or what the other person wants. */
  problem: z.string(),
  maxTurns: z.number().int(),
  /** The simulated person's state variables (`rapport` is always there, 0..100). */
  state: z.record(z.string(), z.object({ initial: z.number(), min: z.number(), max: z.number(), description: z.string() })),
});
export type ScenarioDetail = z.infer<typeof scenarioDetailSchema>;
