import type { StoreBackend } from './store.js';

/** How a field is kept: the interface's value on one side, the column's on the other. */
export type FieldKind = 'text' | 'number' | 'json' | 'date';

/**
 * Converts between interface values and SQL values, the one place the backends differ in what
 * they hand back: JSON is TEXT in SQLite (parsed here) and JSONB in PostgreSQL (parsed by `pg`);
 * timestamps are ISO TEXT in SQLite and `timestamptz` in PostgreSQL (a `Date` from `pg`); `bigint`
 * comes back from `pg` as a string.
 */
export interface ValueCodec {
  encode(kind: FieldKind, value: unknown): unknown;
  decode(kind: FieldKind, raw: unknown): unknown;
}

export function valueCodec(backend: StoreBackend): ValueCodec {
  const jsonIsText = backend === 'sqlite';
  return {
    encode(kind, value) {
      if (value === undefined || value === null) return null;
      switch (kind) {
        case 'json': {
          // JSON.stringify answers undefined for a bare function or symbol: nothing to keep.
          const text = JSON.stringify(value) as string | undefined;
          return text ?? null;
        }
        case 'date':
          return toIsoDate(value);
        default:
          return value;
      }
    },
    decode(kind, raw) {
      if (raw === undefined || raw === null) return null;
      switch (kind) {
        case 'json':
          return jsonIsText ? JSON.parse(raw as string) : raw;
        case 'date':
          return raw instanceof Date ? raw.toISOString() : toIsoDate(raw);
        case 'number':
          return Number(raw);
        default:
          return raw;
      }
    },
  };
}

/** Any date `Date` reads, as `toISOString()` (UTC, milliseconds), the form that sorts as TEXT. */
export function toIsoDate(value: unknown): string {
  const d = value instanceof Date ? value : new Date(value as string);
  if (Number.isNaN(d.getTime())) throw new Error(`not a date: ${JSON.stringify(value)}`);
  return d.toISOString();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id as stored (lower-case uuid), or undefined for a string that cannot be one — answered as
 * "no such row" without asking PostgreSQL, whose `uuid` type would reject it with an error.
 */
export function normalizeId(id: string): string | undefined {
  return typeof id === 'string' && UUID.test(id) ? id.toLowerCase() : undefined;
}
