import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instrumentItems } from '../core/assess/instrument.js';
import { DEFAULT_PATHS } from '../io/paths.js';
import type { AssessmentListResponse } from '../shared/api/assessments.js';
import type { DiaryListResponse } from '../shared/api/diary.js';
import type { LadderJson } from '../shared/api/exposure.js';
import type { PracticeSessionView, PracticeTurnResponse } from '../shared/api/practice.js';
import type { CreateReviewResponse, ReviewDetail } from '../shared/api/reviews.js';
import type { WorksheetJson } from '../shared/api/worksheets.js';
import { openStore } from '../store/openStore.js';
import type { StoreExport } from '../store/store.js';
import { errorOf, testEngine, useServer } from './testing/serverFixture.js';

// The API over PostgreSQL, as a clinic would run it: the same server, a real database server (as in
// src/store/postgresStore.test.ts: 127.0.0.1:5432 with trust auth, ATTUNE_TEST_PG_URL for another,
// ATTUNE_SKIP_PG=1 where none can be had). The SQLite suites cover every route; this one walks each
// area once on PostgreSQL, where JSON, dates, ids and text search are the database's own.
const ADMIN_URL = process.env.ATTUNE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SKIP = process.env.ATTUNE_SKIP_PG === '1';
const DB_NAME = `attune_api_test_${process.pid}`;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

describe.skipIf(SKIP)('the API on PostgreSQL', () => {
  beforeAll(async () => {
    await admin(`drop database if exists ${DB_NAME} with (force)`);
    await admin(`create database ${DB_NAME}`);
  });
  // Registered before the fixture's own afterAll, so it runs after the store is closed.
  afterAll(async () => {
    await admin(`drop database if exists ${DB_NAME} with (force)`);
  });
  const s = useServer({}, () => openStore({ dataDir: '/nonexistent', databaseUrl: urlFor(DB_NAME) }));

  it('reports the PostgreSQL store', async () => {
    expect((await s.call('GET', '/api/health')).json()).toMatchObject({ store: 'postgres' });
  });

  it('practises a scenario to its end, kept turn by turn', async () => {
    const v = (await s.call('POST', '/api/practice/sessions', { scenarioId: 'say-no-extra-work', seed: 1 })).json() as PracticeSessionView;
    await s.call('PUT', `/api/practice/sessions/${v.id}/draft`, { draft: 'No' });
    expect(((await s.call('GET', `/api/practice/sessions/${v.id}`)).json() as PracticeSessionView).draft).toBe('No');
    const t1 = (await s.call('POST', `/api/practice/sessions/${v.id}/turns`, { reply: "No, I can't take it on this week. I can help Priya get started on Monday." })).json() as PracticeTurnResponse;
    const t2 = (await s.call('POST', `/api/practice/sessions/${v.id}/turns`, { reply: "I understand it's urgent. Still, I can't take it on this week. I can help Priya on Monday." })).json() as PracticeTurnResponse;
    expect(t2.ended?.outcome).toBe('success');
    const reloaded = (await s.call('GET', `/api/practice/sessions/${v.id}`)).json() as PracticeSessionView;
    expect(reloaded.record.turns).toEqual(t2.session.record.turns);
    expect(reloaded.record.turns[1]).toEqual(t1.reply);
    expect(errorOf(await s.call('GET', '/api/practice/sessions/not-a-uuid')).status).toBe(404);
  });

  it('reviews a VTT file and renders its report', async () => {
    const content = fs.readFileSync(path.join(DEFAULT_PATHS.root, 'examples', 'transcripts', 'session.vtt'), 'utf8');
    const created = (await s.call('POST', '/api/reviews', { fileName: 'session.vtt', content })).json() as CreateReviewResponse;
    const got = (await s.call('GET', `/api/reviews/${created.reviews[0].id}`)).json() as ReviewDetail;
    expect(got.report.summary).toEqual(created.reviews[0].report.summary);
    expect((await s.call('GET', `/api/reviews/${got.id}/html`)).body).toContain('<h1>Session review</h1>');
  });

  it('keeps questionnaires, diary entries (found by words and dates), ladders and worksheets', async () => {
    const cbi = testEngine().instruments.find((i) => i.id === 'cbi')!;
    await s.call('POST', '/api/assessments', { instrumentId: 'cbi', answers: Object.fromEntries(instrumentItems(cbi).map((it) => [it.id, 2])) });
    expect(((await s.call('GET', '/api/assessments?instrumentId=cbi')).json() as AssessmentListResponse).assessments[0].scores.scales).toHaveLength(3);

    await s.call('POST', '/api/diary', { occurredAt: '2025-04-01T09:00:00+02:00', situation: 'Talked to my MANAGER', whatISaid: 'I need Fridays off.' });
    await s.call('POST', '/api/diary', { occurredAt: '2025-04-09', situation: 'Dinner' });
    const found = ((await s.call('GET', '/api/diary?q=manager&from=2025-04-01&to=2025-04-01')).json() as DiaryListResponse).entries;
    expect(found.map((e) => [e.situation, e.occurredAt])).toEqual([['Talked to my MANAGER', '2025-04-01T07:00:00.000Z']]);

    const ladder = (await s.call('POST', '/api/ladders', { title: 'Work', steps: [{ text: 'B', expectedAnxiety: 50 }, { text: 'A', expectedAnxiety: 20 }] })).json() as LadderJson;
    const done = (await s.call('POST', `/api/ladders/${ladder.id}/steps/${ladder.steps[0].id}/done`, { anxietyBefore: 40, anxietyAfter: 15 })).json() as LadderJson;
    expect(done.nextStepId).toBe(ladder.steps[1].id);

    const w = (await s.call('POST', '/api/worksheets', { kind: 'i_statement', fields: { feeling: 'hurt' } })).json() as WorksheetJson;
    expect(((await s.call('GET', `/api/worksheets/${w.id}`)).json() as WorksheetJson).checks).toEqual(w.checks);
  });

  it('exports and deletes everything', async () => {
    await s.call('POST', '/api/diary', { occurredAt: '2025-04-09', situation: 'x' });
    expect(((await s.call('GET', '/api/export.json')).json() as StoreExport).diaryEntries).toHaveLength(1);
    expect((await s.call('GET', '/api/export/diary.csv')).body.split('\n')[0]).toMatch(/^id,occurredAt,situation/);
    await s.call('DELETE', '/api/data', { confirm: 'delete everything' });
    expect(((await s.call('GET', '/api/export.json')).json() as StoreExport).diaryEntries).toHaveLength(0);
  });
});
