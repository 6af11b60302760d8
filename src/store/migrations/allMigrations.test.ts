import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from './allMigrations.js';

describe('MIGRATIONS', () => {
  it('lists every migration file of this folder, by its name, in order', () => {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const files = fs.readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect(Object.keys(MIGRATIONS)).toEqual(files);
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(files.map((_, i) => i + 1));
    for (const m of Object.values(MIGRATIONS)) expect(typeof m.up).toBe('function');
  });
});
