import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { EXPORT_KINDS } from '../../shared/api/data.js';
import type { StoreExport } from '../../store/store.js';
import { instrumentItems } from '../../core/assess/instrument.js';
import { errorOf, testEngine, useServer } from '../testing/serverFixture.js';

describe('your data', () => {
  const s = useServer();
  const fill = async () => {
    const v = (await s.call('POST', '/api/practice/sessions', { scenarioId: 'say-no-extra-work', seed: 1 })).json() as { id: string };
    await s.call('POST', `/api/practice/sessions/${v.id}/turns`, { reply: '=HYPERLINK("http://x")' });
    await s.call('POST', '/api/diary', { occurredAt: '2025-02-01', situation: 'Told my boss, "no".\nTwo lines.', whatISaid: 'No, thank you.', anxietyBefore: 70 });
    await s.call('POST', '/api/ladders', { title: 'Work', steps: [{ text: 'Ask for feedback', expectedAnxiety: 20 }] });
    await s.call('POST', '/api/worksheets', { kind: 'fast', fields: { fair: 'I want to be fair to both of us.' } });
    await s.call('POST', '/api/reviews', { fileName: 's.txt', content: 'Therapist: How are you?\nClient: Tired.\n' });
    const cbi = testEngine().instruments.find((i) => i.id === 'cbi')!;
    await s.call('POST', '/api/assessments', { instrumentId: 'cbi', answers: Object.fromEntries(instrumentItems(cbi).map((it) => [it.id, 2])) });
  };

  it('exports everything as one JSON document to download', async () => {
    await fill();
    const res = await s.call('GET', '/api/export.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="attune-export-\d{4}-\d{2}-\d{2}\.json"$/);
    const data = res.json() as StoreExport;
    expect(data.format).toBe('attune-export/1');
    expect([data.practiceSessions, data.diaryEntries, data.ladders, data.worksheets, data.reviews, data.assessments].map((x) => x.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(data.diaryEntries[0].situation).toBe('Told my boss, "no".\nTwo lines.');
  });

  it('exports each kind as CSV that round-trips, formulas neutralised', async () => {
    await fill();
    for (const kind of EXPORT_KINDS) {
      const res = await s.call('GET', `/api/export/${kind}.csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parse(res.body, { columns: true }) as Array<Record<string, string>>;
      expect(rows.length, kind).toBeGreaterThan(0);
    }
    const diary = parse((await s.call('GET', '/api/export/diary.csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(diary[0]).toMatchObject({ situation: 'Told my boss, "no".\nTwo lines.', anxietyBefore: '70', anxietyAfter: '' });
    const assessments = parse((await s.call('GET', '/api/export/assessments.csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(assessments.map((r) => r.scaleId)).toEqual(['personal', 'work', 'client']);
    const practice = parse((await s.call('GET', '/api/export/practice.csv')).body, { columns: true }) as Array<Record<string, string>>;
    expect(practice[0].replies).toBe('\'=HYPERLINK("http://x")');
    expect(errorOf(await s.call('GET', '/api/export/secrets.csv'))).toMatchObject({ status: 400, paths: ['kind'] });
    expect(errorOf(await s.call('GET', '/api/export/diary.xlsx')).status).toBe(404);
  });

  it('deletes everything, only when confirmed', async () => {
    await fill();
    expect(errorOf(await s.call('DELETE', '/api/data', {}))).toMatchObject({ status: 400, paths: ['confirm'] });
    expect(errorOf(await s.call('DELETE', '/api/data', { confirm: 'yes' })).paths).toEqual(['confirm']);
    expect((await s.call('GET', '/api/export.json')).json()).toMatchObject({ diaryEntries: [expect.anything()] });
    expect((await s.call('DELETE', '/api/data', { confirm: 'delete everything' })).json()).toEqual({ deleted: true });
    const data = (await s.call('GET', '/api/export.json')).json() as StoreExport;
    expect([data.practiceSessions, data.reviews, data.assessments, data.diaryEntries, data.ladders, data.worksheets].every((x) => x.length === 0)).toBe(true);
  });
});
