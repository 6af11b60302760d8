import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../../io/paths.js';

/** The built front end the e2e tests load. */
export const WEB_DIST = path.join(PACKAGE_ROOT, 'dist', 'web');
const INDEX = path.join(WEB_DIST, 'index.html');
/** What the bundle is built from: the app and the pure code it imports, and the build's own config. */
const SOURCES = ['src/web', 'src/shared', 'src/present', 'src/core', 'vite.config.ts', 'package.json'].map((p) => path.join(PACKAGE_ROOT, p));
const LOCK = path.join(PACKAGE_ROOT, 'dist', '.web-build.lock');
/** A lock older than this was left by a run that died mid-build. */
const STALE_LOCK_MS = 5 * 60_000;

function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p, { withFileTypes: true })) {
    // The e2e tests and unit tests are not part of the bundle.
    if (e.name === 'e2e' || e.name.endsWith('.test.ts') || e.name.endsWith('.test.tsx')) continue;
    newest = Math.max(newest, newestMtime(path.join(p, e.name)));
  }
  return newest;
}

/** True when dist/web/index.html is missing or older than any source of the bundle. */
export function webBuildIsStale(): boolean {
  const built = fs.existsSync(INDEX) ? fs.statSync(INDEX).mtimeMs : 0;
  return built === 0 || SOURCES.some((s) => newestMtime(s) > built);
}

function tryLock(): boolean {
  try {
    fs.mkdirSync(path.dirname(LOCK), { recursive: true });
    fs.mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
    } catch {
      // gone meanwhile: the next try takes it
    }
    return false;
  }
}

/**
 * Builds the front end with Vite (once per test run, only when it is missing or older than its
 * sources), so `npm test` on a fresh clone works. Test files run in parallel: a lock directory makes
 * one build while the others wait, then find it fresh.
 */
export async function ensureWebBuilt(): Promise<void> {
  while (webBuildIsStale()) {
    if (!tryLock()) {
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      if (!webBuildIsStale()) return;
      const { build } = await import('vite');
      await build({ configFile: path.join(PACKAGE_ROOT, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
