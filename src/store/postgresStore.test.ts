import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './openStore.js';
import { openPostgresStore } from './postgresStore.js';
import { expectMigratesForward, storeContract } from './store.contract.js';

// A real server: on this machine and in .ci/run, PostgreSQL on 127.0.0.1:5432 with trust auth.
// ATTUNE_TEST_PG_URL names another (it must allow CREATE DATABASE); ATTUNE_SKIP_PG=1 skips this file
// where no server can be had. Without it, an unreachable server fails the run.
const ADMIN_URL = process.env.ATTUNE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SKIP = process.env.ATTUNE_SKIP_PG === '1';
const DB_NAME = `attune_test_${process.pid}`;

function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function recreate(name: string): Promise<string> {
  await admin(async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return urlFor(name);
}

async function drop(name: string): Promise<void> {
  await admin((c) => c.query(`drop database if exists ${name} with (force)`));
}

describe.skipIf(SKIP)('PostgreSQL store', () => {
  let url: string;
  beforeAll(async () => {
    url = await recreate(DB_NAME);
  });
  afterAll(async () => {
    await drop(DB_NAME);
  });

  storeContract(() => openPostgresStore(url));

  describe('on the server', () => {
    it('is what openStore opens when a database URL is given, whatever the data folder', async () => {
      const store = await openStore({ dataDir: '/nonexistent/never/created', databaseUrl: url });
      try {
        expect(store.backend).toBe('postgres');
      } finally {
        await store.close();
      }
    });

    it('keeps JSON as JSONB, timestamps as timestamptz and ids as uuid', async () => {
      await (await openPostgresStore(url)).close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const r = await c.query("select table_name, column_name, data_type from information_schema.columns where table_schema = 'public'").finally(() => c.end());
      const types = new Map(r.rows.map((row: { table_name: string; column_name: string; data_type: string }) => [`${row.table_name}.${row.column_name}`, row.data_type]));
      for (const col of ['practice_sessions.turns', 'practice_sessions.summary', 'reviews.report', 'assessments.answers', 'assessments.scores', 'diary_entries.analysis', 'worksheets.fields', 'worksheets.checks']) {
        expect(types.get(col), col).toBe('jsonb');
      }
      expect(types.get('diary_entries.occurred_at')).toBe('timestamp with time zone');
      expect(types.get('ladder_steps.ladder_id')).toBe('uuid');
      expect(types.get('practice_sessions.seed')).toBe('bigint');
    });

    it('migrates an older database forward, keeping its rows', async () => {
      const name = `${DB_NAME}_old`;
      const oldUrl = await recreate(name);
      try {
        const old = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: oldUrl }) }) });
        await expectMigratesForward(old, 'postgres', () => openPostgresStore(oldUrl));
      } finally {
        await drop(name);
      }
    });

    it('lets two stores open a new database at once (one migrates, the other waits)', async () => {
      const name = `${DB_NAME}_race`;
      const raceUrl = await recreate(name);
      try {
        const [a, b] = await Promise.all([openPostgresStore(raceUrl), openPostgresStore(raceUrl)]);
        const w = await a.worksheets.create({ kind: 'fast', fields: {} });
        expect((await b.worksheets.get(w.id))?.id).toBe(w.id);
        await Promise.all([a.close(), b.close()]);
      } finally {
        await drop(name);
      }
    });

    it('fails on open, naming the server but not the password, when the database does not exist', async () => {
      const missing = new URL(urlFor(`${DB_NAME}_missing`));
      missing.password = 'secret-password';
      const error = await openPostgresStore(missing.toString()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(new RegExp(`^could not connect to PostgreSQL at .+/${DB_NAME}_missing: .*does not exist`));
      expect((error as Error).message).not.toContain('secret-password');
    });
  });
});
