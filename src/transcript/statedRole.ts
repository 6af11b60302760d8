import type { Role } from '../core/review/reviewTypes.js';

// Generic labels that state a role. Everything else (a person's name) states none: roles are then
// inferred from how each speaker talks, by the review.
const LABELS: Record<string, Role> = {};
const add = (role: Role, words: string[]) => words.forEach((w) => (LABELS[w] = role));
add('therapist', [
  'therapist', 'counsellor', 'counselor', 'clinician', 'interviewer', 'psychologist', 'psychotherapist',
  'psychiatrist', 'practitioner', 'provider', 'doctor', 'supporter', 'co-therapist', 'cotherapist', 't', 'th',
]);
add('client', ['client', 'patient', 'interviewee', 'seeker', 'c', 'cl', 'pt']);
add('other', [
  'other', 'interpreter', 'translator', 'parent', 'mother', 'father', 'mum', 'mom', 'dad', 'partner', 'spouse',
  'husband', 'wife', 'family', 'family member', 'carer', 'caregiver', 'guardian', 'friend', 'observer',
]);

/**
 * The role a speaker label or a role field states ("Therapist", "T", "counselor", "Client 2",
 * "Patient A", "interpreter"), or undefined for a name ("Dr Lee", "Sam") or an unknown word.
 */
export function statedRole(label: string): Role | undefined {
  const key = label.trim().toLowerCase().replace(/[.:]+$/, '').replace(/\s+/g, ' ');
  const exact = LABELS[key];
  if (exact) return exact;
  // Numbered or lettered labels: "Therapist 1", "Client A", "client2". Not for one-letter labels ("T 1").
  const stem = /^(.{2,}?)\s*(?:\d+|\s[a-z])$/.exec(key)?.[1];
  return stem !== undefined ? LABELS[stem] : undefined;
}
