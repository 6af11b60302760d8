import type { AssessmentJson, InstrumentDetail, InstrumentScore } from '../../shared/api/index.js';

type ScaleScore = InstrumentScore['scales'][number];

/** Who an instrument is for and what it asks about, in a line for its card (the files say what, not who). */
export const AUDIENCE: Readonly<Record<string, string>> = {
  'ipip-neo-e3-assertiveness': 'How readily you take charge and speak up.',
  'ipip-16pf-assertiveness': 'Assertiveness as the 16PF dominance factor describes it.',
  'ipip-bfas-compassion': 'How much you feel for others and care about their feelings.',
  cbi: 'For therapists and other helpers: personal, work-related and client-related burnout.',
};

/** The words every result page leads with. */
export const DESCRIBE_NOT_DIAGNOSE = 'Scores describe; they do not diagnose.';

/** "Assertiveness (IPIP-NEO facet E3)" → "assertiveness"; "Client-related burnout" → "client-related burnout". */
export function scaleName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*/g, ' ').trim().toLowerCase();
}

/** About how long a questionnaire takes (some 8 seconds an item, at least a minute). */
export function minutesFor(items: number): string {
  const m = Math.max(1, Math.round((items * 8) / 60));
  return `about ${m} minute${m === 1 ? '' : 's'}`;
}

/** A score as written on the page: whole numbers on 0–100 scales, two decimals on 1–5. */
export function formatScore(score: number, max: number): string {
  return max > 10 ? String(Math.round(score)) : score.toFixed(2);
}

/**
 * A scale's score in plain words: where it sits on the scale's own range (there are no norms here,
 * so nothing is said about other people) and which way is "more".
 */
export function scoreSentence(s: ScaleScore): string {
  if (s.score === null) return `No score: too few of its ${s.items} questions were answered.`;
  const name = scaleName(s.title);
  const mid = (s.min + s.max) / 2;
  const where = s.score >= mid + (s.max - s.min) * 0.25 ? 'towards the high end' : s.score <= mid - (s.max - s.min) * 0.25 ? 'towards the low end' : 'around the middle';
  return `${formatScore(s.score, s.max)} on a scale from ${s.min} to ${s.max}, ${where}. Higher means more ${name}, as you describe yourself now.`;
}

/** The caveats of a result in plain words (unanswered questions). */
export function issueWords(scores: InstrumentScore, questionNumber: (itemId: string) => number | null): string[] {
  const title = (id: string | undefined) => scores.scales.find((s) => s.scaleId === id)?.title ?? id ?? '';
  const nums = (items: readonly string[] | undefined) =>
    (items ?? []).map(questionNumber).filter((n): n is number => n !== null).sort((a, b) => a - b).join(', ');
  return scores.issues.map((i) => {
    if (i.code === 'missing_answers') return `${title(i.scaleId)}: scored from the questions you answered; left out: ${nums(i.items)}.`;
    if (i.code === 'too_few_answers') return `${title(i.scaleId)}: no score, it needs at least ${i.expected} answers (unanswered: ${nums(i.items)}).`;
    return `${i.itemId ?? ''}: ${i.code.replace(/_/g, ' ')}.`;
  });
}

/** Whether a result should carry the "reason to talk" line: a band at or above a cut-off (CBI ≥ 50). */
export function isHighBand(s: ScaleScore, instrument: Pick<InstrumentDetail, 'interpretation'>): boolean {
  const bands = instrument.interpretation.bands;
  return s.band !== null && bands.length > 1 && s.band.from === bands[bands.length - 1].from;
}

/** The one-line summary of a result for a list: "Personal burnout 45 · Work-related burnout 52". */
export function resultLine(a: Pick<AssessmentJson, 'scores'>): string {
  return a.scores.scales.map((s) => `${s.title.replace(/\s*\([^)]*\)/g, '')} ${s.score === null ? '—' : formatScore(s.score, s.max)}`).join(' · ');
}
