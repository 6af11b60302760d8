import { describe, expect, it } from 'vitest';
import { analysisRecordSchema } from '../../present/review/analysisRecordSchema.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

describe('POST /api/analyze', () => {
  const s = useServer();

  it('answers the analysis record of an utterance, with its evidence', async () => {
    const res = await s.call('POST', '/api/analyze', { text: "I feel frustrated when plans change last minute, and I'd like us to agree on them a day ahead.", speaker: 'person' });
    expect(res.statusCode).toBe(200);
    const record = analysisRecordSchema.parse(res.json());
    expect(record.style).toBe('assertive');
    expect(record.markers.length).toBeGreaterThan(0);
    for (const m of record.markers) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('reads a therapist turn in context: stance and counselling codes', async () => {
    const res = await s.call('POST', '/api/analyze', {
      text: "It sounds like you've been carrying this on your own for a long time.",
      speaker: 'therapist',
      context: [{ speaker: 'client', text: "I haven't told anyone about it, not even my sister." }],
    });
    const record = analysisRecordSchema.parse(res.json());
    expect(record.stance).toBeDefined();
    expect(record.mi?.behaviour).toBe('reflection');
    expect(record.empathy.er + record.empathy.ip + record.empathy.ex).toBeGreaterThan(0);
  });

  it('accepts empty text (the meter before typing) and notes it', async () => {
    const record = analysisRecordSchema.parse((await s.call('POST', '/api/analyze', { text: '', speaker: 'person' })).json());
    expect(record.notes.map((n) => n.code)).toContain('empty_text');
  });

  it('answers in a few milliseconds (the live meter)', async () => {
    const text = "I understand you're busy, but I can't take this on today. Could we look at it on Monday?";
    await s.call('POST', '/api/analyze', { text, speaker: 'person' });
    const started = performance.now();
    const n = 20;
    for (let i = 0; i < n; i++) await s.call('POST', '/api/analyze', { text: `${text} ${i}`, speaker: 'person' });
    expect((performance.now() - started) / n).toBeLessThan(25);
  });

  it('names each bad field', async () => {
    expect(errorOf(await s.call('POST', '/api/analyze', { speaker: 'person' }))).toMatchObject({ status: 400, code: 'invalid_input', paths: ['text'] });
    expect(errorOf(await s.call('POST', '/api/analyze', { text: 'hi', speaker: 'boss' }))).toMatchObject({ status: 400, paths: ['speaker'] });
    expect(errorOf(await s.call('POST', '/api/analyze', { text: 'x'.repeat(5001), speaker: 'person' })).paths).toEqual(['text']);
    expect(errorOf(await s.call('POST', '/api/analyze', { text: 'hi', speaker: 'person', context: [{ speaker: 'client' }] })).paths).toEqual(['context.0.text']);
    expect(errorOf(await s.call('POST', '/api/analyze', [1, 2])).code).toBe('invalid_input');
  });
});
