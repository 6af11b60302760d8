/**
 * The vocabulary of a practice session: plain, JSON-serialisable data, so a session can be saved,
 * printed as JSON (`attune practice --json`) or replayed.
 */
import type { Marker, Quadrant, Speaker, UtteranceAnalysis } from '../types.js';
import type { Outcome, Scenario } from './scenario.js';
import type { Skill } from './skills.js';

export type StateValues = Record<string, number>;

/** A rule that fired on a reply, and what it did to the state. */
export interface FiredRule {
  id: string;
  /** How the simulated person took it (the rule's `note`). */
  note?: string;
  /** What this rule changed, after clamping to each variable's range (variables it left alone are absent). */
  change: StateValues;
  shows: Skill[];
  misses: Skill[];
}

/** One piece of what a reply did, with the words that carried it. */
export interface FeedbackEvidence {
  aspect: 'empathy' | 'style' | 'stance' | 'marker' | 'mi' | 'balance';
  /** Stable id: an EPITOME mechanism (er, ip, ex), a style or stance, a marker kind, an MI code, a quadrant. */
  kind: string;
  /** Plain words, e.g. "interpretation (strong)", "I statement". */
  label: string;
  /** Whether it helps the balance, loses it, or neither. */
  tone: 'good' | 'off' | 'neutral';
  /** The words of the reply that carried it (may be empty, e.g. for a model-read style). */
  words: string[];
}

/** The one concrete suggestion after a turn. */
export interface Suggestion {
  /** What kind of change: a skill id, or the suggester's kind ("i_statement", "reflection", …). */
  kind: string;
  advice: string;
  /** A model sentence, built from the learner's own words where the suggester could. */
  example: string | null;
  /** Where it came from: the scenario's rule, the rewrite suggester, or the skill catalogue. */
  source: 'scenario' | 'suggester' | 'skill';
}

export interface TurnFeedback {
  /** What the reply did: empathy mechanisms, style or stance, markers, counselling behaviour, balance. */
  did: FeedbackEvidence[];
  /** How the other person took it (the notes of the rules that fired). */
  reaction: string[];
  /** Positive reinforcement: what went well, naming the words. Empty when nothing did. */
  wentWell: string[];
  suggestion: Suggestion | null;
}

export interface SessionEnding {
  /** The ending's id, or `out_of_turns` when the turn limit ended the session. */
  id: string;
  outcome: Outcome;
  message: string;
}

/** One learner turn and everything it led to. */
export interface PracticeTurn {
  /** From 1. */
  turn: number;
  reply: string;
  analysis: UtteranceAnalysis;
  fired: FiredRule[];
  state: { before: StateValues; after: StateValues; change: StateValues };
  /** The simulated person's answer (their closing line when the session ended). */
  line: string;
  /** The line group (or ending) the answer was drawn from. */
  lineFrom: string;
  feedback: TurnFeedback;
  ended: SessionEnding | null;
}

export interface PracticeSession {
  scenario: Scenario;
  seed: number;
  /** The simulated person's first line. */
  opening: string;
  state: StateValues;
  turns: PracticeTurn[];
  ending: SessionEnding | null;
}

/** A suggested rewrite of a reply (see src/core/suggest/suggestAlternative.ts). */
export type Suggester = (
  analysis: UtteranceAnalysis,
  /** The simulated person's last line, with its style markers (to find a feeling by its span). */
  previous: { text: string; markers?: readonly Marker[] } | null,
) => { kind: string; advice: string; example: string | null } | null;

export interface SkillRecord {
  skill: Skill;
  label: string;
  /** Turns where a rule showing the skill fired. */
  shown: number;
  /** Turns where a rule naming it as missed fired. */
  missed: number;
  /** reliable: shown at least twice and at least twice as often as missed; emerging: shown, not yet reliably. */
  status: 'reliable' | 'emerging' | 'missed';
}

export interface NextScenario {
  action: 'advance' | 'repeat' | 'step_back';
  /** null at the top (or bottom) of the ladder with nothing else to offer. */
  scenarioId: string | null;
  title: string | null;
  level: number | null;
  /** Why, in a sentence. */
  reason: string;
  /** The skills to work on next. */
  focus: Skill[];
}

export interface BalancePoint {
  turn: number;
  empathy: number;
  assertiveness: number;
  quadrant: Quadrant;
  offBalance: 'aggressive' | 'passive' | null;
}

export interface SessionSummary {
  scenarioId: string;
  title: string;
  role: Scenario['role'];
  level: number;
  /** null while the session is still open. */
  ending: SessionEnding | null;
  turns: number;
  /** Each state variable at the start, the end and its extremes. */
  state: Record<string, { start: number; end: number; min: number; max: number }>;
  scores: {
    /** Mean balance empathy (0..1) and assertiveness (-1..1) over the learner's replies. */
    empathy: number;
    assertiveness: number;
    /** Mean EPITOME level per mechanism (0..2). */
    mechanisms: { er: number; ip: number; ex: number };
    /** Replies in each quadrant. */
    quadrants: Record<Quadrant, number>;
    offBalance: { aggressive: number; passive: number };
    /** Therapist sessions: MITI-style counts (primer §2). */
    mi?: { reflections: number; questions: number; complexReflections: number; reflectionToQuestion: number | null; percentComplex: number | null };
  };
  balancePath: BalancePoint[];
  skills: SkillRecord[];
  next: NextScenario | null;
  /** The scenario's debrief notes, the outcome's note first. */
  debrief: string[];
}

/** A turn of the session as a transcript line (what `attune review` and a language model read). */
export interface TranscriptLine {
  speaker: Speaker;
  text: string;
}
