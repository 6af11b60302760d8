import type { PracticeSession } from '../../core/practice/practiceTypes.js';
import { speakerNames } from './speakerNames.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A practice session as a plain-text transcript that `attune review` reads: one line per turn,
 * `Therapist:`/`Client:` (or `Me:`/persona name) then the words, oldest first: the opening line, then
 * each reply and its answer. Line breaks inside a turn become spaces, so every turn stays on its
 * labelled line. (Built from the turns, not from the speaker roles: in a person scenario both sides
 * are the analysis core's `person`.)
 */
export function practiceTranscriptText(session: PracticeSession): string {
  const names = speakerNames(session.scenario.role, session.scenario.persona.name);
  const lines = [`${names.other}: ${oneLine(session.opening)}`];
  for (const t of session.turns) lines.push(`${names.learner}: ${oneLine(t.reply)}`, `${names.other}: ${oneLine(t.line)}`);
  return `${lines.join('\n')}\n`;
}
