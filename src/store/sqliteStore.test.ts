import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/allMigrations.js';
import { openStore, SQLITE_FILE } from './openStore.js';
import { openSqliteStore } from './sqliteStore.js';
import { expectMigratesForward, storeContract } from './store.contract.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-store-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store', () => {
  storeContract(() => openSqliteStore(path.join(dir, 'contract.db')));
});

describe('SQLite store on disk', () => {
  it('creates the data folder and attune.db in it, private to the user', async () => {
    const dataDir = path.join(dir, 'fresh', 'nested');
    const store = await openStore({ dataDir });
    try {
      expect(store.backend).toBe('sqlite');
      const file = path.join(dataDir, SQLITE_FILE);
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.statSync(file).mode & 0o077).toBe(0);
      expect(fs.statSync(dataDir).mode & 0o077).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('keeps JSON as text and runs every migration once', async () => {
    const dataDir = path.join(dir, 'twice');
    const first = await openStore({ dataDir });
    const w = await first.worksheets.create({ kind: 'give', fields: { validate: 'That sounds hard' } });
    await first.close();
    const second = await openStore({ dataDir });
    expect((await second.worksheets.get(w.id))?.fields).toEqual({ validate: 'That sounds hard' });
    await second.close();
    const db = new Database(path.join(dataDir, SQLITE_FILE), { readonly: true });
    try {
      const ran = db.prepare('select name from kysely_migration order by name').all() as { name: string }[];
      expect(ran.map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
      expect(db.prepare('select fields from worksheets').get()).toEqual({ fields: '{"validate":"That sounds hard"}' });
    } finally {
      db.close();
    }
  });

  it('migrates an older database forward, keeping its rows', async () => {
    const file = path.join(dir, 'old.db');
    const old = new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    await expectMigratesForward(old, 'sqlite', () => openSqliteStore(file));
    const db = new Database(file, { readonly: true });
    try {
      expect((db.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((r) => r.name)).toEqual(Object.keys(MIGRATIONS));
      expect(db.prepare("select name from sqlite_master where type = 'index' and name = 'diary_entries_occurred_at'").get()).toBeDefined();
    } finally {
      db.close();
    }
  });

  it('refuses a database written by a newer attune instead of guessing', async () => {
    const file = path.join(dir, 'newer.db');
    await (await openSqliteStore(file)).close();
    const db = new Database(file);
    db.prepare("insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    await expect(openSqliteStore(file)).rejects.toThrow(/could not be migrated/);
  });

  it('says so when the file is not a database', async () => {
    const file = path.join(dir, 'garbage.db');
    fs.writeFileSync(file, 'this is not sqlite '.repeat(100));
    await expect(openSqliteStore(file)).rejects.toThrow();
  });
});
