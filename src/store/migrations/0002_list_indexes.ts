import type { Kysely } from 'kysely';
import type { ColumnTypes } from '../columnTypes.js';

/** Indexes for the lists (newest first) and for a ladder's steps in order. */
export async function up(db: Kysely<unknown>, _c: ColumnTypes): Promise<void> {
  await db.schema.createIndex('practice_sessions_created_at').on('practice_sessions').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('reviews_created_at').on('reviews').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('assessments_taken_at').on('assessments').columns(['taken_at', 'created_at']).execute();
  await db.schema.createIndex('diary_entries_occurred_at').on('diary_entries').columns(['occurred_at', 'created_at']).execute();
  await db.schema.createIndex('ladders_created_at').on('ladders').columns(['created_at', 'id']).execute();
  await db.schema.createIndex('ladder_steps_ladder').on('ladder_steps').columns(['ladder_id', 'position']).execute();
  await db.schema.createIndex('worksheets_created_at').on('worksheets').columns(['created_at', 'id']).execute();
}
