/**
 * The storage interface of the web app: everything a person enters, kept in SQLite (embedded default)
 * or PostgreSQL (`DATABASE_URL`). Types only; `openStore.ts` picks the implementation.
 *
 * Conventions (the same for every kind and both backends):
 * - Every row has `id` (a uuid made by the store), `owner` (default `'local'`, for future team use),
 *   `createdAt` and `updatedAt` (ISO 8601 strings in UTC, `Date#toISOString()` form; the store stamps
 *   them, strictly increasing within one open store, so "newest first" is well defined).
 * - Date fields given to the store (`occurredAt`, `takenAt`, `doneAt`, filters) are any string
 *   `Date` parses; they come back normalised to `toISOString()` form. An unparsable date throws.
 * - JSON fields (`unknown` here) take any JSON-serialisable value and come back as equal plain data
 *   (object key order is not kept: PostgreSQL JSONB sorts keys).
 * - Nothing is validated here (the server does that); the store only keeps what it is given.
 * - `get`/`update`/`delete` of an unknown id answer `undefined`/`false`; they never throw for that.
 * - `update` takes a partial patch: absent fields keep their value, `null` clears a nullable field;
 *   it bumps `updatedAt` and answers the updated row.
 * - `list` is newest first (by `createdAt`, except where noted) with `limit` (default 100) and `offset`.
 */

/** An ISO 8601 date-time string. */
export type IsoDate = string;

/** The columns every stored row has. */
export interface RowMeta {
  id: string;
  owner: string;
  createdAt: IsoDate;
  updatedAt: IsoDate;
}

export interface ListOptions {
  /** At most this many rows (default 100). */
  limit?: number;
  offset?: number;
  /** Only rows of this owner (default: all owners). */
  owner?: string;
}

/** Create/get/list/update/delete for one kind of row. */
export interface Collection<TNew, TRow, TFilter = object, TPatch = Partial<Omit<TNew, 'owner'>>> {
  create(input: TNew): Promise<TRow>;
  get(id: string): Promise<TRow | undefined>;
  list(options?: ListOptions & TFilter): Promise<TRow[]>;
  update(id: string, patch: TPatch): Promise<TRow | undefined>;
  /** True when a row was deleted. */
  delete(id: string): Promise<boolean>;
}

// ── practice sessions ──────────────────────────────────────────────────────────────────────────────

export type PracticeSessionStatus = 'in_progress' | 'ended';

export interface PracticeSessionNew {
  scenarioId: string;
  /** The engine's seed (an unsigned 32-bit integer). */
  seed: number;
  status: PracticeSessionStatus;
  /** The turns so far (the engine's JSON). */
  turns: unknown;
  /** The end-of-session summary; null while in progress. */
  summary?: unknown | null;
  /** The reply being typed, kept so it survives a reload ('' when none). */
  draft?: string;
  owner?: string;
}
export interface PracticeSessionRow extends RowMeta {
  scenarioId: string;
  seed: number;
  status: PracticeSessionStatus;
  turns: unknown;
  summary: unknown | null;
  draft: string;
}
export interface PracticeSessionFilter {
  status?: PracticeSessionStatus;
  scenarioId?: string;
}

// ── reviews ────────────────────────────────────────────────────────────────────────────────────────

/** Summary numbers kept as columns for listing and comparing; null where the report has none. */
export interface ReviewMetrics {
  turns: number | null;
  reflectionToQuestion: number | null;
  percentComplexReflections: number | null;
  percentOpenQuestions: number | null;
  meanEmpathy: number | null;
  safetyFlags: number | null;
}
export interface ReviewNew {
  title: string;
  /** The uploaded file's name; null when pasted. */
  sourceName?: string | null;
  /** The transcript format the review command read (e.g. 'vtt'). */
  format: string;
  /** The `attune-review/1` report. */
  report: unknown;
  metrics: ReviewMetrics;
  owner?: string;
}
export interface ReviewRow extends RowMeta {
  title: string;
  sourceName: string | null;
  format: string;
  report: unknown;
  metrics: ReviewMetrics;
}
/** A review without its report, for lists and comparisons. */
export type ReviewListItem = Omit<ReviewRow, 'report'>;
export interface ReviewPatch {
  title?: string;
  sourceName?: string | null;
  format?: string;
  report?: unknown;
  /** Merged field by field into the stored metrics. */
  metrics?: Partial<ReviewMetrics>;
}
export interface ReviewCollection extends Collection<ReviewNew, ReviewRow, object, ReviewPatch> {
  /** Like `list` but without the (large) report JSON. */
  listSummaries(options?: ListOptions): Promise<ReviewListItem[]>;
}

// ── assessments ────────────────────────────────────────────────────────────────────────────────────

export interface AssessmentNew {
  instrumentId: string;
  answers: unknown;
  scores: unknown;
  /** When the questionnaire was taken (default: now). */
  takenAt?: IsoDate;
  owner?: string;
}
export interface AssessmentRow extends RowMeta {
  instrumentId: string;
  answers: unknown;
  scores: unknown;
  takenAt: IsoDate;
}
export interface AssessmentFilter {
  instrumentId?: string;
}
/** Assessments list newest `takenAt` first. */
export type AssessmentCollection = Collection<AssessmentNew, AssessmentRow, AssessmentFilter>;

// ── diary ──────────────────────────────────────────────────────────────────────────────────────────

