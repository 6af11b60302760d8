/**
 * The vocabulary of the analysis core: what goes in, what comes out.
 * Offsets (`start`, `end`) are JavaScript string indices (UTF-16 code units) into the utterance's
 * `text`, end exclusive, so `text.slice(start, end)` is the evidence.
 */

export const SPEAKERS = ['therapist', 'client', 'person'] as const;
export type Speaker = (typeof SPEAKERS)[number];

export interface Turn {
  speaker: Speaker;
  text: string;
}

export interface UtteranceInput {
  id?: string;
  speaker: Speaker;
  text: string;
  /** Earlier turns, oldest first. */
  context?: Turn[];
}

export interface Span {
  start: number;
  end: number;
}

/** EPITOME mechanisms (Sharma et al., EMNLP 2020). */
export const EMPATHY_MECHANISMS = ['er', 'ip', 'ex'] as const;
export type EmpathyMechanism = (typeof EMPATHY_MECHANISMS)[number];
/** 0 none, 1 weak, 2 strong. */
export type EmpathyLevel = 0 | 1 | 2;

export interface Rationale extends Span {
  mechanism: EmpathyMechanism;
  /** The level this piece of evidence supports on its own. */
  level: EmpathyLevel;
  /** Why this span counts, e.g. "expresses sorrow". */
  cue: string;
}

export interface Empathy {
  er: EmpathyLevel;
  ip: EmpathyLevel;
  ex: EmpathyLevel;
  rationales: Rationale[];
}

export const STYLES = ['passive', 'assertive', 'aggressive', 'passive_aggressive', 'neutral'] as const;
export type Style = (typeof STYLES)[number];

export const STANCES = ['none', 'assertive', 'aggressive', 'passive'] as const;
export type Stance = (typeof STANCES)[number];

export const MI_BEHAVIOURS = ['reflection', 'question', 'therapist_input', 'other'] as const;
export type MiBehaviour = (typeof MI_BEHAVIOURS)[number];
export const REFLECTION_TYPES = ['simple', 'complex'] as const;
export type ReflectionType = (typeof REFLECTION_TYPES)[number];
export const QUESTION_TYPES = ['open', 'closed'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CLIENT_TALK = ['change', 'neutral', 'sustain'] as const;
export type ClientTalk = (typeof CLIENT_TALK)[number];

/**
 * A piece of evidence found in the text: a style marker ("hedge", "you_blame", …) or a stance
 * marker ("agenda", "permission", …). `kind` values are listed in the lexicon files.
 */
export interface Marker extends Span {
  kind: string;
  /** The style or stance this marker leans toward. */
  leaning: Style | Stance;
  text: string;
}

export interface MiCoding {
  behaviour: MiBehaviour;
  reflection: ReflectionType | null;
  question: QuestionType | null;
  /** Model probability of each behaviour, for explanation and thresholds downstream. */
  probabilities: Record<MiBehaviour, number>;
}

export interface TalkCoding {
  talk: ClientTalk;
  probabilities: Record<ClientTalk, number>;
}

export const QUADRANTS = ['attuned_and_clear', 'warm_but_drifting', 'directive_but_distant', 'disengaged'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface Balance {
  /** 0..1, from the three EPITOME mechanisms. */
  empathy: number;
  /** -1..1: negative = passive side, positive = clear direction; aggression is reported by `offBalance`. */
  assertiveness: number;
  quadrant: Quadrant;
  /** Plain words for the quadrant, e.g. "attuned and clear". */
  label: string;
  /** Set when the utterance loses the balance one of the two ways. */
  offBalance: 'aggressive' | 'passive' | null;
}

export interface UtteranceAnalysis {
  id?: string;
  speaker: Speaker;
  text: string;
  style: Style;
  styleScores: Record<Style, number>;
  markers: Marker[];
  empathy: Empathy;
  /** Therapist turns only. */
  stance?: Stance;
  stanceMarkers?: Marker[];
  /** Therapist turns only. */
  mi?: MiCoding;
  /** Client turns only. */
  talk?: ClientTalk;
  talkProbabilities?: Record<ClientTalk, number>;
  balance: Balance;
  /** Problems met while analysing (truncation, no letters, …): data, worded at the edge. */
  notes: AnalysisNote[];
}

export type AnalysisNoteCode = 'empty_text' | 'truncated' | 'no_letters' | 'control_characters_removed' | 'non_english';
export interface AnalysisNote {
  code: AnalysisNoteCode;
  detail?: string;
}
