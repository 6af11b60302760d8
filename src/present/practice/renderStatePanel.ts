import type { StateValues } from '../../core/practice/practiceTypes.js';
import type { Scenario } from '../../core/practice/scenario.js';
import { painter, wrapBlock, type PracticeRenderOptions } from './practicePaint.js';
import { stateOrder } from './renderStateLine.js';

const BAR = 10;

/** A 10-cell bar for a value within its range: "[######----]". */
export function stateBar(value: number, min: number, max: number): string {
  const filled = Math.round(((value - min) / (max - min)) * BAR);
  const n = Math.max(0, Math.min(BAR, filled));
  return `[${'#'.repeat(n)}${'-'.repeat(BAR - n)}]`;
}

/** How the other person feels right now (the `/state` command): each variable, a bar and what it means. */
export function renderStatePanel(scenario: Scenario, state: StateValues, options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  const names = stateOrder(state);
  const w = Math.max(...names.map((n) => n.length));
  const out: string[] = [];
  for (const name of names) {
    const v = scenario.state[name];
    const head = `  ${name.replace(/_/g, ' ').padEnd(w)} ${stateBar(state[name], v.min, v.max)} ${String(state[name]).padStart(3)}  `;
    out.push(...wrapBlock(head, v.description, width, paint, 'dim'));
  }
  return out.join('\n');
}