export interface DiaryEntryNew {
  occurredAt: IsoDate;
  situation: string;
  whatISaid: string;
  /** 0–100, null when not rated. */
  anxietyBefore?: number | null;
  anxietyAfter?: number | null;
  outcome?: string;
  /** The analysis of `whatISaid` (style and markers); null when not analysed. */
  analysis?: unknown | null;
  owner?: string;
}
export interface DiaryEntryRow extends RowMeta {
  occurredAt: IsoDate;
  situation: string;
  whatISaid: string;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
  outcome: string;
  analysis: unknown | null;
}
export interface DiaryFilter {
  /** Case-insensitive substring of situation, what I said or outcome (ASCII case folding). */
  q?: string;
  /** occurredAt >= from. */
  from?: IsoDate;
  /** occurredAt < to. */
  to?: IsoDate;
}
/** Diary entries list newest `occurredAt` first. */
export type DiaryCollection = Collection<DiaryEntryNew, DiaryEntryRow, DiaryFilter>;

// ── exposure ladders ───────────────────────────────────────────────────────────────────────────────

export interface LadderStepNew {
  text: string;
  /** 0–100. */
  expectedAnxiety: number;
  /** Position in the ladder (0-based; default: after the last step). */
  position?: number;
  doneAt?: IsoDate | null;
  anxietyBefore?: number | null;
  anxietyAfter?: number | null;
  owner?: string;
}
export interface LadderStepRow extends RowMeta {
  ladderId: string;
  text: string;
  expectedAnxiety: number;
  position: number;
  doneAt: IsoDate | null;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
}
export interface LadderNew {
  title: string;
  /** Steps created with the ladder, in one transaction; positions default to the array order. */
  steps?: LadderStepNew[];
  owner?: string;
}
export interface LadderRow extends RowMeta {
  title: string;
  /** Ordered by `position`, then `createdAt`. */
  steps: LadderStepRow[];
}
export interface LadderPatch {
  title?: string;
}
/** Deleting a ladder deletes its steps (one transaction); updating it touches only the title. */
export type LadderCollection = Collection<LadderNew, LadderRow, object, LadderPatch>;

export interface LadderStepPatch {
  text?: string;
  expectedAnxiety?: number;
  position?: number;
  doneAt?: IsoDate | null;
  anxietyBefore?: number | null;
  anxietyAfter?: number | null;
}
export interface LadderSteps {
  /**
   * Adds a step (owner: the ladder's unless given); undefined when the ladder does not exist. This and
   * every other change to a step also bumps its ladder's `updatedAt`.
   */
  create(ladderId: string, input: LadderStepNew): Promise<LadderStepRow | undefined>;
  get(id: string): Promise<LadderStepRow | undefined>;
  update(id: string, patch: LadderStepPatch): Promise<LadderStepRow | undefined>;
  delete(id: string): Promise<boolean>;
  /**
   * Sets positions 0..n-1 in the order given (one transaction). Steps of the ladder not named keep
   * their relative order after the named ones. Undefined when the ladder does not exist; ids of
   * other ladders are ignored.
   */
  reorder(ladderId: string, stepIds: string[]): Promise<LadderRow | undefined>;
}

// ── worksheets ─────────────────────────────────────────────────────────────────────────────────────

export type WorksheetKind = 'dear_man' | 'give' | 'fast' | 'i_statement';

export interface WorksheetNew {
  kind: WorksheetKind;
  /** What the person wrote in each part. */
  fields: unknown;
  /** The live checks' results. */
  checks?: unknown | null;
  owner?: string;
}
export interface WorksheetRow extends RowMeta {
  kind: WorksheetKind;
  fields: unknown;
  checks: unknown | null;
}
export interface WorksheetFilter {
  kind?: WorksheetKind;
}
export type WorksheetCollection = Collection<WorksheetNew, WorksheetRow, WorksheetFilter>;

// ── the store ──────────────────────────────────────────────────────────────────────────────────────

export const EXPORT_FORMAT = 'attune-export/1';

/** Everything stored, newest first per kind, as the interface returns it. */
export interface StoreExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: IsoDate;
  practiceSessions: PracticeSessionRow[];
  reviews: ReviewRow[];
  assessments: AssessmentRow[];
  diaryEntries: DiaryEntryRow[];
  /** Each ladder with its steps. */
  ladders: LadderRow[];
  worksheets: WorksheetRow[];
}

export interface OwnerScope {
  /** Only this owner's rows (default: all). */
  owner?: string;
}

export type StoreBackend = 'sqlite' | 'postgres';

export interface Store {
  readonly backend: StoreBackend;
  readonly practiceSessions: Collection<PracticeSessionNew, PracticeSessionRow, PracticeSessionFilter>;
  readonly reviews: ReviewCollection;
  readonly assessments: AssessmentCollection;
  readonly diaryEntries: DiaryCollection;
  readonly ladders: LadderCollection;
  readonly ladderSteps: LadderSteps;
  readonly worksheets: WorksheetCollection;
  /** One consistent snapshot of everything (read in one transaction). */
  exportAll(scope?: OwnerScope): Promise<StoreExport>;
  /** Deletes every row of every kind (one transaction); the schema stays. */
  deleteAll(scope?: OwnerScope): Promise<void>;
  /** Closes the database; the store is unusable afterwards. */
  close(): Promise<void>;
}

export interface StoreConfig {
  /** Folder for the SQLite file `attune.db` (created when missing); unused with `databaseUrl`. */
  dataDir: string;
  /** A PostgreSQL connection string; when set the store is PostgreSQL. */
  databaseUrl?: string;
}
