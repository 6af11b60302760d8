import { describe, expect, it } from 'vitest';
import type { PracticeEndResponse, PracticeListResponse, PracticeSessionView, PracticeTurnResponse } from '../../shared/api/practice.js';
import { scenarioListResponseSchema } from '../../shared/api/scenarios.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

const MASTERING = ["No, I can't take it on this week. I can help Priya get started on Monday.", "I understand it's urgent. Still, I can't take it on this week. I can help Priya on Monday."];

describe('practice sessions', () => {
  const s = useServer();
  const start = async (scenarioId = 'say-no-extra-work', seed?: number) => {
    const res = await s.call('POST', '/api/practice/sessions', { scenarioId, ...(seed !== undefined ? { seed } : {}) });
    expect(res.statusCode).toBe(201);
    return res.json() as PracticeSessionView;
  };
  const turn = async (id: string, reply: string) => s.call('POST', `/api/practice/sessions/${id}/turns`, { reply });

  it('starts a session with the opening line, and the same seed opens the same way', async () => {
    const a = await start('say-no-extra-work', 7);
    const b = await start('say-no-extra-work', 7);
    expect(a.status).toBe('in_progress');
    expect(a.record.seed).toBe(7);
    expect(a.record.turns).toHaveLength(1);
    expect(a.record.turns[0]).toMatchObject({ speaker: 'other', lineFrom: 'opening' });
    expect(b.record.turns[0].text).toBe(a.record.turns[0].text);
    expect(a.id).not.toBe(b.id);
    // Without a seed the server draws one (the fixture's is 42).
    expect((await start()).record.seed).toBe(42);
  });

  it('takes a turn: the reply analysed with feedback and state, the answer, all kept across a reload', async () => {
    const { id } = await start();
    const res = await turn(id, MASTERING[0]);
    expect(res.statusCode).toBe(200);
    const t = res.json() as PracticeTurnResponse;
    expect(t.reply).toMatchObject({ speaker: 'learner', text: MASTERING[0], turn: 1 });
    expect(t.reply.feedback.did.length).toBeGreaterThan(0);
    expect(t.reply.fired.map((f) => f.id)).toContain('clear-no');
    expect(t.reply.state.rapport).toBeTypeOf('number');
    expect(t.answer.speaker).toBe('other');
    expect(t.ended).toBeNull();
    const reloaded = (await s.call('GET', `/api/practice/sessions/${id}`)).json() as PracticeSessionView;
    expect(reloaded.record.turns).toEqual(t.session.record.turns);
  });

  it('replays exactly: same scenario, seed and replies give the same conversation', async () => {
    const play = async () => {
      const { id } = await start('say-no-extra-work', 3);
      for (const r of MASTERING) await turn(id, r);
      return ((await s.call('GET', `/api/practice/sessions/${id}`)).json() as PracticeSessionView).record;
    };
    expect(await play()).toEqual(await play());
  });

  it('ends at the scenario\'s ending with the summary, marks the scenario mastered, and refuses further turns', async () => {
    const { id } = await start();
    await turn(id, MASTERING[0]);
    const last = (await turn(id, MASTERING[1])).json() as PracticeTurnResponse;
    expect(last.ended).toMatchObject({ id: 'accepted', outcome: 'success' });
    expect(last.session.status).toBe('ended');
    expect(last.session.record.summary.skills.every((k) => k.status === 'reliable')).toBe(true);
    expect(errorOf(await turn(id, 'one more'))).toMatchObject({ status: 409, code: 'conflict' });
    const end = (await s.call('POST', `/api/practice/sessions/${id}/end`)).json() as PracticeEndResponse;
    expect(end.summary.ending?.id).toBe('accepted');
    const listed = scenarioListResponseSchema.parse((await s.call('GET', '/api/scenarios?skill=say_no')).json()).scenarios.find((x) => x.id === 'say-no-extra-work');
    expect(listed).toMatchObject({ mastered: true, sessions: 1, completed: 1 });
  });

  it('a session the learner ends early is summarised with a next step, and not mastered', async () => {
    const { id } = await start();
    await turn(id, "I'm sorry, I guess I could try.");
    const res = await s.call('POST', `/api/practice/sessions/${id}/end`);
    expect(res.statusCode).toBe(200);
    const end = res.json() as PracticeEndResponse;
    expect(end.session.status).toBe('ended');
    expect(end.summary.ending).toBeNull();
    expect(end.summary.turns).toBe(1);
    expect(end.summary.next).toMatchObject({ action: 'repeat', scenarioId: 'say-no-extra-work' });
    const listed = scenarioListResponseSchema.parse((await s.call('GET', '/api/scenarios')).json()).scenarios.find((x) => x.id === 'say-no-extra-work');
    expect(listed).toMatchObject({ mastered: false, completed: 1 });
  });

  it('keeps a draft until the next turn', async () => {
    const { id } = await start();
    const put = await s.call('PUT', `/api/practice/sessions/${id}/draft`, { draft: 'No, I can' });
    expect(put.json()).toEqual({ draft: 'No, I can' });
    expect(((await s.call('GET', `/api/practice/sessions/${id}`)).json() as PracticeSessionView).draft).toBe('No, I can');
    await turn(id, MASTERING[0]);
    expect(((await s.call('GET', `/api/practice/sessions/${id}`)).json() as PracticeSessionView).draft).toBe('');
  });

  it('two turns sent at once are both kept, one after the other', async () => {
    const { id } = await start('lonely-minimiser', 5);
    const [a, b] = await Promise.all([turn(id, 'How have your evenings been?'), turn(id, 'It sounds lonely.')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const view = (await s.call('GET', `/api/practice/sessions/${id}`)).json() as PracticeSessionView;
    expect(view.record.turns.filter((t) => t.speaker === 'learner').map((t) => t.text)).toEqual(['How have your evenings been?', 'It sounds lonely.']);
  });

  it('lists the history newest first, filtered by status and scenario, with mean scores', async () => {
    const a = await start('say-no-extra-work');
    await turn(a.id, MASTERING[0]);
    const b = await start('lonely-minimiser');
    const all = ((await s.call('GET', '/api/practice/sessions')).json() as PracticeListResponse).sessions;
    expect(all.map((x) => x.id)).toEqual([b.id, a.id]);
    expect(all[1]).toMatchObject({ scenarioId: 'say-no-extra-work', turns: 1, status: 'in_progress' });
    expect(all[1].empathy).toBeTypeOf('number');
    expect(all[0]).toMatchObject({ turns: 0, empathy: null });
    const filtered = ((await s.call('GET', '/api/practice/sessions?scenarioId=lonely-minimiser&status=in_progress')).json() as PracticeListResponse).sessions;
    expect(filtered.map((x) => x.id)).toEqual([b.id]);
  });

  it('deletes a session', async () => {
    const { id } = await start();
    expect((await s.call('DELETE', `/api/practice/sessions/${id}`)).json()).toEqual({ deleted: true });
    expect(errorOf(await s.call('GET', `/api/practice/sessions/${id}`)).status).toBe(404);
    expect(errorOf(await s.call('DELETE', `/api/practice/sessions/${id}`)).status).toBe(404);
  });

  it('refuses bad input and unknown sessions', async () => {
    expect(errorOf(await s.call('POST', '/api/practice/sessions', { scenarioId: 'no-such' }))).toMatchObject({ status: 404, code: 'not_found' });
    expect(errorOf(await s.call('POST', '/api/practice/sessions', { scenarioId: 'say-no-extra-work', seed: -1 })).paths).toEqual(['seed']);
    expect(errorOf(await s.call('POST', '/api/practice/sessions', {})).paths).toEqual(['scenarioId']);
    const { id } = await start();
    expect(errorOf(await turn(id, '   '))).toMatchObject({ status: 400, paths: ['reply'] });
    expect(errorOf(await turn(id, 'x'.repeat(2001))).paths).toEqual(['reply']);
    expect(errorOf(await s.call('PUT', `/api/practice/sessions/${id}/draft`, { draft: 5 })).paths).toEqual(['draft']);
    expect(errorOf(await turn('00000000-0000-4000-8000-000000000000', 'hi')).status).toBe(404);
    expect(errorOf(await s.call('GET', '/api/practice/sessions/not-a-uuid')).status).toBe(404);
    expect(errorOf(await s.call('GET', '/api/practice/sessions?status=paused')).paths).toEqual(['status']);
  });
});
