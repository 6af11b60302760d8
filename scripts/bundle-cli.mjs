// `npm run build` step, after vendor-zod: bundles the built command line (dist/cli/main.js, and the
// review worker it starts) into dist/cli-bundle/, which bin/attune.js runs. As separate modules,
// `attune code` resolves, reads and compiles some 70 files before its first result; bundled, a few
// (20–40 ms sooner, in alternated runs against a launcher of the unbundled dist/cli/main.js).
// Lazily loaded commands stay lazy: each dynamic import becomes a chunk of its own. Packages in
// node_modules stay external (native modules such as better-sqlite3 cannot be bundled), and the
// library entry (dist/index.js) stays unbundled for those who import attune.
//
// The bundle sits two folders below the package root, as dist/io/ does, so that the code that finds
// files from its own location (src/io/paths.ts, src/io/patternPlanCache.ts) finds the same files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli-bundle');
const entries = ['main', 'reviewWorker'].map((name) => path.join(root, 'dist', 'cli', `${name}.js`));
for (const entry of entries) if (!fs.existsSync(entry)) throw new Error(`bundle-cli: ${path.relative(root, entry)} is missing; run tsc first`);

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: entries,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  chunkNames: 'chunk-[hash]',
  legalComments: 'eof',
  logLevel: 'warning',
});
