import type { Resources } from '../core/resources.js';
import type { ResourcePaths } from '../io/paths.js';
import type { ClassificationReport } from './metrics.js';

/**
 * One trainable part of the core. `npm run train` calls every task's `train`; `npm run eval` every
 * task's `evaluate`, which measures on data that neither rules nor models were tuned on.
 */
export interface TrainingTask {
  name: string;
  /** Trains deterministically and writes the shipped model files; returns the files written. */
  train(paths: ResourcePaths): Promise<string[]>;
  /** Held-out evaluation of the shipped resources (or of the training procedure, by grouped CV). */
  evaluate(paths: ResourcePaths, resources: Resources): Promise<Array<{ title: string; report: ClassificationReport; note?: string }>>;
}
