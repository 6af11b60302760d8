import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../io/loadScenarios.js';
import { displayWidth } from '../review/terminalText.js';
import { pickScenario, renderScenarioPicker, suggestedStart } from './renderScenarioPicker.js';
import { scenarioList, scenarioTableText } from './scenarioTable.js';

const library = loadScenarios().scenarios.map((s) => s.scenario);
const items = scenarioList(library);

describe('scenarioList and scenarioTableText', () => {
  it('orders the library as a ladder: therapist then person, each by level then id', () => {
    expect(items).toHaveLength(library.length);
    const key = (i: (typeof items)[number]) => `${i.role === 'therapist' ? 0 : 1}:${i.level}:${i.id}`;
    expect(items.map(key)).toEqual([...items.map(key)].sort());
    expect(items.find((i) => i.id === 'dear-man-raise')).toEqual({ id: 'dear-man-raise', title: expect.any(String), role: 'person', level: 3, skills: expect.arrayContaining(['dear_man']), tags: expect.any(Array) });
  });

  it('prints every id whole, with role, level, title and skills, within the width', () => {
    const text = scenarioTableText(items, { color: false, width: 80 });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^id\s+role\s+level\s+title and skills$/);
    for (const it of items) expect(lines.some((l) => new RegExp(`^${it.id}\\s+${it.role}\\s+${it.level}\\s`).test(l))).toBe(true);
    expect(text.replace(/\s+/g, ' ')).toContain('skills: say_no, no_over_apology, offer_alternative');
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    expect(lines.at(-1)).toContain(`${items.length} scenarios`);
  });
});

describe('the scenario picker', () => {
  it('suggests a level-1 scenario and takes a number, an id or Enter', () => {
    const start = suggestedStart(items);
    expect(start?.level).toBe(1);
    const shown = items.filter((i) => i.level <= 2);
    expect(pickScenario('', shown, items, start)).toBe(start);
    expect(pickScenario(' 2 ', shown, items, start)).toBe(shown[1]);
    expect(pickScenario('DEAR-MAN-RAISE', shown, items, start)?.id).toBe('dear-man-raise');
    expect(pickScenario('99', shown, items, start)).toBeUndefined();
    expect(pickScenario('nope', shown, items, start)).toBeUndefined();
    expect(suggestedStart([])).toBeNull();
  });

  it('numbers the scenarios shown, marks the suggestion and counts the rest', () => {
    const shown = items.filter((i) => i.level <= 2);
    const text = renderScenarioPicker(shown, suggestedStart(items), { color: false, width: 80 }, items.length - shown.length);
    const lines = text.split('\n');
    expect(lines.filter((l) => /^\s+\d+\s{2}\S/.test(l))).toHaveLength(shown.length);
    expect(lines.find((l) => l.includes('suggested start'))).toContain(suggestedStart(items)!.id);
    if (items.length > shown.length) expect(text).toContain(`${items.length - shown.length} harder scenario`);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });
});
