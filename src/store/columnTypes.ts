import type { StoreBackend } from './store.js';

/**
 * The SQL types that differ between the backends, so a migration is written once. SQLite keeps JSON
 * and timestamps as TEXT (timestamps as `toISOString()` strings, which sort chronologically);
 * PostgreSQL has JSONB, `timestamptz` and a native `uuid`.
 */
export interface ColumnTypes {
  backend: StoreBackend;
  id: 'text' | 'uuid';
  json: 'text' | 'jsonb';
  timestamp: 'text' | 'timestamptz';
  /** Any real number (anxiety ratings, summary metrics): never rounded. */
  real: 'real' | 'double precision';
  /** Up to 64 bits (the practice seed is an unsigned 32-bit integer, beyond PostgreSQL `integer`). */
  bigint: 'integer' | 'bigint';
}

export function columnTypes(backend: StoreBackend): ColumnTypes {
  return backend === 'postgres'
    ? { backend, id: 'uuid', json: 'jsonb', timestamp: 'timestamptz', real: 'double precision', bigint: 'bigint' }
    : { backend, id: 'text', json: 'text', timestamp: 'text', real: 'real', bigint: 'integer' };
}
