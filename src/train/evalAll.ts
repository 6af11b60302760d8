import { DEFAULT_PATHS } from '../io/paths.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { formatReport } from './metrics.js';
import { TASKS } from './tasks/index.js';

/** `npm run eval [task…]`: accuracy, macro-F1 and per-class F1 for every task on held-out data. */
const only = process.argv.slice(2);
const resources = loadResourcesOrThrow();
for (const task of TASKS) {
  if (only.length && !only.includes(task.name)) continue;
  for (const { title, report, note } of await task.evaluate({ ...DEFAULT_PATHS }, resources)) {
    console.log(formatReport(title, report));
    if (note) console.log(`  ${note}`);
    console.log();
  }
}
