import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { kyselyStore } from './kyselyStore.js';
import { migrateToLatest } from './migrateToLatest.js';
import type { Store } from './store.js';

/**
 * The team store: a PostgreSQL database named by a connection string (the database must exist; its
 * tables are created and migrated on open). Fails on open, not on first use, when the server cannot be
 * reached.
 */
export async function openPostgresStore(connectionString: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its server (a restart) emits an error on the pool; without a listener
  // that would end the process. The next query reconnects.
  pool.on('error', () => {});
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
  try {
    await pool.query('select 1').catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`could not connect to PostgreSQL at ${describeUrl(connectionString)}: ${reason}`, { cause: error });
    });
    await migrateToLatest(db, 'postgres');
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return kyselyStore(db, 'postgres');
}

/** The server and database of a connection string, without the password, for messages. */
export function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    return '(an unreadable DATABASE_URL)';
  }
}
