import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from './parseBaseUrl.js';

describe('parseBaseUrl', () => {
  it('accepts an http or https base and drops a trailing slash', () => {
    expect(parseBaseUrl('http://127.0.0.1:11434/v1')).toEqual({ ok: true, value: { href: 'http://127.0.0.1:11434/v1', local: true } });
    expect(parseBaseUrl(' http://localhost:8080/v1/ ')).toEqual({ ok: true, value: { href: 'http://localhost:8080/v1', local: true } });
    expect(parseBaseUrl('https://models.example.org/api/v1')).toEqual({ ok: true, value: { href: 'https://models.example.org/api/v1', local: false } });
  });

  it('cuts a pasted full endpoint back to its base', () => {
    const r = parseBaseUrl('http://127.0.0.1:11434/v1/chat/completions');
    expect(r.ok && r.value.href).toBe('http://127.0.0.1:11434/v1');
  });

  it('knows the loopback addresses from the others', () => {
    const local = (u: string) => { const r = parseBaseUrl(u); return r.ok ? r.value.local : null; };
    expect(local('http://[::1]:11434/v1')).toBe(true);
    expect(local('http://127.1.2.3/v1')).toBe(true);
    expect(local('http://192.168.1.20:11434/v1')).toBe(false);
    expect(local('http://127.0.0.1.example.com/v1')).toBe(false);
  });

  it('refuses other schemes, non-URLs, credentials, queries, and says why plainly', () => {
    for (const [input, words] of [
      ['ftp://127.0.0.1/v1', /http:\/\/ or https:\/\//],
      ['file:///etc/passwd', /http:\/\/ or https:\/\//],
      ['127.0.0.1:11434', /http:\/\/ or https:\/\/|not a URL/],
      ['not a url', /not a URL/],
      ['', /empty/],
      ['http://me:secret@127.0.0.1/v1', /user name or password/],
      ['http://127.0.0.1/v1?key=1', /query/],
    ] as const) {
      const r = parseBaseUrl(input);
      expect(r.ok, input).toBe(false);
      if (!r.ok) {
        expect(r.code).toBe('invalid_url');
        expect(r.message, input).toMatch(words);
      }
    }
  });
});
