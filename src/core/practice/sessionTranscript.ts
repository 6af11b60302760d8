import type { Speaker } from '../types.js';
import type { PracticeSession, TranscriptLine } from './practiceTypes.js';
import type { LearnerRole } from './scenario.js';

/** The learner's speaker label for the analysis core. */
export const learnerSpeaker = (role: LearnerRole): Speaker => role;
/** The simulated person's: a therapist talks with a client, a person with another person. */
export const otherSpeaker = (role: LearnerRole): Speaker => (role === 'therapist' ? 'client' : 'person');

/**
 * The session as a transcript, oldest first: the opening line, then each reply and its answer. This is
 * what the analysis reads as context, what a language model voicing the person would see, and what a
 * saved session holds for `attune review`.
 */
export function sessionTranscript(session: PracticeSession): TranscriptLine[] {
  const role = session.scenario.role;
  const out: TranscriptLine[] = [{ speaker: otherSpeaker(role), text: session.opening }];
  for (const t of session.turns) {
    out.push({ speaker: learnerSpeaker(role), text: t.reply });
    out.push({ speaker: otherSpeaker(role), text: t.line });
  }
  return out;
}
