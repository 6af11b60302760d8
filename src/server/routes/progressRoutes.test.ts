import { describe, expect, it } from 'vitest';
import { instrumentItems } from '../../core/assess/instrument.js';
import type { PracticeSessionView } from '../../shared/api/practice.js';
import type { ProgressResponse } from '../../shared/api/progress.js';
import { testEngine, useServer } from '../testing/serverFixture.js';

describe('GET /api/progress', () => {
  const s = useServer();
  const progress = async () => (await s.call('GET', '/api/progress')).json() as ProgressResponse;

  it('is empty series for a new person, with the library size', async () => {
    expect(await progress()).toEqual({ practice: [], balancePath: [], mastered: [], scenarioCount: testEngine().scenarios.length, questionnaires: [], diary: [], ladders: [] });
  });

  it('plots practice sessions oldest first, with every reply on the balance path and mastery', async () => {
    const play = async (scenarioId: string, replies: string[], end = false) => {
      const v = (await s.call('POST', '/api/practice/sessions', { scenarioId, seed: 1 })).json() as PracticeSessionView;
      for (const reply of replies) await s.call('POST', `/api/practice/sessions/${v.id}/turns`, { reply });
      if (end) await s.call('POST', `/api/practice/sessions/${v.id}/end`);
      return v.id;
    };
    const first = await play('say-no-extra-work', ['Whatever, I guess I can do it.'], true);
    await play('lonely-minimiser', []);
    const second = await play('say-no-extra-work', ["No, I can't take it on this week. I can help Priya get started on Monday.", "I understand it's urgent. Still, I can't take it on this week. I can help Priya on Monday."]);
    const p = await progress();
    expect(p.practice.map((x) => x.sessionId)).toEqual([first, second]);
    expect(p.practice[1]).toMatchObject({ status: 'ended', outcome: 'success', turns: 2 });
    expect(p.practice[0].outcome).toBeNull();
    expect(p.practice[1].assertiveness).toBeGreaterThan(p.practice[0].assertiveness);
    expect(p.balancePath.map((x) => [x.sessionId, x.turn])).toEqual([[first, 1], [second, 1], [second, 2]]);
    expect(p.mastered).toEqual([expect.objectContaining({ scenarioId: 'say-no-extra-work', sessionId: second })]);
  });

  it('plots questionnaire scores, diary anxiety and ladder progress', async () => {
    const ipip = testEngine().instruments.find((i) => i.id === 'ipip-neo-e3-assertiveness')!;
    const answers = Object.fromEntries(instrumentItems(ipip).map((it) => [it.id, 3]));
    await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers, takenAt: '2025-01-01T00:00:00.000Z' });
    await s.call('POST', '/api/diary', { occurredAt: '2025-02-01', situation: 'a', anxietyBefore: 80, anxietyAfter: 30 });
    await s.call('POST', '/api/diary', { occurredAt: '2025-01-01', situation: 'b', anxietyBefore: 60 });
    await s.call('POST', '/api/ladders', { title: 'L', steps: [{ text: 'x', expectedAnxiety: 10 }, { text: 'y', expectedAnxiety: 20 }] });
    const p = await progress();
    expect(p.questionnaires).toEqual([expect.objectContaining({ instrumentId: ipip.id, scores: { [ipip.scales[0].id]: 3 } })]);
    expect(p.diary.map((d) => [d.anxietyBefore, d.anxietyAfter])).toEqual([[60, null], [80, 30]]);
    expect(p.ladders).toEqual([expect.objectContaining({ title: 'L', done: 0, total: 2 })]);
  });
});
