import type { PracticeSession, PracticeTurn, SessionEnding, StateValues } from '../core/practice/practiceTypes.js';
import type { Scenario } from '../core/practice/scenario.js';
import type { LineVoice } from '../present/practice/practiceRecord.js';
import type { SpeakerNames } from '../present/practice/speakerNames.js';

/** What a voice needs to say the simulated person's next line. */
export interface VoiceRequest {
  scenario: Scenario;
  /**
   * The session as the engine left it: for the opening, just started; for an answer, holding the turn
   * just taken with the script's line as `turn.line` (what llm/voiceContext.ts reads).
   */
  session: PracticeSession;
  names: SpeakerNames;
  /** The conversation so far, oldest first, ending with the learner's latest reply (empty before the opening). */
  conversation: Array<{ who: 'learner' | 'other'; text: string }>;
  /** The person's state after the learner's reply (rapport 0..100 and the scenario's own variables). */
  state: StateValues;
  /** The turn just taken; null for the opening line. */
  turn: PracticeTurn | null;
  /** The scenario's own line for this moment: what a voice that cannot answer says instead. */
  scripted: string;
  /** Set when this is the closing line of a session that ended. */
  ended: SessionEnding | null;
}

export interface VoicedLine {
  text: string;
  voice: LineVoice;
  /**
   * A message for the learner, e.g. that the model did not answer and the scripted lines carry on.
   * The session shows each distinct notice once.
   */
  notice?: string;
}

/**
 * Who speaks the simulated person's lines: a function the command can swap (the scripted lines by
 * default; a language-model client can stand in, still driven by the scenario's state). A streaming
 * voice passes pieces of a model's line to `onText` as they arrive and resolves with the whole line
 * (`voice: 'model'`); when it falls back to the script (`voice: 'script'`) the terminal prints that
 * line whole, ending any pieces shown first. A voice should not throw: on failure it returns the
 * scripted line with a notice (a throw is treated the same way).
 */
export type PracticeVoice = (request: VoiceRequest, onText?: (piece: string) => void) => Promise<VoicedLine>;

/** The scenario's own lines, chosen by the engine with the session's seed: replays exactly. */
export const scriptedVoice: PracticeVoice = (request) => Promise.resolve({ text: request.scripted, voice: 'script' });
