import { describe, expect, it } from 'vitest';
import { scenarioDetailSchema, scenarioListResponseSchema } from '../../shared/api/scenarios.js';
import { errorOf, testEngine, useServer } from '../testing/serverFixture.js';

describe('scenarios', () => {
  const s = useServer();
  const library = testEngine().scenarios;

  it('lists the whole library, ordered by role and level, none mastered yet', async () => {
    const res = await s.call('GET', '/api/scenarios');
    const { scenarios } = scenarioListResponseSchema.parse(res.json());
    expect(scenarios).toHaveLength(library.length);
    for (let i = 1; i < scenarios.length; i++) {
      const [a, b] = [scenarios[i - 1], scenarios[i]];
      expect(a.role < b.role || (a.role === b.role && a.level <= b.level)).toBe(true);
    }
    expect(scenarios.every((x) => !x.mastered && x.sessions === 0)).toBe(true);
  });

  it('filters by skill, level and role', async () => {
    const bySkill = scenarioListResponseSchema.parse((await s.call('GET', '/api/scenarios?skill=say_no')).json()).scenarios;
    expect(bySkill.map((x) => x.id).sort()).toEqual(library.filter((x) => x.skills.includes('say_no')).map((x) => x.id).sort());
    expect(bySkill.length).toBeGreaterThan(0);
    const level2 = scenarioListResponseSchema.parse((await s.call('GET', '/api/scenarios?level=2&role=person')).json()).scenarios;
    expect(level2.length).toBe(library.filter((x) => x.level === 2 && x.role === 'person').length);
    expect(level2.every((x) => x.level === 2 && x.role === 'person')).toBe(true);
  });

  it('refuses bad filters', async () => {
    expect(errorOf(await s.call('GET', '/api/scenarios?level=9'))).toMatchObject({ status: 400, paths: ['level'] });
    expect(errorOf(await s.call('GET', '/api/scenarios?role=boss')).paths).toEqual(['role']);
  });

  it('gives one scenario with its skills explained, and no script', async () => {
    const first = library[0];
    const res = await s.call('GET', `/api/scenarios/${first.id}`);
    const d = scenarioDetailSchema.parse(res.json());
    expect(d.id).toBe(first.id);
    expect(d.skills.map((k) => k.id)).toEqual(first.skills);
    expect(d.state.rapport).toMatchObject({ min: 0, max: 100 });
    expect(Object.keys(res.json() as object)).not.toContain('rules');
    expect(Object.keys(res.json() as object)).not.toContain('lines');
    expect(errorOf(await s.call('GET', '/api/scenarios/no-such-thing'))).toMatchObject({ status: 404, code: 'not_found' });
  });
});
