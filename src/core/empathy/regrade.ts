import type { EmpathyLevel, EmpathyMechanism, Rationale } from '../types.js';

/** Keeps the evidence levels of a re-graded mechanism consistent with it: none above it, the strongest at it. */
export function regrade(rationales: readonly Rationale[], m: EmpathyMechanism, level: EmpathyLevel): Rationale[] {
  let strongest = -1;
  rationales.forEach((r, i) => {
    if (r.mechanism === m && (strongest < 0 || r.level > rationales[strongest].level)) strongest = i;
  });
  return rationales.map((r, i) => (r.mechanism !== m ? r : { ...r, level: i === strongest ? level : (Math.min(r.level, level) as EmpathyLevel) }));
}
