import type { TrainingTask } from '../task.js';

// Placeholder until the stance task lands.
export const stanceTask: TrainingTask = {
  name: 'stance',
  train: async () => [],
  evaluate: async () => [],
};
