import type { PracticeSession, SessionSummary, StateValues, TurnFeedback, FiredRule, SessionEnding } from '../../core/practice/practiceTypes.js';
import { otherSpeaker, learnerSpeaker } from '../../core/practice/sessionTranscript.js';
import type { Speaker } from '../../core/types.js';
import { analysisRecord } from '../analysisRecord.js';
import { speakerNames } from './speakerNames.js';

/** Who voiced the other person's line: the scenario's script, or a language model standing in for it. */
export type LineVoice = 'script' | 'model';

export const PRACTICE_FORMAT = 'attune-practice/1';

interface EntryBase {
  /** Position in the conversation, from 0 (the opening line). */
  index: number;
  /** The learner's turn number this entry belongs to (0 for the opening). */
  turn: number;
  speaker: 'learner' | 'other';
  /** The analysis core's speaker (therapist, client or person). */
  role: Speaker;
  /** The label in the saved transcript. */
  name: string;
  text: string;
  /** The state after this entry; every scenario's state has `rapport` (0..100). */
  state: StateValues;
}

export interface LearnerEntry extends EntryBase {
  speaker: 'learner';
  analysis: Record<string, unknown>;
  fired: FiredRule[];
  /** What the reply changed (variables it left alone are absent). */
  stateChange: StateValues;
  feedback: TurnFeedback;
}

export interface OtherEntry extends EntryBase {
  speaker: 'other';
  /** The line group, ending id or `opening` the script drew the line from. */
  lineFrom: string;
  voice: LineVoice;
  /** Set on the closing line of a session that ended. */
  ended: SessionEnding | null;
}

export interface PracticeRecord {
  format: typeof PRACTICE_FORMAT;
  scenario: { id: string; title: string; role: PracticeSession['scenario']['role']; level: number; skills: string[]; persona: string };
  seed: number;
  speakers: { learner: string; other: string };
  turns: Array<LearnerEntry | OtherEntry>;
  ending: SessionEnding | null;
  /** Replies given that were not used because the session ended first (scripted runs). */
  unusedReplies: number;
  summary: SessionSummary;
}

/**
 * The stable JSON shape of a practice session, as `attune practice --replies FILE --json` prints it
 * (docs/practice-output.md): the opening line, then each reply with its analysis, fired rules,
 * feedback and state, and each answer with its state, then the summary. Nothing in it depends on the
 * clock or the machine, so the same scenario, seed and replies give the same record.
 */
export function practiceRecord(
  session: PracticeSession,
  summary: SessionSummary,
  extras: { voices?: readonly LineVoice[]; unusedReplies?: number } = {},
): PracticeRecord {
  const { scenario } = session;
  const names = speakerNames(scenario.role, scenario.persona.name);
  const voice = (i: number): LineVoice => extras.voices?.[i] ?? 'script';
  const initial: StateValues = Object.fromEntries(Object.entries(scenario.state).map(([k, v]) => [k, v.initial]));
  const turns: Array<LearnerEntry | OtherEntry> = [
    { index: 0, turn: 0, speaker: 'other', role: otherSpeaker(scenario.role), name: names.other, text: session.opening, state: initial, lineFrom: 'opening', voice: voice(0), ended: null },
  ];
  for (const t of session.turns) {
    turns.push({
      index: turns.length,
      turn: t.turn,
      speaker: 'learner',
      role: learnerSpeaker(scenario.role),
      name: names.learner,
      text: t.reply,
      state: t.state.after,
      analysis: analysisRecord(t.analysis),
      fired: t.fired,
      stateChange: t.state.change,
      feedback: t.feedback,
    });
    turns.push({
      index: turns.length,
      turn: t.turn,
      speaker: 'other',
      role: otherSpeaker(scenario.role),
      name: names.other,
      text: t.line,
      state: t.state.after,
      lineFrom: t.lineFrom,
      voice: voice(t.turn),
      ended: t.ended,
    });
  }
  return {
    format: PRACTICE_FORMAT,
    scenario: { id: scenario.id, title: scenario.title, role: scenario.role, level: scenario.level, skills: [...scenario.skills], persona: scenario.persona.name },
    seed: session.seed,
    speakers: names,
    turns,
    ending: session.ending,
    unusedReplies: extras.unusedReplies ?? 0,
    summary,
  };
}
