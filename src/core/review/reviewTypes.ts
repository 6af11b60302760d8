/**
 * The vocabulary of transcript review: a transcript as read from a file, and the session report built
 * from it. Everything here is plain data (JSON-serialisable); `docs/review-output.md` documents the
 * report's fields.
 */
import type { Problem } from '../problem.js';
import type { ClientTalk, MiBehaviour, Quadrant, Span, Stance, Style, UtteranceAnalysis } from '../types.js';

export const ROLES = ['therapist', 'client', 'other'] as const;
/** What a speaker is in the session; `other` covers a third person (interpreter, family member). */
export type Role = (typeof ROLES)[number];

export const TRANSCRIPT_FORMATS = ['text', 'vtt', 'srt', 'csv', 'json', 'annomi'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/** One turn as read from a file: who spoke, what, and when if the file says. */
export interface TranscriptTurn {
  /** The speaker as the file names them ("Therapist", "T", "Dr Lee"), trimmed. */
  speaker: string;
  text: string;
  /** Seconds from the start of the recording, when the file has times. */
  start?: number;
  end?: number;
  /** 1-based line in the source file where the turn begins (for messages and links back). */
  line: number;
}

/** A session read from one file (an AnnoMI CSV may hold several sessions). */
export interface Transcript {
  /** The file name, with `#<transcript id>` when one file held several sessions. */
  id: string;
  format: TranscriptFormat;
  turns: TranscriptTurn[];
  /** Roles the file itself states (an AnnoMI `interlocutor` column, a `role` field, "Therapist:" prefixes). */
  statedRoles: Record<string, Role>;
  /** Things the reader fixed or skipped (stray markup, unparseable cue): data, worded at the edge. */
  warnings: Problem[];
}

/** How each speaker's role was decided, stated in the report. */
export interface RoleAssignment {
  /** Every speaker of the transcript, by name as in `TranscriptTurn.speaker`. */
  roles: Record<string, Role>;
  /** `flags`: named by the user; `file`: stated by the file; `inferred`: from how each speaker talks. */
  source: 'flags' | 'file' | 'inferred';
  /** Per speaker, what the inference looked at; empty when the roles were named or stated (nothing inferred). */
  evidence: Array<{
    speaker: string;
    turns: number;
    questions: number;
    reflections: number;
    share: number;
    /** Turns analysed for `questions`, `reflections` and `share` (a spread sample when fewer than `turns`). */
    analysed?: number;
    /** 0..1: second-person words ("you", "your") among the speaker's person pronouns, smoothed (add-one). */
    secondPersonShare?: number;
  }>;
}

export type Rating = 'below_fair' | 'fair' | 'good';

/** MITI 4.2.1 behaviour counts and summary scores (Moyers et al., 2016); null where undefined (no questions…). */
export interface MitiSummary {
  counts: Record<MiBehaviour, number>;
  simpleReflections: number;
  complexReflections: number;
  openQuestions: number;
  closedQuestions: number;
  /** Reflections / questions. Fair 1:1, good 2:1. */
  reflectionToQuestion: number | null;
  /** 0..100: complex / all reflections. Fair 40, good 50. */
  percentComplexReflections: number | null;
  /** 0..100: open / all questions (MITI 4 sets no threshold; shown without a rating). */
  percentOpenQuestions: number | null;
  ratings: { reflectionToQuestion: Rating | null; percentComplexReflections: Rating | null };
}

export type RuptureKind = 'withdrawal' | 'confrontation';
export interface Rupture {
  kind: RuptureKind;
  /** Index into `ReviewReport.turns` of the client turn that shows it. */
  turn: number;
  /** The cue that showed it ("minimal answer", "complaint about the therapy", …) and where. */
  cues: Array<Span & { cue: string; text: string }>;
  /** Whether the therapist's next turns repaired it, and how. */
  repaired: boolean;
  repair: null | { turn: number; moves: string[] };
}

export interface FocusShift {
  kind: 'client_caretaking' | 'therapist_self_disclosure';
  turn: number;
  cues: Array<Span & { cue: string; text: string }>;
  /** Whether the therapist brought the focus back to the client, and in which turn. */
  refocused: boolean;
  refocusTurn: number | null;
}

export type StructureKind = 'goal_setting' | 'agenda' | 'boundary' | 'process_transparency' | 'closing_summary' | 'termination';
export interface StructureMoment {
  kind: StructureKind;
  turn: number;
  cues: Array<Span & { cue: string; text: string }>;
  /** goal_setting only: whether the client helped define the goal (stated one of their own close by). */
  collaborative?: boolean;
}

export type SafetyKind = 'suicide' | 'self_harm' | 'harm_to_others';
export interface SafetyFlag {
  kind: SafetyKind;
  turn: number;
  cues: Array<Span & { cue: string; text: string }>;
  /** True when every cue is a denial ("I'd never hurt myself", a plain "No" to a risk question): still flagged, as risk was discussed. */
  denied?: boolean;
}

export interface Highlight {
  turn: number;
  /** Why this turn was picked, in plain words (built from its codes). */
  reason: string;
  /** For problematic turns: a concrete alternative phrasing. */
  alternative?: string;
}

export interface ReviewTurn {
  index: number;
  speaker: string;
  role: Role;
  text: string;
  start?: number;
  end?: number;
  line: number;
  analysis: UtteranceAnalysis;
}

export interface SessionSummary {
  turns: number;
  therapistTurns: number;
  clientTurns: number;
  /** Seconds, when the file has times. */
  durationSeconds: number | null;
  miti: MitiSummary;
  /** MITI fields repeated at the top level, as the report's consumers expect them. */
  reflectionToQuestion: number | null;
  percentComplexReflections: number | null;
  percentOpenQuestions: number | null;
  /** Mean EPITOME levels (0..2) over therapist turns. */
  empathy: { er: number; ip: number; ex: number; mean: number };
  /** Share (0..1) of therapist turns per stance. */
  stanceShares: Record<Stance, number>;
  /** Share (0..1) of therapist turns per balance quadrant. */
  quadrantShares: Record<Quadrant, number>;
  /** Share (0..1) of client turns per style and per talk type. */
  clientStyleShares: Record<Style, number>;
  clientTalkShares: Record<ClientTalk, number>;
  /** Therapist words / all words: how much of the talking the therapist does. */
  therapistTalkShare: number | null;
}

export interface ReviewReport {
  /** Format tag of this JSON object. */
  format: 'attune-review/1';
  source: { id: string; format: TranscriptFormat };
  roles: RoleAssignment;
  /** Safety first: flagged client turns, an empty array when there are none. */
  safety: SafetyFlag[];
  summary: SessionSummary;
  turns: ReviewTurn[];
  ruptures: Rupture[];
  focus: FocusShift[];
  structure: StructureMoment[];
  highlights: { empathic: Highlight[]; balanced: Highlight[]; problematic: Highlight[] };
  /** What to practise next, in plain words, derived from the weakest parts of the report. */
  practiseNext: string[];
  warnings: Problem[];
  redacted: boolean;
}
