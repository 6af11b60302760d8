import { randomUUID } from 'node:crypto';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Collection, ListOptions, OwnerScope } from './store.js';
import { normalizeId, type FieldKind, type ValueCodec } from './valueCodec.js';

/** The database as the generic code sees it: tables of loosely typed columns. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDb = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySelect = SelectQueryBuilder<any, any, any>;

/** One interface field and its column. `key` may be one level deep (`metrics.turns`). */
export interface FieldSpec {
  key: string;
  column: string;
  kind: FieldKind;
  /** The value stored when `create` is given none (default null). */
  fallback?: (now: string) => unknown;
}

export interface TableSpec<TFilter> {
  table: string;
  fields: readonly FieldSpec[];
  /** The list order before the common tie-breakers (created_at, id, both descending). */
  order?: readonly string[];
  /** Narrows a list by the kind's own filter. */
  filter?: (qb: AnySelect, filter: TFilter, codec: ValueCodec) => AnySelect;
}

/** What the store needs of a clock, a codec and a connection (the database or a transaction). */
export interface StoreContext {
  db: AnyDb;
  codec: ValueCodec;
  now: () => string;
}

export const DEFAULT_LIMIT = 100;

export interface TableCollection<TNew, TRow, TFilter, TPatch> extends Collection<TNew, TRow, TFilter, TPatch> {
  /** Every row (no limit), newest first; for export. */
  listAll(scope?: OwnerScope): Promise<TRow[]>;
  /** A list page without some fields (left out of the SELECT as well as the rows). */
  /** A row as the database answered it (all columns), as the interface gives it. */
  decode(raw: Record<string, unknown>): TRow;
  listWithout<K extends keyof TRow & string>(options: ListOptions & TFilter, omit: readonly K[]): Promise<Omit<TRow, K>[]>;
}

/**
 * create/get/list/update/delete for one table, from its field list: the code every kind shares, so
 * conversions, timestamps and ordering are written once.
 */
export function tableCollection<TNew, TRow, TFilter = object, TPatch = Partial<TNew>>(
  ctx: StoreContext,
  spec: TableSpec<TFilter>,
): TableCollection<TNew, TRow, TFilter, TPatch> {
  const { db, codec, now } = ctx;
  const { table, fields } = spec;

  function fromRow(raw: Record<string, unknown>, only: readonly FieldSpec[] = fields): TRow {
    const row: Record<string, unknown> = {
      id: raw.id,
      owner: raw.owner,
      createdAt: codec.decode('date', raw.created_at),
      updatedAt: codec.decode('date', raw.updated_at),
    };
    for (const f of only) setPath(row, f.key, codec.decode(f.kind, raw[f.column]));
    return row as TRow;
  }

  async function select(options: ListOptions & TFilter, limit: number | null, only: readonly FieldSpec[]): Promise<TRow[]> {
    let qb: AnySelect = db.selectFrom(table).select(['id', 'owner', 'created_at', 'updated_at', ...only.map((f) => f.column)]);
    if (options.owner !== undefined) qb = qb.where('owner', '=', options.owner);
    if (spec.filter) qb = spec.filter(qb, options, codec);
    for (const column of spec.order ?? []) qb = qb.orderBy(column, 'desc');
    qb = qb.orderBy('created_at', 'desc').orderBy('id', 'desc');
    if (limit !== null) qb = qb.limit(limit).offset(options.offset ?? 0);
    const rows = (await qb.execute()) as Record<string, unknown>[];
    return rows.map((r) => fromRow(r, only));
  }

  return {
    decode: (raw) => fromRow(raw),

    async create(input) {
      const at = now();
      const given = input as Record<string, unknown>;
      const values: Record<string, unknown> = { id: randomUUID(), owner: given.owner ?? 'local', created_at: at, updated_at: at };
      for (const f of fields) {
        const v = getPath(given, f.key);
        values[f.column] = codec.encode(f.kind, v === undefined && f.fallback ? f.fallback(at) : v);
      }
      const raw = await db.insertInto(table).values(values).returningAll().executeTakeFirstOrThrow();
      return fromRow(raw);
    },

    async get(id) {
      const key = normalizeId(id);
      if (key === undefined) return undefined;
      const raw = await db.selectFrom(table).selectAll().where('id', '=', key).executeTakeFirst();
      return raw ? fromRow(raw) : undefined;
    },

    list(options = {} as ListOptions & TFilter) {
      return select(options, options.limit ?? DEFAULT_LIMIT, fields);
    },

    listAll(scope = {}) {
      return select(scope as ListOptions & TFilter, null, fields);
    },

    listWithout(options, omit) {
      const keys: readonly string[] = omit;
      return select(options, options.limit ?? DEFAULT_LIMIT, fields.filter((f) => !keys.some((o) => f.key === o || f.key.startsWith(`${o}.`))));
    },

    async update(id, patch) {
      const key = normalizeId(id);
      if (key === undefined) return undefined;
      const given = patch as Record<string, unknown>;
      const values: Record<string, unknown> = { updated_at: now() };
      for (const f of fields) {
        const v = getPath(given, f.key);
        if (v !== undefined) values[f.column] = codec.encode(f.kind, v);
      }
      const raw = await db.updateTable(table).set(values).where('id', '=', key).returningAll().executeTakeFirst();
      return raw ? fromRow(raw) : undefined;
    },

    async delete(id) {
      const key = normalizeId(id);
      if (key === undefined) return false;
      const result = await db.deleteFrom(table).where('id', '=', key).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function getPath(obj: Record<string, unknown> | undefined, key: string): unknown {
  const dot = key.indexOf('.');
  if (dot < 0) return obj?.[key];
  const inner = obj?.[key.slice(0, dot)];
  return inner !== null && typeof inner === 'object' ? (inner as Record<string, unknown>)[key.slice(dot + 1)] : undefined;
}

function setPath(obj: Record<string, unknown>, key: string, value: unknown): void {
  const dot = key.indexOf('.');
  if (dot < 0) {
    obj[key] = value;
    return;
  }
  const head = key.slice(0, dot);
  const inner = (obj[head] ??= {}) as Record<string, unknown>;
  inner[key.slice(dot + 1)] = value;
}
