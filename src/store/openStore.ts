import fs from 'node:fs';
import path from 'node:path';
import { openPostgresStore } from './postgresStore.js';
import { openSqliteStore } from './sqliteStore.js';
import type { Store, StoreConfig } from './store.js';

/** The SQLite file's name inside the data folder. */
export const SQLITE_FILE = 'attune.db';

/**
 * Opens the store the configuration names: PostgreSQL when `databaseUrl` is set, otherwise SQLite in
 * `dataDir/attune.db` (the folder is created, private to its owner). Either is migrated forward first.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  if (config.databaseUrl) return openPostgresStore(config.databaseUrl);
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  return openSqliteStore(path.join(config.dataDir, SQLITE_FILE));
}
