import Table from 'cli-table3';
import { stringify } from 'csv-stringify/sync';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { neutraliseFormula } from './reviewCsv.js';
import { JUDGEMENT_NOTE, MITI_THRESHOLDS, SAFETY_NOTE } from './reviewWords.js';
import { inlineText, truncateStartToWidth } from './terminalText.js';

/**
 * One session in `attune review --summary`: the few numbers a supervisor compares across sessions.
 * Plain data (structured-cloneable), so batch workers send back only rows, never whole reports.
 */
export interface SessionRow {
  /** The report's source id: the file name, with `#id` when a file held several sessions. */
  file: string;
  turns: number;
  /** Reflections per question (MITI; fair 1, good 2); null without questions. */
  reflectionToQuestion: number | null;
  /** 0..100 complex / all reflections (fair 40, good 50); null without reflections. */
  percentComplexReflections: number | null;
  /** 0..100 open / all questions; null without questions. */
  percentOpenQuestions: number | null;
  /** Mean EPITOME level (0..2) over therapist turns; null without therapist turns. */
  meanEmpathy: number | null;
  /** Share (0..1) of therapist turns that are attuned and clear; null without therapist turns. */
  attunedShare: number | null;
  rupturesRepaired: number;
  rupturesTotal: number;
  safetyFlags: number;
}

const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);

/** The row of one report (numbers rounded to what a reader can use). */
export function sessionRow(r: ReviewReport): SessionRow {
  const s = r.summary;
  const therapist = s.therapistTurns > 0;
  return {
    file: r.source.id,
    turns: s.turns,
    reflectionToQuestion: round(s.reflectionToQuestion, 2),
    percentComplexReflections: round(s.percentComplexReflections, 1),
    percentOpenQuestions: round(s.percentOpenQuestions, 1),
    meanEmpathy: therapist ? round(s.empathy.mean, 2) : null,
    attunedShare: therapist ? round(s.quadrantShares.attuned_and_clear, 3) : null,
    rupturesRepaired: r.ruptures.filter((x) => x.repaired).length,
    rupturesTotal: r.ruptures.length,
    safetyFlags: r.safety.length,
  };
}

/** The CSV / JSON field names of a row, in column order. */
export const SESSION_COLUMNS = [
  'file', 'turns', 'reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions',
  'meanEmpathy', 'attunedShare', 'rupturesRepaired', 'rupturesTotal', 'safetyFlags',
] as const satisfies ReadonlyArray<keyof SessionRow>;

/** The rows as CSV (header first; empty cells where a score is undefined). */
export function sessionTableCsv(rows: readonly SessionRow[]): string {
  return stringify([[...SESSION_COLUMNS], ...rows.map((r) => SESSION_COLUMNS.map((k) => (k === 'file' ? neutraliseFormula(r.file) : r[k] ?? '')))], { eof: true });
}

/** The rows as one JSON value with a format tag (the caller serialises it). */
export function sessionTableJson(rows: readonly SessionRow[]): { format: 'attune-review-summary/1'; sessions: SessionRow[] } {
  return { format: 'attune-review-summary/1', sessions: rows.map((r) => ({ ...r })) };
}

const FILE_WIDTH = 20;
/** Long paths keep their end (the file name), where sessions differ. */
const shortFile = (file: string): string => truncateStartToWidth(inlineText(file), FILE_WIDTH);

export interface SessionTableOptions {
  color: boolean;
}

/**
 * The rows as a terminal table (cli-table3) within 80 columns, scores coloured against the MITI
 * thresholds when colour is on; a note under the table when any session has safety flags.
 */
export function sessionTableText(rows: readonly SessionRow[], options: SessionTableOptions): string {
  const c = options.color;
  const paint = (code: string, s: string) => (c ? `\u001b[${code}m${s}\u001b[0m` : s);
  const rated = (v: number | null, t: { fair: number; good: number }, text: string) =>
    v === null ? '—' : paint(v >= t.good ? '32' : v >= t.fair ? '33' : '31', text);
  const table = new Table({
    head: ['file', 'turns', 'R:Q', '%CR', '%OQ', 'empathy', 'attuned', 'ruptures', 'safety'],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    // Borderless, two spaces between columns: nine columns fit 80 with a 20-column file name.
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ',
    },
    style: { head: c ? ['bold'] : [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  for (const r of rows) {
    table.push([
      shortFile(r.file),
      r.turns,
      rated(r.reflectionToQuestion, MITI_THRESHOLDS.reflectionToQuestion, r.reflectionToQuestion?.toFixed(1) ?? ''),
      rated(r.percentComplexReflections, MITI_THRESHOLDS.percentComplexReflections, `${r.percentComplexReflections?.toFixed(0)}%`),
      r.percentOpenQuestions === null ? '—' : `${r.percentOpenQuestions.toFixed(0)}%`,
      r.meanEmpathy === null ? '—' : r.meanEmpathy.toFixed(2),
      r.attunedShare === null ? '—' : `${Math.round(r.attunedShare * 100)}%`,
      r.rupturesTotal === 0 ? '0' : `${r.rupturesRepaired}/${r.rupturesTotal}`,
      r.safetyFlags === 0 ? '0' : paint('1;31', `!! ${r.safetyFlags}`),
    ]);
  }
  const out = [rows.length === 0 ? 'No sessions.' : table.toString()];
  out.push(`${rows.length} session${rows.length === 1 ? '' : 's'} · R:Q fair ${MITI_THRESHOLDS.reflectionToQuestion.fair}, good ${MITI_THRESHOLDS.reflectionToQuestion.good} · %CR fair ${MITI_THRESHOLDS.percentComplexReflections.fair}, good ${MITI_THRESHOLDS.percentComplexReflections.good} · ruptures repaired/found`);
  const flagged = rows.filter((r) => r.safetyFlags > 0).length;
  if (flagged > 0) {
    out.push(paint('1;31', `!! ${flagged} session${flagged === 1 ? ' has' : 's have'} safety flags: read ${flagged === 1 ? 'its report' : 'their reports'} first.`));
    out.push(paint('1;31', `!! ${SAFETY_NOTE}`));
  }
  out.push(paint('2', JUDGEMENT_NOTE));
  return out.join('\n');
}
