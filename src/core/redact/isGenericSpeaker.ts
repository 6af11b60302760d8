// Words of speaker labels that name a role, not a person: they stay in a redacted transcript.
const ROLE_WORDS = new Set([
  'therapist', 'counsellor', 'counselor', 'clinician', 'interviewer', 'interviewee', 'psychologist', 'psychotherapist', 'psychiatrist',
  'practitioner', 'provider', 'doctor', 'supporter', 'co-therapist', 'cotherapist', 'client', 'patient', 'seeker', 'speaker', 'participant',
  'other', 'interpreter', 'translator', 'parent', 'mother', 'father', 'mum', 'mom', 'dad', 'partner', 'spouse', 'husband', 'wife', 'son',
  'daughter', 'family', 'member', 'carer', 'caregiver', 'guardian', 'friend', 'observer', 'facilitator', 'moderator', 'host', 'coach',
  'nurse', 'supervisor', 'trainee', 'student', 'social', 'worker', 'user', 'assistant', 'unknown', 'person', 'caller', 'agent', 'group',
  'mentor', 'researcher', 'staff', 'advisor', 'adviser', 'volunteer', 'listener', 'helper', 'bot', 'ai', 'system', 'narrator', 'voice', 'male', 'female', 'adult', 'child', 'teen', 'youth', 'man', 'woman', 'couple', 'all', 'both',
  'th', 'cl', 'pt', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof',
]);

/** The words of a label that could be a person's name ("Lee" in "Dr Lee (therapist)"), with offsets. */
export function nameWordsOfLabel(label: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const m of label.matchAll(/\p{L}[\p{L}\p{M}'’.\-]*/gu)) {
    const word = m[0].replace(/[.'’\-]+$/, '');
    const lower = word.toLowerCase();
    // One letter ("T", "C", "Speaker B") and role words are labels, not names.
    if (word.length < 2 || ROLE_WORDS.has(lower)) continue;
    out.push({ word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Whether a speaker label names only a role ("Therapist", "T", "Client 2", "Speaker B"), not a person. */
export function isGenericSpeaker(label: string): boolean {
  return nameWordsOfLabel(label).length === 0;
}
