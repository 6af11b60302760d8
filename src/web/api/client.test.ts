import { afterEach, describe, expect, it, vi } from 'vitest';
import { scenarioListResponseSchema, practiceTurnRequestSchema } from '../../shared/api/index.js';
import { ApiError } from './apiError.js';
import { api, apiUrl } from './client.js';

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

describe('api client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds same-origin URLs under /api, leaving empty query values out', () => {
    expect(apiUrl('/scenarios', { skill: 'say_no', level: 2, role: '', x: undefined })).toBe('/api/scenarios?skill=say_no&level=2');
    expect(apiUrl('reviews')).toBe('/api/reviews');
  });

  it('validates an answer with the shared schema', async () => {
    vi.stubGlobal('fetch', answer(200, { scenarios: [] }));
    await expect(api.get('/scenarios', { responseSchema: scenarioListResponseSchema })).resolves.toEqual({ scenarios: [] });
    vi.stubGlobal('fetch', answer(200, { scenarios: [{ id: 1 }] }));
    const err = await api.get('/scenarios', { responseSchema: scenarioListResponseSchema }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('bad_response');
    expect((err as ApiError).message).toMatch(/scenarios\.0\.id/);
  });

  it('checks a body before sending it, and sends nothing when it fails', async () => {
    const fetch = answer(200, {});
    vi.stubGlobal('fetch', fetch);
    const err = (await api.post('/practice/sessions/x/turns', { reply: '   ' }, { requestSchema: practiceTurnRequestSchema }).catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('invalid_input');
    expect(err.issues.map((i) => i.path)).toEqual(['reply']);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("turns the API's error body into an ApiError with its code, sentence and issues", async () => {
    vi.stubGlobal('fetch', answer(409, { error: { code: 'conflict', message: 'The session has ended.' } }));
    const err = (await api.post('/x', {}).catch((e: unknown) => e)) as ApiError;
    expect([err.code, err.status, err.message]).toEqual(['conflict', 409, 'The session has ended.']);
    vi.stubGlobal('fetch', answer(502, '<html>bad gateway</html>'));
    const other = (await api.get('/x').catch((e: unknown) => e)) as ApiError;
    expect([other.code, other.status]).toEqual(['internal', 502]);
  });

  it('says plainly when the server is not there', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const err = (await api.get('/health').catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/attune serve/);
  });
});
