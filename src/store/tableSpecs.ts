import { sql } from 'kysely';
import type { AssessmentFilter, DiaryFilter, PracticeSessionFilter, WorksheetFilter } from './store.js';
import type { FieldSpec, TableSpec } from './tableCollection.js';

/** Each kind's fields and columns (the schema itself is in `migrations/`). */

const nothing = (): null => null;

export const PRACTICE_SESSIONS: TableSpec<PracticeSessionFilter> = {
  table: 'practice_sessions',
  fields: [
    { key: 'scenarioId', column: 'scenario_id', kind: 'text' },
    { key: 'seed', column: 'seed', kind: 'number' },
    { key: 'status', column: 'status', kind: 'text' },
    { key: 'turns', column: 'turns', kind: 'json' },
    { key: 'summary', column: 'summary', kind: 'json', fallback: nothing },
    { key: 'draft', column: 'draft', kind: 'text', fallback: () => '' },
  ],
  filter(qb, f) {
    if (f.status !== undefined) qb = qb.where('status', '=', f.status);
    if (f.scenarioId !== undefined) qb = qb.where('scenario_id', '=', f.scenarioId);
    return qb;
  },
};

const METRICS: readonly FieldSpec[] = [
  ['turns', 'turns'],
  ['reflectionToQuestion', 'reflection_to_question'],
  ['percentComplexReflections', 'percent_complex_reflections'],
  ['percentOpenQuestions', 'percent_open_questions'],
  ['meanEmpathy', 'mean_empathy'],
  ['safetyFlags', 'safety_flags'],
].map(([key, column]) => ({ key: `metrics.${key}`, column, kind: 'number' }) as const);

export const REVIEWS: TableSpec<object> = {
  table: 'reviews',
  fields: [
    { key: 'title', column: 'title', kind: 'text' },
    { key: 'sourceName', column: 'source_name', kind: 'text', fallback: nothing },
    { key: 'format', column: 'format', kind: 'text' },
    { key: 'report', column: 'report', kind: 'json' },
    ...METRICS,
  ],
};

export const ASSESSMENTS: TableSpec<AssessmentFilter> = {
  table: 'assessments',
  fields: [
    { key: 'instrumentId', column: 'instrument_id', kind: 'text' },
    { key: 'answers', column: 'answers', kind: 'json' },
    { key: 'scores', column: 'scores', kind: 'json' },
    { key: 'takenAt', column: 'taken_at', kind: 'date', fallback: (now) => now },
  ],
  order: ['taken_at'],
  filter: (qb, f) => (f.instrumentId !== undefined ? qb.where('instrument_id', '=', f.instrumentId) : qb),
};

export const DIARY_ENTRIES: TableSpec<DiaryFilter> = {
  table: 'diary_entries',
  fields: [
    { key: 'occurredAt', column: 'occurred_at', kind: 'date' },
    { key: 'situation', column: 'situation', kind: 'text' },
    { key: 'whatISaid', column: 'what_i_said', kind: 'text' },
    { key: 'anxietyBefore', column: 'anxiety_before', kind: 'number', fallback: nothing },
    { key: 'anxietyAfter', column: 'anxiety_after', kind: 'number', fallback: nothing },
    { key: 'outcome', column: 'outcome', kind: 'text', fallback: () => '' },
    { key: 'analysis', column: 'analysis', kind: 'json', fallback: nothing },
  ],
  order: ['occurred_at'],
  filter(qb, f, codec) {
    if (f.from !== undefined) qb = qb.where('occurred_at', '>=', codec.encode('date', f.from));
    if (f.to !== undefined) qb = qb.where('occurred_at', '<', codec.encode('date', f.to));
    if (f.q !== undefined && f.q !== '') {
      // lower() on both sides: SQLite's LIKE folds ASCII case only and PostgreSQL's none; the
      // pattern's own wildcards are escaped so the search is for the text as typed.
      const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb = qb.where((eb) =>
        eb.or(['situation', 'what_i_said', 'outcome'].map((c) => sql<boolean>`lower(${sql.ref(c)}) like ${pattern} escape '\\'`)),
      );
    }
    return qb;
  },
};

export const LADDERS: TableSpec<object> = {
  table: 'ladders',
  fields: [{ key: 'title', column: 'title', kind: 'text' }],
};

export const LADDER_STEPS: TableSpec<object> = {
  table: 'ladder_steps',
  fields: [
    { key: 'ladderId', column: 'ladder_id', kind: 'text' },
    { key: 'text', column: 'text', kind: 'text' },
    { key: 'expectedAnxiety', column: 'expected_anxiety', kind: 'number' },
    { key: 'position', column: 'position', kind: 'number' },
    { key: 'doneAt', column: 'done_at', kind: 'date', fallback: nothing },
    { key: 'anxietyBefore', column: 'anxiety_before', kind: 'number', fallback: nothing },
    { key: 'anxietyAfter', column: 'anxiety_after', kind: 'number', fallback: nothing },
  ],
};

export const WORKSHEETS: TableSpec<WorksheetFilter> = {
  table: 'worksheets',
  fields: [
    { key: 'kind', column: 'kind', kind: 'text' },
    { key: 'fields', column: 'fields', kind: 'json' },
    { key: 'checks', column: 'checks', kind: 'json', fallback: nothing },
  ],
  filter: (qb, f) => (f.kind !== undefined ? qb.where('kind', '=', f.kind) : qb),
};
