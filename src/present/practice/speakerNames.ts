import type { LearnerRole } from '../../core/practice/scenario.js';

export interface SpeakerNames {
  /** The learner's label in the transcript and at the prompt. */
  learner: string;
  /** The other person's label in the transcript. */
  other: string;
  /** The other person as the terminal names them: the persona's name. */
  otherName: string;
}

/**
 * The labels a practice transcript uses: `Therapist:` and `Client:` when the learner plays the
 * therapist (so `attune review` knows the roles from the file), `Me:` and the persona's name when
 * a person practises with another person. A colon or control character in the name would break the
 * label, so they become spaces.
 */
export function speakerNames(role: LearnerRole, personaName: string): SpeakerNames {
  const name = personaName.replace(/[:：\u0000-\u001F\u007F-\u009F]/g, ' ').replace(/\s+/g, ' ').trim();
  // A persona called "Me" would make both speakers one.
  const otherName = name && name.toLowerCase() !== 'me' ? name : 'Other';
  if (role === 'therapist') return { learner: 'Therapist', other: 'Client', otherName };
  return { learner: 'Me', other: otherName, otherName };
}
