import { inlineText, truncateToWidth } from '../review/terminalText.js';
import { painter, type PracticeRenderOptions } from './practicePaint.js';
import type { ScenarioListItem } from './scenarioTable.js';

/**
 * The scenario a learner with no history starts with: graded exposure starts low (primer §7), so the
 * first level-1 scenario of the list (therapist ones first, as `scenarioList` orders them); the lowest
 * level there is when no level 1 exists. Null for an empty library.
 */
export function suggestedStart(items: readonly ScenarioListItem[]): ScenarioListItem | null {
  if (items.length === 0) return null;
  const lowest = Math.min(...items.map((i) => i.level));
  return items.find((i) => i.level === lowest) ?? null;
}

/** The picker shows the first rungs of the ladder (primer §7: start low); any id is accepted. */
export const PICKER_MAX_LEVEL = 2;

/**
 * The short numbered list shown by `attune practice` with no scenario named: the scenarios up to
 * level `PICKER_MAX_LEVEL` (the suggested start marked), and how many more the full list has.
 */
export function renderScenarioPicker(items: readonly ScenarioListItem[], suggested: ScenarioListItem | null, options: PracticeRenderOptions, more = 0): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  const numW = String(items.length).length;
  const idW = Math.max(...items.map((i) => i.id.length), 2);
  const out = [paint('Choose a scenario to practise:', 'bold')];
  items.forEach((it, k) => {
    const lead = `  ${String(k + 1).padStart(numW)}  ${it.id.padEnd(idW)}  ${it.role.padEnd(9)}  level ${it.level}  `;
    const mark = it === suggested ? '  ← suggested start' : '';
    const room = Math.max(10, width - lead.length - mark.length);
    out.push(`${lead.replace(it.id, paint(it.id, 'accent'))}${truncateToWidth(inlineText(it.title), room)}${paint(mark, 'good')}`);
  });
  if (more > 0) out.push(paint(`  … and ${more} harder scenario${more === 1 ? '' : 's'}: see attune practice --list, and type any id here.`, 'dim'));
  return out.join('\n');
}

/**
 * The scenario a picker answer names: a number from the `shown` list, an id of any scenario, or
 * nothing (the suggestion). Undefined when the answer names none.
 */
export function pickScenario(answer: string, shown: readonly ScenarioListItem[], all: readonly ScenarioListItem[], suggested: ScenarioListItem | null): ScenarioListItem | undefined {
  const a = answer.trim();
  if (a === '') return suggested ?? undefined;
  if (/^\d+$/.test(a)) return shown[Number(a) - 1];
  return all.find((i) => i.id === a.toLowerCase());
}
