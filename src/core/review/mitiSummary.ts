import { MI_BEHAVIOURS, type MiBehaviour, type MiCoding } from '../types.js';
import type { MitiSummary, Rating } from './reviewTypes.js';

/**
 * MITI 4.2.1 proficiency thresholds (Moyers, Manuel & Ernst, 2014/2016, "Motivational Interviewing
 * Treatment Integrity Coding Manual 4.2.1"; domain primer §2), set by expert opinion for ~20-minute
 * segments. MITI 4 sets no threshold for percent open questions.
 */
export const MITI_THRESHOLDS = {
  reflectionToQuestion: { fair: 1, good: 2 },
  percentComplexReflections: { fair: 40, good: 50 },
} as const;

const rate = (value: number, t: { fair: number; good: number }): Rating => (value >= t.good ? 'good' : value >= t.fair ? 'fair' : 'below_fair');
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Behaviour counts and summary scores from the MI codes of the therapist's turns (turns without a code
 * are skipped).
 * - reflectionToQuestion: reflections / questions, 0..∞ (two decimals); null without questions. A
 *   session with reflections and no question at all is still rated `good` (it exceeds 2:1), with the
 *   ratio null because it has no finite value.
 * - percentComplexReflections: 0..100 (one decimal), complex / all reflections; null without reflections.
 * - percentOpenQuestions: 0..100 (one decimal), open / all questions; null without questions; no rating.
 * Ratings compare the unrounded values with MITI_THRESHOLDS.
 */
export function mitiSummary(codes: Iterable<MiCoding | undefined>): MitiSummary {
  const counts = Object.fromEntries(MI_BEHAVIOURS.map((b) => [b, 0])) as Record<MiBehaviour, number>;
  let simple = 0;
  let complex = 0;
  let open = 0;
  let closed = 0;
  for (const mi of codes) {
    if (!mi) continue;
    counts[mi.behaviour]++;
    if (mi.behaviour === 'reflection') {
      if (mi.reflection === 'complex') complex++;
      else simple++; // a reflection without a subtype counts as simple: complex must be shown
    } else if (mi.behaviour === 'question') {
      if (mi.question === 'open') open++;
      else closed++;
    }
  }
  const reflections = counts.reflection;
  const questions = counts.question;
  const rq = questions > 0 ? reflections / questions : null;
  const cr = reflections > 0 ? (100 * complex) / reflections : null;
  const oq = questions > 0 ? (100 * open) / questions : null;
  let rqRating: Rating | null = rq === null ? null : rate(rq, MITI_THRESHOLDS.reflectionToQuestion);
  if (rq === null && reflections > 0) rqRating = 'good';
  return {
    counts,
    simpleReflections: simple,
    complexReflections: complex,
    openQuestions: open,
    closedQuestions: closed,
    reflectionToQuestion: rq === null ? null : round(rq, 2),
    percentComplexReflections: cr === null ? null : round(cr, 1),
    percentOpenQuestions: oq === null ? null : round(oq, 1),
    ratings: {
      reflectionToQuestion: rqRating,
      percentComplexReflections: cr === null ? null : rate(cr, MITI_THRESHOLDS.percentComplexReflections),
    },
  };
}
