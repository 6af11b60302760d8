import type { CreateTableBuilder, Kysely } from 'kysely';
import type { ColumnTypes } from '../columnTypes.js';

/**
 * The first schema: one table per kind of thing a person enters. Frozen once released: a change is a
 * new migration, never an edit here (a database already at this step would not see it).
 */

// The columns every table starts with (built inline rather than shared with later code, so this
// migration keeps meaning what it meant when it shipped).
function withMeta<T extends string>(t: CreateTableBuilder<T, never>, c: ColumnTypes): CreateTableBuilder<T, never> {
  return t
    .addColumn('id', c.id, (col) => col.primaryKey())
    .addColumn('owner', 'text', (col) => col.notNull().defaultTo('local'))
    .addColumn('created_at', c.timestamp, (col) => col.notNull())
    .addColumn('updated_at', c.timestamp, (col) => col.notNull());
}

export async function up(db: Kysely<unknown>, c: ColumnTypes): Promise<void> {
  await withMeta(db.schema.createTable('practice_sessions'), c)
    .addColumn('scenario_id', 'text', (col) => col.notNull())
    .addColumn('seed', c.bigint, (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('turns', c.json)
    .addColumn('summary', c.json)
    .addColumn('draft', 'text', (col) => col.notNull().defaultTo(''))
    .execute();

  await withMeta(db.schema.createTable('reviews'), c)
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('source_name', 'text')
    .addColumn('format', 'text', (col) => col.notNull())
    .addColumn('report', c.json)
    .addColumn('turns', c.real)
    .addColumn('reflection_to_question', c.real)
    .addColumn('percent_complex_reflections', c.real)
    .addColumn('percent_open_questions', c.real)
    .addColumn('mean_empathy', c.real)
    .addColumn('safety_flags', c.real)
    .execute();

  await withMeta(db.schema.createTable('assessments'), c)
    .addColumn('instrument_id', 'text', (col) => col.notNull())
    .addColumn('answers', c.json)
    .addColumn('scores', c.json)
    .addColumn('taken_at', c.timestamp, (col) => col.notNull())
    .execute();

  await withMeta(db.schema.createTable('diary_entries'), c)
    .addColumn('occurred_at', c.timestamp, (col) => col.notNull())
    .addColumn('situation', 'text', (col) => col.notNull())
    .addColumn('what_i_said', 'text', (col) => col.notNull())
    .addColumn('anxiety_before', c.real)
    .addColumn('anxiety_after', c.real)
    .addColumn('outcome', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('analysis', c.json)
    .execute();

  await withMeta(db.schema.createTable('ladders'), c)
    .addColumn('title', 'text', (col) => col.notNull())
    .execute();

  await withMeta(db.schema.createTable('ladder_steps'), c)
    .addColumn('ladder_id', c.id, (col) => col.notNull().references('ladders.id').onDelete('cascade'))
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('expected_anxiety', c.real, (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('done_at', c.timestamp)
    .addColumn('anxiety_before', c.real)
    .addColumn('anxiety_after', c.real)
    .execute();

  await withMeta(db.schema.createTable('worksheets'), c)
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('fields', c.json)
    .addColumn('checks', c.json)
    .execute();
}
