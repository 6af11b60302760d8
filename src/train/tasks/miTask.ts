import type { TrainingTask } from '../task.js';

// Placeholder until the mi task lands.
export const miTask: TrainingTask = {
  name: 'mi',
  train: async () => [],
  evaluate: async () => [],
};
