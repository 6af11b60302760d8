import path from 'node:path';
import { DEFAULT_PATHS } from '../io/paths.js';
import { TASKS } from './tasks/index.js';

/** `npm run train [task…]`: regenerates the shipped model files deterministically. */
const only = process.argv.slice(2);
for (const task of TASKS) {
  if (only.length && !only.includes(task.name)) continue;
  const t0 = performance.now();
  const files = await task.train({ ...DEFAULT_PATHS });
  console.log(`${task.name}: wrote ${files.length ? files.map((f) => path.relative(DEFAULT_PATHS.root, path.resolve(DEFAULT_PATHS.root, f))).join(', ') : 'nothing'} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
