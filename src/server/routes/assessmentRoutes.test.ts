import { describe, expect, it } from 'vitest';
import { instrumentItems } from '../../core/assess/instrument.js';
import type { AssessmentJson, AssessmentListResponse, InstrumentDetail, InstrumentListResponse } from '../../shared/api/assessments.js';
import { errorOf, testEngine, useServer } from '../testing/serverFixture.js';

describe('questionnaires', () => {
  const s = useServer();
  const ipip = testEngine().instruments.find((i) => i.id === 'ipip-neo-e3-assertiveness')!;
  const allAnswered = (value: (i: number) => number) => Object.fromEntries(instrumentItems(ipip).map((it, i) => [it.id, value(i)]));

  it('lists the shipped instruments with their citation and licence', async () => {
    const { instruments } = (await s.call('GET', '/api/instruments')).json() as InstrumentListResponse;
    expect(instruments.map((i) => i.id).sort()).toEqual(testEngine().instruments.map((i) => i.id).sort());
    for (const i of instruments) {
      expect(i.itemCount).toBeGreaterThan(0);
      expect(i.citation.length).toBeGreaterThan(10);
      expect(i.licence.length).toBeGreaterThan(0);
    }
  });

  it('gives one instrument with its items, options and source', async () => {
    const res = await s.call('GET', '/api/instruments/cbi');
    const cbi = res.json() as InstrumentDetail;
    expect(cbi.scales.map((x) => x.id)).toEqual(['personal', 'work', 'client']);
    expect(cbi.citation).toMatch(/Kristensen/);
    expect(errorOf(await s.call('GET', '/api/instruments/beck'))).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('scores answers with the published key (reverse-keyed items mirrored, 6 − x) and keeps them', async () => {
    const answers = allAnswered(() => 5);
    const reversed = instrumentItems(ipip).filter((it) => it.reverse).length;
    expect(reversed).toBeGreaterThan(0);
    const res = await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers, takenAt: '2025-03-01T10:00:00.000Z' });
    expect(res.statusCode).toBe(201);
    const a = res.json() as AssessmentJson;
    expect(a.scores.scales[0].score).toBeCloseTo((5 * (10 - reversed) + 1 * reversed) / 10, 2);
    expect(a.scores.scales[0]).toMatchObject({ min: 1, max: 5, answered: 10 });
    expect(a.takenAt).toBe('2025-03-01T10:00:00.000Z');
    expect(((await s.call('GET', `/api/assessments/${a.id}`)).json() as AssessmentJson).answers).toEqual(answers);
  });

  it('scores with a few answers missing, and says which', async () => {
    const answers = allAnswered(() => 4);
    const first = instrumentItems(ipip)[0].id;
    answers[first] = null as unknown as number;
    const a = (await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers })).json() as AssessmentJson;
    expect(a.scores.scales[0].answered).toBe(9);
    expect(a.scores.issues).toEqual([expect.objectContaining({ code: 'missing_answers', items: [first] })]);
  });

  it('keeps the history per instrument, newest first', async () => {
    for (const takenAt of ['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z']) {
      await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: allAnswered(() => 3), takenAt });
    }
    const cbiAnswers = Object.fromEntries(instrumentItems(testEngine().instruments.find((i) => i.id === 'cbi')!).map((it) => [it.id, 2]));
    await s.call('POST', '/api/assessments', { instrumentId: 'cbi', answers: cbiAnswers });
    const { assessments } = (await s.call('GET', `/api/assessments?instrumentId=${ipip.id}`)).json() as AssessmentListResponse;
    expect(assessments.map((x) => x.takenAt)).toEqual(['2025-02-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(((await s.call('GET', '/api/assessments')).json() as AssessmentListResponse).assessments).toHaveLength(3);
  });

  it('refuses answers that are not options, items it does not have, and a set too thin to score', async () => {
    const out = errorOf(await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: { ...allAnswered(() => 3), [instrumentItems(ipip)[2].id]: 6 } }));
    expect(out).toMatchObject({ status: 400, code: 'invalid_input', paths: [`answers.${instrumentItems(ipip)[2].id}`] });
    expect(errorOf(await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: { 'no-such-item': 2 } })).paths).toEqual(['answers.no-such-item']);
    expect(errorOf(await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: {} }))).toMatchObject({ status: 400, code: 'invalid_input' });
    expect(errorOf(await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: { x: 2.5 } })).paths).toEqual(['answers.x']);
    expect(errorOf(await s.call('POST', '/api/assessments', { instrumentId: 'beck', answers: {} })).status).toBe(404);
    expect(errorOf(await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: allAnswered(() => 3), takenAt: 'yesterday' })).paths).toEqual(['takenAt']);
    expect(((await s.call('GET', '/api/assessments')).json() as AssessmentListResponse).assessments).toHaveLength(0);
  });

  it('deletes a result', async () => {
    const a = (await s.call('POST', '/api/assessments', { instrumentId: ipip.id, answers: allAnswered(() => 2) })).json() as AssessmentJson;
    expect((await s.call('DELETE', `/api/assessments/${a.id}`)).json()).toEqual({ deleted: true });
    expect(errorOf(await s.call('GET', `/api/assessments/${a.id}`)).status).toBe(404);
  });
});
