import type { TrainingTask } from '../task.js';

// Placeholder until the empathy task lands.
export const empathyTask: TrainingTask = {
  name: 'empathy',
  train: async () => [],
  evaluate: async () => [],
};
