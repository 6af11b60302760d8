import { describe, expect, it } from 'vitest';
import type { WorksheetCheckJson, WorksheetJson, WorksheetKindsResponse, WorksheetListResponse } from '../../shared/api/worksheets.js';
import { errorOf, useServer } from '../testing/serverFixture.js';

describe('worksheets', () => {
  const s = useServer();

  it('describes each kind and its parts for the forms', async () => {
    const { kinds } = (await s.call('GET', '/api/worksheets/kinds')).json() as WorksheetKindsResponse;
    expect(kinds.map((k) => k.kind)).toEqual(['dear_man', 'give', 'fast', 'i_statement']);
    const dear = kinds.find((k) => k.kind === 'dear_man')!;
    expect(dear.parts.map((p) => p.id)).toContain('describe');
    expect(kinds.find((k) => k.kind === 'i_statement')!.parts.some((p) => p.lead !== null)).toBe(true);
  });

  it('checks an I statement live: a feeling and a request are ok, an attack is a problem', async () => {
    const { kinds } = (await s.call('GET', '/api/worksheets/kinds')).json() as WorksheetKindsResponse;
    const parts = kinds.find((k) => k.kind === 'i_statement')!.parts.map((p) => p.id);
    const good = Object.fromEntries(parts.map((p, i) => [p, ['frustrated', 'plans change at the last minute', 'I had already arranged childcare', 'we agree plans a day ahead'][i] ?? '']));
    const ok = (await s.call('POST', '/api/worksheets/check', { kind: 'i_statement', fields: good })).json() as WorksheetCheckJson;
    expect(ok.parts.every((p) => p.status === 'ok')).toBe(true);
    expect(ok.complete).toBe(true);
    expect(ok.script).toMatch(/^I feel frustrated/);
    const bad = (await s.call('POST', '/api/worksheets/check', { kind: 'i_statement', fields: { ...good, [parts[0]]: 'like you never listen, you idiot' } })).json() as WorksheetCheckJson;
    expect(bad.complete).toBe(false);
    expect(bad.parts[0].status).toBe('problem');
  });

  it('says what is missing in an empty DEAR MAN', async () => {
    const check = (await s.call('POST', '/api/worksheets/check', { kind: 'dear_man', fields: {} })).json() as WorksheetCheckJson;
    expect(check.parts.filter((p) => p.status === 'missing').length).toBeGreaterThan(3);
    expect(check.parts.every((p) => p.hint.length > 0)).toBe(true);
  });

  it('saves, lists by kind, updates with fresh checks, and deletes', async () => {
    const res = await s.call('POST', '/api/worksheets', { kind: 'dear_man', fields: { describe: 'You have asked me to stay late three times this week.' } });
    expect(res.statusCode).toBe(201);
    const w = res.json() as WorksheetJson;
    expect((w.checks as WorksheetCheckJson).parts.find((p) => p.part === 'describe')?.status).toBe('ok');
    await s.call('POST', '/api/worksheets', { kind: 'give', fields: {} });
    expect(((await s.call('GET', '/api/worksheets?kind=dear_man')).json() as WorksheetListResponse).worksheets.map((x) => x.id)).toEqual([w.id]);
    const u = (await s.call('PATCH', `/api/worksheets/${w.id}`, { fields: { describe: 'You are always so selfish.' } })).json() as WorksheetJson;
    expect(u.fields).toEqual({ describe: 'You are always so selfish.' });
    expect((u.checks as WorksheetCheckJson).parts.find((p) => p.part === 'describe')?.status).toBe('problem');
    expect(((await s.call('GET', `/api/worksheets/${w.id}`)).json() as WorksheetJson).checks).toEqual(u.checks);
    expect((await s.call('DELETE', `/api/worksheets/${w.id}`)).json()).toEqual({ deleted: true });
    expect(errorOf(await s.call('GET', `/api/worksheets/${w.id}`)).status).toBe(404);
  });

  it('refuses unknown kinds, unknown parts and over-long fields', async () => {
    expect(errorOf(await s.call('POST', '/api/worksheets/check', { kind: 'abc', fields: {} }))).toMatchObject({ status: 400, paths: ['kind'] });
    expect(errorOf(await s.call('POST', '/api/worksheets/check', { kind: 'dear_man', fields: { feelings: 'x' } }))).toMatchObject({ status: 400, code: 'invalid_input', paths: ['fields.feelings'] });
    expect(errorOf(await s.call('POST', '/api/worksheets', { kind: 'dear_man', fields: { describe: 'x'.repeat(2001) } })).paths).toEqual(['fields.describe']);
    expect(errorOf(await s.call('POST', '/api/worksheets/check', { kind: 'fast', fields: { fair: 3 } })).paths).toEqual(['fields.fair']);
  });
});
