import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The lint rule holds the same line; this test keeps it even where lint is skipped, and proves the
// rule has something to hold (a file that breaks it is recognised).
const CORE = path.dirname(new URL(import.meta.url).pathname);
const FORBIDDEN = /^(node:|fs$|path$|os$|http|https$|net$|child_process$|worker_threads$|stream$|url$|crypto$|readline$|better-sqlite3|pg$|kysely|react|express|fastify|commander|csv-parse)|\/(cli|io|train|store|server|web|bench|present|config)\//;

function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1] ?? m[2]);
  return out;
}

function coreFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('the core is pure', () => {
  it('recognises a forbidden import', () => {
    expect(importsOf("import fs from 'node:fs';\nimport { x } from '../cli/main.js';").filter((i) => FORBIDDEN.test(i))).toHaveLength(2);
  });

  it('imports no I/O, framework or outer-layer module', () => {
    const files = coreFiles(CORE);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) => importsOf(fs.readFileSync(f, 'utf8')).filter((i) => FORBIDDEN.test(i)).map((i) => `${path.relative(CORE, f)} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('reads no process state', () => {
    const offenders = coreFiles(CORE).filter((f) => /\bprocess\.(env|argv|cwd|stdout|stdin)/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
