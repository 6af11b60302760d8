import { workerData } from 'node:worker_threads';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { loadResources } from '../io/loadResources.js';
import { runBatchTask, type BatchResult, type BatchTask } from './runBatchTask.js';

/** Sent to each batch worker once, at start: where the data files are (config is not re-read here). */
export interface WorkerSetup {
  lexiconsDir: string;
  modelsDir: string;
}

// Resources load once per worker thread, when the pool starts it. The main thread has already loaded
// the same files successfully, so a failure here is a packaging fault worth a crash.
const loaded = loadResources(workerData as WorkerSetup);
if (!loaded.ok) throw new Error(`attune: the data files are broken: ${loaded.problems.map((p) => p.source).join(', ')}`);
const engine = { analyzer: createAnalyzer(loaded.value), resources: loaded.value };

export default function reviewInWorker(task: BatchTask): Promise<BatchResult> {
  return runBatchTask(task, engine);
}
