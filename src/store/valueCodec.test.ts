import { describe, expect, it } from 'vitest';
import { normalizeId, toIsoDate, valueCodec } from './valueCodec.js';

describe('valueCodec', () => {
  it('keeps JSON as text for SQLite and hands values to pg as JSON text, reading back what each answers', () => {
    const sqlite = valueCodec('sqlite');
    const postgres = valueCodec('postgres');
    const value = { a: [1, 'x', null], b: { c: true } };
    expect(sqlite.encode('json', value)).toBe(JSON.stringify(value));
    // pg would send a bare array as a PostgreSQL array, so JSON always goes as text.
    expect(postgres.encode('json', [1, 2])).toBe('[1,2]');
    expect(sqlite.decode('json', '"text"')).toBe('text');
    expect(postgres.decode('json', 'text')).toBe('text');
    expect(sqlite.encode('json', null)).toBeNull();
    expect(sqlite.encode('json', undefined)).toBeNull();
    expect(sqlite.decode('json', null)).toBeNull();
  });

  it('answers dates as ISO strings from text or Date, and numbers from bigint strings', () => {
    const postgres = valueCodec('postgres');
    expect(postgres.decode('date', new Date('2024-01-02T03:04:05.678Z'))).toBe('2024-01-02T03:04:05.678Z');
    expect(valueCodec('sqlite').decode('date', '2024-01-02T03:04:05.678Z')).toBe('2024-01-02T03:04:05.678Z');
    expect(postgres.decode('number', '4294967295')).toBe(4294967295);
    expect(postgres.encode('date', '2024-01-02T05:04:05+02:00')).toBe('2024-01-02T03:04:05.000Z');
  });

  it('throws on a date it cannot read', () => {
    expect(() => toIsoDate('soon')).toThrow(/not a date/);
    expect(() => toIsoDate(undefined)).toThrow(/not a date/);
  });
});

describe('normalizeId', () => {
  it('answers a uuid in lower case and nothing for anything else', () => {
    expect(normalizeId('6F1C3C2E-8A63-4D5E-9B0F-2A1D3C4B5E6F')).toBe('6f1c3c2e-8a63-4d5e-9b0f-2a1d3c4b5e6f');
    expect(normalizeId('6f1c3c2e-8a63-4d5e-9b0f-2a1d3c4b5e6')).toBeUndefined();
    expect(normalizeId('x6f1c3c2e-8a63-4d5e-9b0f-2a1d3c4b5e6f')).toBeUndefined();
    expect(normalizeId('')).toBeUndefined();
  });
});
