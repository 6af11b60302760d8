import { stringify } from 'csv-stringify/sync';
import type { InstrumentScore } from '../core/assess/scoreInstrument.js';
import type { PracticeTurn, SessionSummary } from '../core/practice/practiceTypes.js';
import type { ReviewReportJson } from '../present/review/reviewReportSchema.js';
import { neutraliseFormula } from '../present/review/reviewCsv.js';
import type { ExportKind } from '../shared/api/data.js';
import type { StoreExport } from '../store/store.js';

type Cell = string | number | null | undefined;

/** What a person wrote: a spreadsheet must not run it as a formula. */
const text = (s: string | null | undefined): string => (s == null ? '' : neutraliseFormula(s));
const turnsOf = (v: unknown) => (Array.isArray(v) ? v : []) as PracticeTurn[];
const mean = (xs: readonly number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : '');

/** One kind's columns and rows, oldest first (the order people read a log in). */
const TABLES: Record<ExportKind, (e: StoreExport) => { header: string[]; rows: Cell[][] }> = {
  practice: (e) => ({
    header: ['id', 'startedAt', 'updatedAt', 'scenarioId', 'seed', 'status', 'outcome', 'turns', 'meanEmpathy', 'meanAssertiveness', 'replies'],
    rows: [...e.practiceSessions].reverse().map((s) => {
      const turns = turnsOf(s.turns);
      const summary = s.summary as SessionSummary | null;
      return [
        s.id, s.createdAt, s.updatedAt, s.scenarioId, s.seed, s.status, summary?.ending?.outcome ?? '', turns.length,
        mean(turns.map((t) => t.analysis.balance.empathy)), mean(turns.map((t) => t.analysis.balance.assertiveness)),
        text(turns.map((t) => t.reply).join('\n')),
      ];
    }),
  }),
  reviews: (e) => ({
    header: ['id', 'createdAt', 'title', 'sourceName', 'format', 'turns', 'reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions', 'meanEmpathy', 'safetyFlags', 'transcript'],
    rows: [...e.reviews].reverse().map((r) => {
      const m = r.metrics;
      const report = r.report as ReviewReportJson;
      const transcript = (report.turns ?? []).map((t) => `${t.speaker}: ${t.text}`).join('\n');
      return [r.id, r.createdAt, text(r.title), text(r.sourceName), r.format, m.turns, m.reflectionToQuestion, m.percentComplexReflections, m.percentOpenQuestions, m.meanEmpathy, m.safetyFlags, text(transcript)];
    }),
  }),
  // One row per scale scored: instruments differ in their scales.
  assessments: (e) => ({
    header: ['id', 'takenAt', 'instrumentId', 'scaleId', 'score', 'min', 'max', 'answered', 'items', 'answers'],
    rows: [...e.assessments].reverse().flatMap((a) =>
      ((a.scores as InstrumentScore).scales ?? []).map((s) => [a.id, a.takenAt, a.instrumentId, s.scaleId, s.score, s.min, s.max, s.answered, s.items, JSON.stringify(a.answers)]),
    ),
  }),
  diary: (e) => ({
    header: ['id', 'occurredAt', 'situation', 'whatISaid', 'anxietyBefore', 'anxietyAfter', 'outcome', 'style', 'empathy', 'assertiveness', 'createdAt', 'updatedAt'],
    rows: [...e.diaryEntries].reverse().map((d) => {
      const a = d.analysis as { style?: string; balance?: { empathy: number; assertiveness: number } } | null;
      return [d.id, d.occurredAt, text(d.situation), text(d.whatISaid), d.anxietyBefore, d.anxietyAfter, text(d.outcome), a?.style ?? '', a?.balance?.empathy, a?.balance?.assertiveness, d.createdAt, d.updatedAt];
    }),
  }),
  // One row per step.
  ladders: (e) => ({
    header: ['ladderId', 'ladderTitle', 'stepId', 'position', 'text', 'expectedAnxiety', 'doneAt', 'anxietyBefore', 'anxietyAfter'],
    rows: [...e.ladders].reverse().flatMap((l) => l.steps.map((s) => [l.id, text(l.title), s.id, s.position, text(s.text), s.expectedAnxiety, s.doneAt, s.anxietyBefore, s.anxietyAfter])),
  }),
  // One row per part written: worksheets differ in their parts.
  worksheets: (e) => ({
    header: ['id', 'kind', 'createdAt', 'updatedAt', 'part', 'text'],
    rows: [...e.worksheets].reverse().flatMap((w) => Object.entries((w.fields ?? {}) as Record<string, string>).map(([part, value]) => [w.id, w.kind, w.createdAt, w.updatedAt, part, text(String(value))])),
  }),
};

/** One kind of the person's data as CSV (header first; empty cells where a value is absent). */
export function exportCsv(kind: ExportKind, data: StoreExport): string {
  const { header, rows } = TABLES[kind](data);
  return stringify([header, ...rows.map((r) => r.map((c) => c ?? ''))], { eof: true });
}
