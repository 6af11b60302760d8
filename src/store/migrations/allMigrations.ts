import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from '../columnTypes.js';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_list_indexes.js';

/** A migration written once for both backends; `ColumnTypes` supplies what differs. */
export interface StoreMigration {
  up(db: Kysely<unknown>, c: ColumnTypes): Promise<void>;
}

/**
 * Every migration, keyed by its file name. Kysely's `Migrator` runs them in name order and refuses a
 * database that has run one this list lacks (a newer attune's database). Add new files here.
 */
export const MIGRATIONS: Readonly<Record<string, StoreMigration>> = {
  '0001_initial': m0001,
  '0002_list_indexes': m0002,
};

/** The migrations bound to one backend's column types, as Kysely's `Migrator` takes them. */
export function allMigrations(c: ColumnTypes): Record<string, Migration> {
  return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, c) }]));
}
