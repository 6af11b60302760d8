import type { TrainingTask } from '../task.js';

// Placeholder until the style task lands.
export const styleTask: TrainingTask = {
  name: 'style',
  train: async () => [],
  evaluate: async () => [],
};
