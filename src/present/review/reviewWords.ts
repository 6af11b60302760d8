import type { FocusShift, Rating, Role, RoleAssignment, RuptureKind, SafetyFlag, SafetyKind, StructureKind, StructureMoment } from '../../core/review/reviewTypes.js';
import type { ClientTalk, MiBehaviour, Quadrant, Stance, Style } from '../../core/types.js';

/**
 * Plain words for the report's codes, shared by every output so the terminal, CSV and HTML say the
 * same thing the same way.
 */

/** Turn numbers shown to people count from 1; `index` in the JSON counts from 0. */
export const turnNumber = (index: number): number => index + 1;
export const turnLabel = (index: number): string => `turn ${turnNumber(index)}`;

export const SAFETY_WORDS: Record<SafetyKind, string> = { suicide: 'suicide', self_harm: 'self-harm', harm_to_others: 'harm to others' };
export const SAFETY_NOTE = "Follow your own safety protocol, or contact local emergency services.";
export const JUDGEMENT_NOTE = 'attune supports clinical judgement; it does not replace it.';

/** A safety flag's kind, noting a denial (still flagged: the risk was talked about). */
export const safetyWords = (f: Pick<SafetyFlag, 'kind' | 'denied'>): string => `${SAFETY_WORDS[f.kind]}${f.denied ? ' (denied)' : ''}`;

export const RUPTURE_WORDS: Record<RuptureKind, string> = { withdrawal: 'withdrawal', confrontation: 'confrontation' };
export const FOCUS_WORDS: Record<FocusShift['kind'], string> = {
  client_caretaking: 'client looks after the therapist',
  therapist_self_disclosure: 'therapist self-disclosure',
};
export const STRUCTURE_WORDS: Record<StructureKind, string> = {
  goal_setting: 'goal setting', agenda: 'agenda', boundary: 'boundary', process_transparency: 'talk about the process',
  closing_summary: 'closing summary', termination: 'ending',
};
/** A structure moment's kind, saying for goal setting whether the client helped define the goal. */
export const structureWords = (m: Pick<StructureMoment, 'kind' | 'collaborative'>): string =>
  `${STRUCTURE_WORDS[m.kind]}${m.collaborative === true ? ' (collaborative)' : m.collaborative === false ? ' (therapist-led)' : ''}`;

export const QUADRANT_WORDS: Record<Quadrant, string> = {
  attuned_and_clear: 'attuned and clear', warm_but_drifting: 'warm but drifting', directive_but_distant: 'directive but distant', disengaged: 'disengaged',
};
export const STANCE_WORDS: Record<Stance, string> = { none: 'following', assertive: 'assertive', aggressive: 'aggressive', passive: 'passive' };
export const STYLE_WORDS: Record<Style, string> = {
  passive: 'passive', assertive: 'assertive', aggressive: 'aggressive', passive_aggressive: 'passive-aggressive', neutral: 'neutral',
};
export const TALK_WORDS: Record<ClientTalk, string> = { change: 'change talk', neutral: 'neutral', sustain: 'sustain talk' };
export const MI_WORDS: Record<MiBehaviour, string> = { reflection: 'reflection', question: 'question', therapist_input: 'input', other: 'other' };
export const RATING_WORDS: Record<Rating, string> = { below_fair: 'below fair', fair: 'fair', good: 'good' };
export const MECHANISM_WORDS = { er: 'emotional reactions', ip: 'interpretations', ex: 'explorations' } as const;
export const LEVEL_WORDS = ['none', 'weak', 'strong'] as const;
export const ROLE_WORDS: Record<Role, string> = { therapist: 'therapist', client: 'client', other: 'other' };

/** MITI 4.2.1 proficiency thresholds (Moyers et al., 2016), as shown beside the scores. */
export const MITI_THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 40, good: 50 },
} as const;

/** How the roles were decided, in one sentence. */
export function rolesSentence(r: RoleAssignment): string {
  const how = r.source === 'flags' ? 'named on the command line' : r.source === 'file' ? 'stated in the file' : 'inferred from how each speaker talks';
  const who = Object.entries(r.roles).map(([speaker, role]) => `${speaker} = ${ROLE_WORDS[role]}`).join(', ');
  return `Roles ${how}: ${who || 'no speakers'}.`;
}

/** The evidence behind inferred roles, per speaker, in a short phrase. */
export function roleEvidencePhrase(e: RoleAssignment['evidence'][number]): string {
  return `${e.speaker}: ${e.turns} turns, ${e.questions} questions, ${e.reflections} reflections, ${Math.round(e.share * 100)}% of the words`;
}

export const percent = (share: number): string => `${Math.round(share * 100)}%`;
/** A score or an em dash where it is undefined (no questions, no reflections). */
export const orDash = (v: number | null, digits = 1): string => (v === null ? '—' : v.toFixed(digits));
