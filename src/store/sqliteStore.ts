import fs from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { kyselyStore } from './kyselyStore.js';
import { migrateToLatest } from './migrateToLatest.js';
import type { Store } from './store.js';

/**
 * The embedded store: one SQLite file, created (readable by its owner only: it holds health
 * information) and migrated to the newest schema on open.
 */
export async function openSqliteStore(file: string): Promise<Store> {
  const existed = fs.existsSync(file);
  const sqlite = new Database(file);
  try {
    if (!existed) fs.chmodSync(file, 0o600);
    // WAL: readers do not block the writer; busy_timeout: a second process (a CLI beside the server)
    // waits for the lock instead of failing at once.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStore(db, 'sqlite');
}
