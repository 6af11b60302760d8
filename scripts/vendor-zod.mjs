// `npm run build` step, after tsc: bundles zod into one module (dist/vendor/zod.js) and points the
// built code at it. Imported as a package, zod is some 95 modules, a third of the start-up of
// `attune code` (about 80 ms of resolving, reading and compiling); as one file it is a few. The types
// still come from the package, and the web app bundles zod itself (vite).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const vendored = path.join(dist, 'vendor', 'zod.js');

await build({
  stdin: { contents: "export * from 'zod';", resolveDir: root, sourcefile: 'zod-entry.js' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: vendored,
  legalComments: 'eof',
  logLevel: 'warning',
});

// Every built module that imports 'zod' imports the bundle instead (tsc keeps the source's quotes).
const IMPORT = /(from\s+)'zod'/g;
let rewritten = 0;
for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
  const file = path.join(entry.parentPath ?? entry.path, entry.name);
  if (file === vendored || file.startsWith(path.join(dist, 'web') + path.sep)) continue;
  const source = fs.readFileSync(file, 'utf8');
  if (!IMPORT.test(source)) continue;
  let rel = path.relative(path.dirname(file), vendored).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  fs.writeFileSync(file, source.replace(IMPORT, `$1'${rel}'`));
  rewritten++;
}
if (rewritten === 0) throw new Error('vendor-zod: no built module imports zod; is dist/ built?');
