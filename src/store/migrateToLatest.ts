import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { columnTypes } from './columnTypes.js';
import { allMigrations } from './migrations/allMigrations.js';
import type { StoreBackend } from './store.js';

/**
 * Brings the database forward to the newest schema: creates it on first start, runs only the
 * migrations it has not run yet, each in its own transaction (both backends have transactional DDL), and
 * Kysely's lock table keeps two processes from migrating at once. Answers the names it ran.
 */
export async function migrateToLatest(db: Kysely<unknown>, backend: StoreBackend): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => allMigrations(columnTypes(backend)) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `the ${backend} database could not be migrated (${failed}): ${reason}` : `the ${backend} database could not be migrated: ${reason}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
