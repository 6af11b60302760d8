/**
 * The context a voice needs, taken from a practice session: for the opening line, and for the answer
 * to a turn (the practice command builds the same shape itself, as its VoiceRequest). The conversation
 * is read from the session (`opening`, each turn's `reply` and `line`), so a command that shows voiced
 * lines keeps them there for the next context, and the analysis, to hold what the learner read.
 */
import type { PracticeSession, PracticeTurn } from '../core/practice/practiceTypes.js';
import type { VoiceContext, VoiceLine } from './personaPrompt.js';

/** The opening: no conversation yet, the engine's opening line as guidance. */
export function openingVoiceContext(session: PracticeSession): VoiceContext {
  const initial: Record<string, number> = {};
  for (const [name, v] of Object.entries(session.scenario.state)) initial[name] = v.initial;
  return { scenario: session.scenario, state: initial, conversation: [], scripted: session.opening, ended: null };
}

/**
 * The answer to `turn`: `session` holds it (takeTurn's result). The conversation runs to the learner's
 * reply in that turn; the engine's answer (`turn.line`) is the guidance.
 */
export function turnVoiceContext(session: PracticeSession, turn: PracticeTurn): VoiceContext {
  const conversation: VoiceLine[] = [{ who: 'other', text: session.opening }];
  for (const t of session.turns) {
    if (t.turn > turn.turn) break;
    conversation.push({ who: 'learner', text: t.reply });
    if (t.turn < turn.turn) conversation.push({ who: 'other', text: t.line });
  }
  return {
    scenario: session.scenario,
    state: turn.state.after,
    conversation,
    scripted: turn.line,
    ended: turn.ended ? { outcome: turn.ended.outcome } : null,
  };
}
