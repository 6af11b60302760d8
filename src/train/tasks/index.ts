import type { TrainingTask } from '../task.js';
import { miTask } from './miTask.js';
import { styleTask } from './styleTask.js';
import { stanceTask } from './stanceTask.js';
import { empathyTask } from './empathyTask.js';

/** Order matters only for printing. */
export const TASKS: TrainingTask[] = [miTask, styleTask, stanceTask, empathyTask];
