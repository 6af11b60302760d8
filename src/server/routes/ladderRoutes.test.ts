import { describe, expect, it } from 'vitest';
import type { LadderJson, LadderListResponse } from '../../shared/api/exposure.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

describe('exposure ladders', () => {
  const s = useServer();
  const create = async (steps: Array<[string, number]>) => {
    const res = await s.call('POST', '/api/ladders', { title: 'Saying no at work', steps: steps.map(([text, expectedAnxiety]) => ({ text, expectedAnxiety })) });
    expect(res.statusCode).toBe(201);
    return res.json() as LadderJson;
  };

  it('orders steps by expected anxiety and suggests the lowest not yet done', async () => {
    const l = await create([['Say no to my manager', 80], ['Ask a colleague to lower the music', 30], ['Return a faulty item', 50]]);
    expect(l.steps.map((x) => x.expectedAnxiety)).toEqual([30, 50, 80]);
    expect(l.nextStepId).toBe(l.steps[0].id);
    expect(l.progress).toEqual({ done: 0, total: 3 });
  });

  it('marks a step done with the anxiety before and after, and moves the suggestion on', async () => {
    const l = await create([['A', 30], ['B', 50], ['C', 80]]);
    const done = (await s.call('POST', `/api/ladders/${l.id}/steps/${l.steps[0].id}/done`, { anxietyBefore: 60, anxietyAfter: 25 })).json() as LadderJson;
    expect(done.steps[0]).toMatchObject({ done: true, anxietyBefore: 60, anxietyAfter: 25 });
    expect(done.steps[0].doneAt).toBeTypeOf('string');
    expect(done.nextStepId).toBe(l.steps[1].id);
    expect(done.progress).toEqual({ done: 1, total: 3 });
    // Doing a harder step first leaves the easier one suggested.
    const skipped = (await s.call('POST', `/api/ladders/${l.id}/steps/${l.steps[2].id}/done`, { anxietyBefore: 90, anxietyAfter: 50, doneAt: '2025-05-01T12:00:00.000Z' })).json() as LadderJson;
    expect(skipped.nextStepId).toBe(l.steps[1].id);
    expect(skipped.steps[2].doneAt).toBe('2025-05-01T12:00:00.000Z');
    const undone = (await s.call('DELETE', `/api/ladders/${l.id}/steps/${l.steps[0].id}/done`)).json() as LadderJson;
    expect(undone.steps[0]).toMatchObject({ done: false, doneAt: null, anxietyBefore: null });
    expect(undone.nextStepId).toBe(l.steps[0].id);
  });

  it('adds, edits and removes steps; a step re-rated moves in the order', async () => {
    const l = await create([['A', 30]]);
    const added = await s.call('POST', `/api/ladders/${l.id}/steps`, { text: 'B', expectedAnxiety: 10 });
    expect(added.statusCode).toBe(201);
    const withB = added.json() as LadderJson;
    expect(withB.steps.map((x) => x.text)).toEqual(['B', 'A']);
    const b = withB.steps[0];
    const edited = (await s.call('PATCH', `/api/ladders/${l.id}/steps/${b.id}`, { expectedAnxiety: 60, text: 'B, harder' })).json() as LadderJson;
    expect(edited.steps.map((x) => x.text)).toEqual(['A', 'B, harder']);
    const removed = (await s.call('DELETE', `/api/ladders/${l.id}/steps/${b.id}`)).json() as LadderJson;
    expect(removed.steps.map((x) => x.text)).toEqual(['A']);
    expect(removed.nextStepId).toBe(removed.steps[0].id);
  });

  it('every step done: no next step', async () => {
    const l = await create([['A', 30]]);
    const done = (await s.call('POST', `/api/ladders/${l.id}/steps/${l.steps[0].id}/done`, { anxietyBefore: 40, anxietyAfter: 10 })).json() as LadderJson;
    expect(done.nextStepId).toBeNull();
    expect(done.progress).toEqual({ done: 1, total: 1 });
  });

  it('lists, renames and deletes ladders', async () => {
    const a = await create([['A', 30]]);
    const b = await create([]);
    expect(b.nextStepId).toBeNull();
    expect(((await s.call('GET', '/api/ladders')).json() as LadderListResponse).ladders.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(((await s.call('PATCH', `/api/ladders/${a.id}`, { title: 'Family' })).json() as LadderJson).title).toBe('Family');
    expect(((await s.call('GET', `/api/ladders/${a.id}`)).json() as LadderJson).title).toBe('Family');
    expect((await s.call('DELETE', `/api/ladders/${a.id}`)).json()).toEqual({ deleted: true });
    expect(errorOf(await s.call('GET', `/api/ladders/${a.id}`)).status).toBe(404);
  });

  it('refuses bad input and steps of another ladder', async () => {
    expect(errorOf(await s.call('POST', '/api/ladders', { title: '' }))).toMatchObject({ status: 400, paths: ['title'] });
    expect(errorOf(await s.call('POST', '/api/ladders', { title: 'x', steps: [{ text: 'A', expectedAnxiety: 120 }] })).paths).toEqual(['steps.0.expectedAnxiety']);
    const a = await create([['A', 30]]);
    const b = await create([['B', 30]]);
    expect(errorOf(await s.call('POST', `/api/ladders/${a.id}/steps/${a.steps[0].id}/done`, { anxietyBefore: 50 })).paths).toEqual(['anxietyAfter']);
    expect(errorOf(await s.call('POST', `/api/ladders/${a.id}/steps/${b.steps[0].id}/done`, { anxietyBefore: 50, anxietyAfter: 20 })).status).toBe(404);
    expect(errorOf(await s.call('PATCH', `/api/ladders/${a.id}/steps/${a.steps[0].id}`, { expectedAnxiety: -1 })).paths).toEqual(['expectedAnxiety']);
    expect(errorOf(await s.call('POST', '/api/ladders/00000000-0000-4000-8000-000000000000/steps', { text: 'x', expectedAnxiety: 5 })).status).toBe(404);
  });
});
