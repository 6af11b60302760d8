import type { EmpathyMechanism } from '../types.js';

/**
 * How analyzeEmpathy reads each kind of the `empathy-cues` lexicon. The words live in the lexicon;
 * this table says what the code does with a match where a regex alone cannot decide:
 * - `fixed`: the entry's level as is (also the default for kinds added to the lexicon later);
 * - `frame`: an interpretation or invitation whose level (1 weak, 2 strong) depends on how specific
 *   the rest of its sentence is;
 * - `reflection`: a statement counted only when it opens its sentence and is not a question or advice;
 * - `openQuestion` / `closedQuestion`: counted only when they open a clause of a sentence ending in "?";
 *   a closed question must be about the other person;
 * - `guard`: level-0 entries that cancel cues of the listed mechanisms in their sentence;
 * - `feeling`: level-0 feeling words, read as evidence of specificity.
 */
export type CueRole = 'fixed' | 'frame' | 'reflection' | 'openQuestion' | 'closedQuestion' | 'guard' | 'feeling';

export const CUE_ROLES: Readonly<Record<string, CueRole>> = {
  ip_frame: 'frame',
  ip_experience: 'frame',
  ip_meaning: 'frame',
  ip_reflection: 'reflection',
  ex_invite: 'frame',
  ex_feeling_question: 'frame',
  ex_question_open: 'openQuestion',
  ex_question_closed: 'closedQuestion',
  ex_logistics_guard: 'guard',
  sarcasm_guard: 'guard',
  ip_advice_guard: 'guard',
  feeling_word: 'feeling',
};

/** Which cues each guard cancels in its sentence: a mechanism, or `reflection` for sentence-opening statements only. */
export const GUARD_TARGETS: Readonly<Record<string, ReadonlyArray<EmpathyMechanism | 'reflection'>>> = {
  ex_logistics_guard: ['ex'],
  sarcasm_guard: ['er', 'ip'],
  ip_advice_guard: ['reflection'],
};

export function roleOf(kind: string, level: number): CueRole {
  return CUE_ROLES[kind] ?? (level === 0 ? 'guard' : 'fixed');
}
