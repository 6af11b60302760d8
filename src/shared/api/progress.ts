/**
 * `GET /api/progress`: the time series the dashboard plots, oldest first in each series. Plain
 * numbers and ids only; the web app draws them.
 */

export interface PracticePoint {
  sessionId: string;
  scenarioId: string;
  title: string;
  level: number;
  /** When the session was last changed (its end for an ended session). */
  at: string;
  status: 'in_progress' | 'ended';
  outcome: 'success' | 'partial' | 'failure' | null;
  turns: number;
  /** Mean balance empathy 0..1 and assertiveness -1..1 over the replies. */
  empathy: number;
  assertiveness: number;
}

/** One reply's place on the empathy × assertiveness plane (the balance path). */
export interface BalancePathPoint {
  sessionId: string;
  turn: number;
  empathy: number;
  assertiveness: number;
  quadrant: string;
}

export interface MasteredPoint {
  scenarioId: string;
  title: string;
  level: number;
  /** The first session that mastered it. */
  at: string;
  sessionId: string;
}

export interface QuestionnairePoint {
  assessmentId: string;
  instrumentId: string;
  takenAt: string;
  /** Scale id → score, as the instrument's key gives it. */
  scores: Record<string, number>;
}

export interface DiaryPoint {
  entryId: string;
  occurredAt: string;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
}

export interface LadderPoint {
  ladderId: string;
  title: string;
  done: number;
  total: number;
}

export interface ProgressResponse {
  practice: PracticePoint[];
  /** Every reply of the ended and in-progress sessions, session by session. */
  balancePath: BalancePathPoint[];
  mastered: MasteredPoint[];
  /** How many scenarios the library has (the denominator for "mastered"). */
  scenarioCount: number;
  questionnaires: QuestionnairePoint[];
  diary: DiaryPoint[];
  ladders: LadderPoint[];
}
