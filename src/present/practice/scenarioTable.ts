import type { Scenario } from '../../core/practice/scenario.js';
import { displayWidth, inlineText, truncateToWidth, wrapToWidth } from '../review/terminalText.js';
import { painter, type PracticeRenderOptions } from './practicePaint.js';

/** What `attune practice --list --json` prints for each scenario. */
export interface ScenarioListItem {
  id: string;
  title: string;
  role: Scenario['role'];
  level: number;
  skills: string[];
  tags: string[];
}

const ROLE_ORDER: Record<Scenario['role'], number> = { therapist: 0, person: 1 };

/** The library in the order a learner climbs it: therapist then person scenarios, each by level, then id. */
export function scenarioList(scenarios: readonly Scenario[]): ScenarioListItem[] {
  return [...scenarios]
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.level - b.level || a.id.localeCompare(b.id))
    .map((s) => ({ id: s.id, title: s.title, role: s.role, level: s.level, skills: [...s.skills], tags: [...s.tags] }));
}

const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/**
 * The library as a table fitting `width` columns: id, role, level and title, with the skills under
 * the title in the same column; title and skills wrap there, so every id stays whole and copyable.
 */
export function scenarioTableText(items: readonly ScenarioListItem[], options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  const width = Math.max(60, options.width ?? 80);
  const gap = '  ';
  const idW = Math.max(2, ...items.map((i) => displayWidth(i.id)));
  const roleW = 'therapist'.length;
  const levelW = 'level'.length;
  const textW = Math.max(20, width - idW - roleW - levelW - gap.length * 3);
  const out = [paint([pad('id', idW), pad('role', roleW), pad('level', levelW), 'title and skills'].join(gap), 'bold')];
  const blank = [pad('', idW), pad('', roleW), pad('', levelW)].join(gap);
  for (const it of items) {
    const title = wrapToWidth(inlineText(it.title), textW);
    const skills = wrapToWidth(`skills: ${it.skills.join(', ')}`, textW).map((l) => truncateToWidth(l, textW));
    out.push(`${paint(it.id, 'accent')}${' '.repeat(idW - displayWidth(it.id))}${gap}${pad(it.role, roleW)}${gap}${pad(String(it.level), levelW)}${gap}${title[0] ?? ''}`);
    for (const l of title.slice(1)) out.push(`${blank}${gap}${l}`);
    for (const l of skills) out.push(`${blank}${gap}${paint(l, 'dim')}`);
  }
  out.push(paint(`${items.length} scenario${items.length === 1 ? '' : 's'} · start one with: attune practice ID`, 'dim'));
  return out.join('\n');
}
