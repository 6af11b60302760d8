import { describe, expect, it } from 'vitest';
import type { DiaryEntryJson, DiaryListResponse } from '../../shared/api/diary.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

describe('the diary', () => {
  const s = useServer();
  const add = async (body: Record<string, unknown>) => {
    const res = await s.call('POST', '/api/diary', body);
    expect(res.statusCode).toBe(201);
    return res.json() as DiaryEntryJson;
  };
  const list = async (query = '') => ((await s.call('GET', `/api/diary${query}`)).json() as DiaryListResponse).entries;

  it('adds an entry with what I said analysed for style and markers', async () => {
    const e = await add({
      occurredAt: '2025-04-02T18:30:00.000Z',
      situation: 'My flatmate left the dishes again.',
      whatISaid: "Sorry, I'm probably being annoying, but maybe you could possibly do the dishes?",
      anxietyBefore: 70,
      anxietyAfter: 40,
      outcome: 'He did them the next day.',
    });
    expect(e).toMatchObject({ anxietyBefore: 70, anxietyAfter: 40, occurredAt: '2025-04-02T18:30:00.000Z' });
    expect(e.analysis?.style).toBe('passive');
    expect(e.analysis?.markers.map((m) => m.kind)).toEqual(expect.arrayContaining(['hedge']));
    expect(((await s.call('GET', `/api/diary/${e.id}`)).json() as DiaryEntryJson).analysis).toEqual(e.analysis);
  });

  it('is quick to add: only the situation and the day are needed', async () => {
    const e = await add({ occurredAt: '2025-04-03', situation: 'Asked for a refund.' });
    expect(e).toMatchObject({ occurredAt: '2025-04-03T00:00:00.000Z', whatISaid: '', anxietyBefore: null, anxietyAfter: null, outcome: '', analysis: null });
  });

  it('finds entries by words and by dates, newest first', async () => {
    const a = await add({ occurredAt: '2025-04-01T09:00:00.000Z', situation: 'Meeting with my MANAGER about hours', whatISaid: 'I need to leave at five on Fridays.' });
    const b = await add({ occurredAt: '2025-04-05T09:00:00.000Z', situation: 'Dinner with my sister', whatISaid: 'I would rather not talk about work.' });
    const c = await add({ occurredAt: '2025-04-10T09:00:00.000Z', situation: 'Call with the manager', whatISaid: 'Could we move it?' });
    expect((await list()).map((e) => e.id)).toEqual([c.id, b.id, a.id]);
    expect((await list('?q=manager')).map((e) => e.id)).toEqual([c.id, a.id]);
    expect((await list('?q=rather%20not')).map((e) => e.id)).toEqual([b.id]);
    expect((await list('?from=2025-04-02&to=2025-04-05')).map((e) => e.id)).toEqual([b.id]);
    expect((await list('?from=2025-04-05T09:00:01.000Z')).map((e) => e.id)).toEqual([c.id]);
    expect((await list('?limit=1&offset=1')).map((e) => e.id)).toEqual([b.id]);
  });

  it('updates an entry, analysing a new what-I-said again', async () => {
    const e = await add({ occurredAt: '2025-04-02', situation: 'Shop', whatISaid: 'Whatever, fine.' });
    const res = await s.call('PATCH', `/api/diary/${e.id}`, { whatISaid: 'I would like a refund for this, please.', anxietyAfter: 20 });
    const u = res.json() as DiaryEntryJson;
    expect(u).toMatchObject({ situation: 'Shop', anxietyAfter: 20, whatISaid: 'I would like a refund for this, please.' });
    expect(u.analysis?.text).toBe('I would like a refund for this, please.');
    const cleared = (await s.call('PATCH', `/api/diary/${e.id}`, { anxietyAfter: null })).json() as DiaryEntryJson;
    expect(cleared.anxietyAfter).toBeNull();
    expect(cleared.analysis).toEqual(u.analysis);
  });

  it('deletes an entry', async () => {
    const e = await add({ occurredAt: '2025-04-02', situation: 'x' });
    expect((await s.call('DELETE', `/api/diary/${e.id}`)).json()).toEqual({ deleted: true });
    expect(errorOf(await s.call('GET', `/api/diary/${e.id}`)).status).toBe(404);
    expect(errorOf(await s.call('PATCH', `/api/diary/${e.id}`, { situation: 'y' })).status).toBe(404);
  });

  it('refuses bad input, naming the field', async () => {
    expect(errorOf(await s.call('POST', '/api/diary', { occurredAt: '2025-04-02', situation: ' ' }))).toMatchObject({ status: 400, paths: ['situation'] });
    expect(errorOf(await s.call('POST', '/api/diary', { occurredAt: 'last tuesday', situation: 'x' })).paths).toEqual(['occurredAt']);
    expect(errorOf(await s.call('POST', '/api/diary', { occurredAt: '2025-04-02', situation: 'x', anxietyBefore: 101 })).paths).toEqual(['anxietyBefore']);
    expect(errorOf(await s.call('POST', '/api/diary', { occurredAt: '2025-04-02', situation: 'x', anxietyAfter: 12.5 })).paths).toEqual(['anxietyAfter']);
    expect(errorOf(await s.call('GET', '/api/diary?from=soon')).paths).toEqual(['from']);
    expect(await list()).toHaveLength(0);
  });
});
