import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../io/paths.js';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('uses the shipped resources and the terminal for colour by default', () => {
    expect(loadConfig({}, true)).toMatchObject({ lexiconsDir: DEFAULT_PATHS.lexiconsDir, modelsDir: DEFAULT_PATHS.modelsDir, color: true });
    expect(loadConfig({}, false).color).toBe(false);
  });

  it('reads ATTUNE_RESOURCES as a folder of lexicons/ and models/', () => {
    const c = loadConfig({ ATTUNE_RESOURCES: 'some/where' }, false);
    expect(c.lexiconsDir).toBe(path.resolve('some/where', 'lexicons'));
    expect(c.modelsDir).toBe(path.resolve('some/where', 'models'));
  });

  it('follows NO_COLOR and FORCE_COLOR', () => {
    expect(loadConfig({ NO_COLOR: '1' }, true).color).toBe(false);
    expect(loadConfig({ NO_COLOR: '' }, true).color).toBe(true);
    expect(loadConfig({ FORCE_COLOR: '1' }, false).color).toBe(true);
    expect(loadConfig({ FORCE_COLOR: '1', NO_COLOR: '1' }, false).color).toBe(true);
    expect(loadConfig({ FORCE_COLOR: '0' }, false).color).toBe(false);
  });

  it('keeps user data in ~/.attune unless ATTUNE_DATA_DIR says otherwise', () => {
    expect(loadConfig({}, false).dataDir).toBe(path.join(os.homedir(), '.attune'));
    expect(loadConfig({ ATTUNE_DATA_DIR: '' }, false).dataDir).toBe(path.join(os.homedir(), '.attune'));
    expect(loadConfig({ ATTUNE_DATA_DIR: 'rel/data' }, false).dataDir).toBe(path.resolve('rel/data'));
    expect(loadConfig({ ATTUNE_DATA_DIR: '/abs/data' }, false).dataDir).toBe(path.resolve('/abs/data'));
  });

  it('takes DATABASE_URL for the web app\'s store, an empty one meaning SQLite', () => {
    expect(loadConfig({}, false).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: '' }, false)).not.toHaveProperty('databaseUrl');
    expect(loadConfig({ DATABASE_URL: 'postgres://attune@db.clinic.local/attune' }, false).databaseUrl).toBe('postgres://attune@db.clinic.local/attune');
  });
});
