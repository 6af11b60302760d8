import type { EmpathyLevel, EmpathyMechanism, Rationale } from '../types.js';
import type { CueScan } from './detectCues.js';

const ABOUT_THEM = /\b(?:you|your|yourself)\b/i;

/**
 * Evidence for a mechanism the model hears but no cue marked: the first sentence free of other
 * rationales and of guards for it that fits the mechanism (a question for an exploration, a statement
 * about the other person for an interpretation, a statement for an emotional reaction). Null when none
 * fits, and then the mechanism stays at 0: every level above 0 has its span.
 */
export function fallbackRationale(scan: CueScan, taken: readonly Rationale[], m: EmpathyMechanism, level: EmpathyLevel): Rationale | null {
  // Rationales come sorted by start and sentences in text order: one pointer walks both.
  let k = 0;
  let reach = -1;
  for (let i = 0; i < scan.sentences.length; i++) {
    const s = scan.sentences[i];
    while (k < taken.length && taken[k].start < s.end) reach = Math.max(reach, taken[k++].end);
    if (reach > s.start) continue;
    if (scan.guarded.get(i)?.has(m)) continue;
    const q = scan.questions[i];
    if (m === 'ex' ? !q : q) continue;
    if (m === 'ip' && !ABOUT_THEM.test(s.text)) continue;
    return { mechanism: m, level, cue: 'learned reading of the whole reply', start: s.start, end: s.end };
  }
  return null;
}
