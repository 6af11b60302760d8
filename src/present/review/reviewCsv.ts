import { stringify } from 'csv-stringify/sync';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { turnFlags } from './turnFlags.js';
import { turnNumber } from './reviewWords.js';

/** The CSV columns, in order (docs/review-output.md). */
export const REVIEW_CSV_COLUMNS = [
  'session', 'index', 'turn', 'speaker', 'role', 'start', 'end', 'line', 'text',
  'mi_behaviour', 'reflection', 'question', 'talk', 'style', 'stance', 'er', 'ip', 'ex',
  'quadrant', 'empathy', 'assertiveness', 'off_balance',
  'safety', 'rupture', 'repair', 'focus', 'structure', 'highlight', 'alternative',
] as const;

/**
 * Spreadsheets run a cell that begins with = + - @ (or a tab / carriage return) as a formula; a
 * transcript is outside text, so such free-text cells get a leading apostrophe (OWASP's advice).
 */
export function neutraliseFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

const join = (xs: readonly string[]) => xs.join('; ');

/**
 * One row per utterance with every code and the session findings on that turn, for one session or
 * many (the `session` column names the source). Blank cells where a code does not apply (no MI code on
 * client turns, no times in a plain-text transcript).
 */
export function reviewCsv(reports: ReviewReport | readonly ReviewReport[]): string {
  const list: readonly ReviewReport[] = Array.isArray(reports) ? reports : [reports as ReviewReport];
  const rows: Array<Array<string | number>> = [];
  for (const r of list) {
    const flags = turnFlags(r);
    for (const t of r.turns) {
      const a = t.analysis;
      const f = flags.get(t.index);
      rows.push([
        neutraliseFormula(r.source.id), t.index, turnNumber(t.index), neutraliseFormula(t.speaker), t.role,
        t.start ?? '', t.end ?? '', t.line, neutraliseFormula(t.text),
        a.mi?.behaviour ?? '', a.mi?.reflection ?? '', a.mi?.question ?? '', a.talk ?? '', a.style, a.stance ?? '',
        a.empathy.er, a.empathy.ip, a.empathy.ex,
        a.balance.quadrant, a.balance.empathy, a.balance.assertiveness, a.balance.offBalance ?? '',
        join(f?.safety ?? []), join(f?.rupture ?? []), join(f?.repair ?? []), join(f?.focus ?? []), join(f?.structure ?? []),
        neutraliseFormula(join(f?.highlight ?? [])), neutraliseFormula(join(f?.alternative ?? [])),
      ]);
    }
  }
  return stringify([[...REVIEW_CSV_COLUMNS], ...rows], { eof: true });
}
