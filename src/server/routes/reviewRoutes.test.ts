import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { reviewReportSchema } from '../../present/review/reviewReportSchema.js';
import { reviewListResponseSchema, type CreateReviewResponse, type ReviewDetail } from '../../shared/api/reviews.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

const example = (name: string) => fs.readFileSync(path.join(DEFAULT_PATHS.root, 'examples', 'transcripts', name), 'utf8');

describe('reviews', () => {
  const s = useServer();
  const create = async (body: Record<string, unknown>) => {
    const res = await s.call('POST', '/api/reviews', body);
    expect(res.statusCode).toBe(201);
    return res.json() as CreateReviewResponse;
  };

  it('reviews an uploaded VTT file: the report stored and returned with its charts and metrics', async () => {
    const { reviews } = await create({ fileName: 'session.vtt', content: example('session.vtt') });
    expect(reviews).toHaveLength(1);
    const r = reviews[0];
    reviewReportSchema.parse(r.report);
    expect(r).toMatchObject({ title: 'session.vtt', sourceName: 'session.vtt', format: 'vtt' });
    expect(r.report.turns.length).toBe(r.metrics.turns);
    expect(r.metrics.meanEmpathy).toBeTypeOf('number');
    expect(r.charts.map((c) => c.id)).toEqual(expect.arrayContaining(['empathy-course', 'balance-path']));
    const got = (await s.call('GET', `/api/reviews/${r.id}`)).json() as ReviewDetail;
    expect(got.report.summary).toEqual(r.report.summary);
    expect(got.report.turns.map((t) => t.text)).toEqual(r.report.turns.map((t) => t.text));
  });

  it('reads the same session from text pasted in another format', async () => {
    const vtt = (await create({ fileName: 'session.vtt', content: example('session.vtt') })).reviews[0];
    const txt = (await create({ fileName: 'pasted.txt', content: example('session.txt'), pasted: true, title: 'Sam, week 3' })).reviews[0];
    expect(txt).toMatchObject({ title: 'Sam, week 3', sourceName: null, format: 'text' });
    expect(txt.report.roles).toEqual(expect.objectContaining({ source: expect.any(String) }));
    expect(txt.metrics.reflectionToQuestion).toBe(vtt.metrics.reflectionToQuestion);
  });

  it('redacts names before anything is analysed or stored', async () => {
    const { reviews } = await create({ fileName: 'session.txt', content: example('session.txt'), redact: true });
    const body = JSON.stringify(reviews[0].report.turns.map((t) => t.text));
    expect(reviews[0].report.redacted).toBe(true);
    expect(example('session.txt')).toMatch(/\bSam\b/);
    expect(body).not.toMatch(/\bSam\b/);
    const stored = JSON.stringify(await s.store.reviews.get(reviews[0].id));
    expect(stored).not.toMatch(/\bSam\b/);
  });

  it('stores one review per session of a file holding several', async () => {
    const header = 'transcript_id,mi_quality,video_title,video_url,topic,utterance_id,interlocutor,timestamp,utterance_text,main_therapist_behaviour,client_talk_type';
    const rows = [
      '1,high,A,u,t,0,therapist,00:00:01,How are things going with the drinking?,question,n/a',
      '1,high,A,u,t,1,client,00:00:05,I think I drink too much on weekends.,n/a,change',
      '1,high,A,u,t,2,therapist,00:00:09,It sounds like part of you is worried about it.,reflection,n/a',
      '2,high,B,u,t,0,therapist,00:00:01,What brings you in today?,question,n/a',
      '2,high,B,u,t,1,client,00:00:04,My doctor told me to come.,n/a,neutral',
    ];
    const { reviews } = await create({ fileName: 'annomi.csv', content: [header, ...rows].join('\n') });
    expect(reviews.map((r) => r.title)).toEqual(['annomi.csv#1', 'annomi.csv#2']);
    expect(reviews.every((r) => r.format === 'annomi')).toBe(true);
  });

  it('lists reviews newest first without their reports', async () => {
    const a = (await create({ fileName: 'session.vtt', content: example('session.vtt') })).reviews[0];
    const b = (await create({ fileName: 'session.srt', content: example('session.srt') })).reviews[0];
    const res = await s.call('GET', '/api/reviews');
    const list = reviewListResponseSchema.parse(res.json()).reviews;
    expect(list.map((r) => r.id)).toEqual([b.id, a.id]);
    expect(Object.keys(list[0])).not.toContain('report');
    expect(list[0].metrics).toEqual(b.metrics);
    expect(reviewListResponseSchema.parse((await s.call('GET', '/api/reviews?limit=1&offset=1')).json()).reviews.map((r) => r.id)).toEqual([a.id]);
  });

  it('renders the self-contained HTML report under its own strict policy', async () => {
    const { id } = (await create({ fileName: 'session.vtt', content: example('session.vtt') })).reviews[0];
    const res = await s.call('GET', `/api/reviews/${id}/html`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(res.body).toContain('<h1>Session review</h1>');
    expect(res.body).toContain('<svg');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('deletes a review', async () => {
    const { id } = (await create({ fileName: 'session.vtt', content: example('session.vtt') })).reviews[0];
    expect((await s.call('DELETE', `/api/reviews/${id}`)).json()).toEqual({ deleted: true });
    for (const url of [`/api/reviews/${id}`, `/api/reviews/${id}/html`]) expect(errorOf(await s.call('GET', url)).status).toBe(404);
    expect(errorOf(await s.call('DELETE', `/api/reviews/${id}`)).status).toBe(404);
  });

  it('answers 422 with the line for a file that is not a transcript, and 400 for bad fields', async () => {
    const bad = errorOf(await s.call('POST', '/api/reviews', { fileName: 'notes.vtt', content: 'WEBVTT\n\nthis is not a cue\n' }));
    expect(bad).toMatchObject({ status: 422, code: 'unreadable_transcript' });
    expect(bad.message).toMatch(/notes\.vtt/);
    const binary = errorOf(await s.call('POST', '/api/reviews', { fileName: 'a.docx', content: 'PK\u0000\u0003 word' }));
    expect(binary).toMatchObject({ status: 422, paths: ['line 1'] });
    expect(errorOf(await s.call('POST', '/api/reviews', { fileName: 'a.txt', content: '' })).paths).toEqual(['content']);
    expect(errorOf(await s.call('POST', '/api/reviews', { content: 'Therapist: hi' })).paths).toEqual(['fileName']);
    expect(errorOf(await s.call('POST', '/api/reviews', { fileName: 'a.txt', content: 'T: hi', redact: 'yes' })).paths).toEqual(['redact']);
    expect(errorOf(await s.call('GET', '/api/reviews?limit=0')).paths).toEqual(['limit']);
  });
});
