import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorResponseSchema, healthResponseSchema } from '../shared/api/common.js';
import { APP_CSP } from './securityHeaders.js';
import { errorOf, useServer } from './testing/serverFixture.js';

describe('the server', () => {
  const s = useServer();

  it('answers GET /api/health with the version and the store in use', async () => {
    const res = await s.call('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(healthResponseSchema.parse(res.json())).toEqual({ status: 'ok', version: '0.0.0-test', store: 'sqlite' });
  });

  it('sends a strict Content-Security-Policy and privacy headers on every response', async () => {
    for (const url of ['/api/health', '/', '/api/nope']) {
      const res = await s.call('GET', url);
      expect(res.headers['content-security-policy']).toBe(APP_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
    expect(APP_CSP).toContain("default-src 'self'");
    expect(APP_CSP).toContain("connect-src 'self'");
    expect(APP_CSP).not.toMatch(/https?:|unsafe-eval|\*/);
    expect((await s.call('GET', '/api/health')).headers['cache-control']).toBe('no-store');
  });

  it('refuses requests addressed to another host name (DNS rebinding) while on the loopback address', async () => {
    const res = await s.call('GET', '/api/health', undefined, { host: 'evil.example:4173' });
    expect(errorOf(res)).toMatchObject({ status: 403, code: 'forbidden' });
    for (const host of ['localhost:4173', '127.0.0.1:4173', '[::1]:4173']) {
      expect((await s.call('GET', '/api/health', undefined, { host })).statusCode).toBe(200);
    }
  });

  it('refuses API requests from other sites', async () => {
    const cross = await s.call('POST', '/api/analyze', { text: 'hi', speaker: 'person' }, { 'sec-fetch-site': 'cross-site' });
    expect(errorOf(cross)).toMatchObject({ status: 403, code: 'forbidden' });
    const origin = await s.call('POST', '/api/analyze', { text: 'hi', speaker: 'person' }, { origin: 'https://evil.example', host: 'localhost:4173' });
    expect(errorOf(origin)).toMatchObject({ status: 403, code: 'forbidden' });
    const same = await s.call('POST', '/api/analyze', { text: 'hi', speaker: 'person' }, { origin: 'http://localhost:4173', host: 'localhost:4173', 'sec-fetch-site': 'same-origin' });
    expect(same.statusCode).toBe(200);
  });

  it('answers unknown API routes with a JSON 404 in the one error shape', async () => {
    const res = await s.call('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(errorResponseSchema.parse(res.json()).error.code).toBe('not_found');
  });

  it('maps malformed bodies, wrong content types and oversized bodies to their codes, without internals', async () => {
    const badJson = await s.app.inject({ method: 'POST', url: '/api/analyze', payload: '{"text": ', headers: { 'content-type': 'application/json' } });
    expect(errorOf(badJson)).toMatchObject({ status: 400, code: 'invalid_json' });
    const text = await s.app.inject({ method: 'POST', url: '/api/analyze', payload: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(errorOf(text)).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const huge = await s.call('POST', '/api/reviews', { fileName: 'a.txt', content: 'x'.repeat(6 * 1024 * 1024) });
    expect(errorOf(huge)).toMatchObject({ status: 413, code: 'payload_too_large' });
    for (const res of [badJson, text, huge]) expect(res.body).not.toMatch(/at .*\.(js|ts):\d+|FST_ERR|stack/i);
  });

  it('hides internal faults behind a plain 500', async () => {
    const broken = useServerlessFault();
    const res = await broken.inject({ method: 'GET', url: '/boom' });
    expect(errorOf(res)).toMatchObject({ status: 500, code: 'internal' });
    expect(res.body).not.toContain('secret detail');
    await broken.close();
  });

  it('says to build the front end when dist/web is missing', async () => {
    const res = await s.call('GET', '/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('npm run build');
    expect((await s.call('GET', '/practice')).statusCode).toBe(404);
  });
});

import Fastify from 'fastify';
import { registerErrorMapper } from './errorMapper.js';

/** A bare fastify with the mapper and a route that throws an ordinary error. */
function useServerlessFault() {
  const app = Fastify({ logger: false });
  registerErrorMapper(app);
  app.get('/boom', async () => {
    throw new Error('secret detail at /home/someone/file.ts:12');
  });
  return app;
}

describe('the built front end', () => {
  const web = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-web-'));
  fs.mkdirSync(path.join(web, 'assets'));
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>attune app</title><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(web, 'assets', 'app.js'), 'console.log("app")');
  afterAll(() => fs.rmSync(web, { recursive: true, force: true }));
  const s = useServer({ webDir: web });

  it('serves index.html at / and for the app\'s own page paths, and its assets', async () => {
    for (const url of ['/', '/practice', '/review/123']) {
      const res = await s.call('GET', url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<title>attune app</title>');
      expect(res.headers['content-security-policy']).toBe(APP_CSP);
    }
    const js = await s.call('GET', '/assets/app.js');
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('answers 404 for missing files and never serves the app for an API path', async () => {
    expect((await s.call('GET', '/assets/missing.js')).statusCode).toBe(404);
    const api = await s.call('GET', '/api/missing');
    expect(errorOf(api)).toMatchObject({ status: 404, code: 'not_found' });
  });
});
