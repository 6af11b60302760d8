import { chooseLine } from './chooseLine.js';
import type { PracticeSession } from './practiceTypes.js';
import type { Scenario } from './scenario.js';
import { seededDraw } from './seededDraw.js';

/**
 * Opens a practice session: the state at its initial values and the simulated person's first line,
 * drawn with the seed (the same scenario and seed always open the same way).
 */
export function startSession(scenario: Scenario, seed: number): PracticeSession {
  const state: Record<string, number> = {};
  for (const [name, v] of Object.entries(scenario.state)) state[name] = v.initial;
  return {
    scenario,
    seed: seed >>> 0,
    opening: chooseLine(scenario.opening, null, seededDraw(seed >>> 0, 0, 'opening')),
    state,
    turns: [],
    ending: null,
  };
}
