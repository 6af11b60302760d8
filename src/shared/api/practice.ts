import { z } from 'zod';
import type { SessionEnding, SessionSummary } from '../../core/practice/practiceTypes.js';
import type { LearnerEntry, OtherEntry, PracticeRecord } from '../../present/practice/practiceRecord.js';
import { idSchema, queryInt } from './common.js';

/**
 * Practice sessions: start one for a scenario (with a seed, so the same replies replay the same way),
 * take turns, keep a draft of the reply being typed, end it for the summary, list the history.
 * The session is stored after every turn, so a reload mid-conversation loses nothing.
 */

/** A reply is one conversational turn: a few sentences, not an essay. */
export const REPLY_MAX_CHARS = 2000;

export const startPracticeRequestSchema = z.object({
  scenarioId: z.string().trim().min(1).max(100),
  /** 0..2^32-1; omitted: the server draws one (and returns it). */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});
export type StartPracticeRequest = z.infer<typeof startPracticeRequestSchema>;

export const practiceTurnRequestSchema = z.object({
  reply: z.string().trim().min(1, 'write a reply first').max(REPLY_MAX_CHARS),
});
export type PracticeTurnRequest = z.infer<typeof practiceTurnRequestSchema>;

export const practiceDraftRequestSchema = z.object({ draft: z.string().max(REPLY_MAX_CHARS) });
export type PracticeDraftRequest = z.infer<typeof practiceDraftRequestSchema>;

/** The store's words: `in_progress` until an ending, the turn limit or the learner ends it. */
export const PRACTICE_STATUS = ['in_progress', 'ended'] as const;

export const practiceListQuerySchema = z.object({
  scenarioId: z.string().trim().min(1).max(100).optional(),
  status: z.enum(PRACTICE_STATUS).optional(),
  limit: queryInt(1, 500).optional(),
});
export type PracticeListQuery = z.infer<typeof practiceListQuerySchema>;

export const practiceParamsSchema = z.object({ id: idSchema });

/**
 * A session as the web app shows it. `record` is the JSON `attune practice --json` prints
 * (docs/practice-output.md): the opening line, each reply with its analysis, fired rules, feedback
 * and state, each answer, and the summary so far. `status` is `ended` once the scenario reached an
 * ending or the turn limit, or the learner ended it.
 */
export interface PracticeSessionView {
  id: string;
  status: (typeof PRACTICE_STATUS)[number];
  startedAt: string;
  updatedAt: string;
  /** The reply being typed, kept by `PUT …/draft` ("" when none). */
  draft: string;
  record: PracticeRecord;
}

/** `POST /api/practice/sessions/:id/turns`: the reply (analysis, feedback, state) and the answer. */
export interface PracticeTurnResponse {
  reply: LearnerEntry;
  answer: OtherEntry;
  /** Set when this turn ended the session. */
  ended: SessionEnding | null;
  session: PracticeSessionView;
}

/** `POST /api/practice/sessions/:id/end`. */
export interface PracticeEndResponse {
  summary: SessionSummary;
  session: PracticeSessionView;
}

/** One row of the history. */
export interface PracticeSessionListItem {
  id: string;
  scenarioId: string;
  title: string;
  level: number;
  status: (typeof PRACTICE_STATUS)[number];
  startedAt: string;
  updatedAt: string;
  turns: number;
  ending: SessionEnding | null;
  /** Mean balance empathy (0..1) and assertiveness (-1..1) over the replies; null before the first reply. */
  empathy: number | null;
  assertiveness: number | null;
}

export interface PracticeListResponse {
  sessions: PracticeSessionListItem[];
}

export type { LearnerEntry, OtherEntry, PracticeRecord, SessionEnding, SessionSummary };
