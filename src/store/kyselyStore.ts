import type { Kysely } from 'kysely';
import { ladderCollections } from './ladderCollections.js';
import { monotonicClock } from './monotonicClock.js';
import { EXPORT_FORMAT } from './store.js';
import type {
  AssessmentNew, AssessmentRow, AssessmentFilter, DiaryEntryNew, DiaryEntryRow, DiaryFilter, OwnerScope, PracticeSessionFilter,
  PracticeSessionNew, PracticeSessionRow, ReviewCollection, ReviewNew, ReviewPatch, ReviewRow, Store, StoreBackend, WorksheetFilter,
  WorksheetNew, WorksheetRow,
} from './store.js';
import { tableCollection, type AnyDb, type StoreContext } from './tableCollection.js';
import { ASSESSMENTS, DIARY_ENTRIES, PRACTICE_SESSIONS, REVIEWS, WORKSHEETS } from './tableSpecs.js';
import { valueCodec } from './valueCodec.js';

/** Child rows first, so deleting never trips the ladder steps' foreign key. */
const TABLES_IN_DELETE_ORDER = ['ladder_steps', 'ladders', 'practice_sessions', 'reviews', 'assessments', 'diary_entries', 'worksheets'] as const;

/**
 * The store over a migrated Kysely database, the same code for both backends. `destroy` is called
 * by `close()` (it ends the SQLite handle or the PostgreSQL pool).
 */
export function kyselyStore(db: Kysely<unknown>, backend: StoreBackend): Store {
  const root: StoreContext = { db: db as AnyDb, codec: valueCodec(backend), now: monotonicClock() };

  function inTransaction<T>(work: (ctx: StoreContext) => Promise<T>): Promise<T> {
    return root.db.transaction().execute((trx) => work({ ...root, db: trx }));
  }

  function collections(ctx: StoreContext) {
    const reviews = tableCollection<ReviewNew, ReviewRow, object, ReviewPatch>(ctx, REVIEWS);
    const reviewCollection: ReviewCollection & { listAll: typeof reviews.listAll } = {
      create: reviews.create,
      get: reviews.get,
      list: reviews.list,
      listAll: reviews.listAll,
      update: reviews.update,
      delete: reviews.delete,
      listSummaries: (options = {}) => reviews.listWithout(options, ['report']),
    };
    return {
      practiceSessions: tableCollection<PracticeSessionNew, PracticeSessionRow, PracticeSessionFilter>(ctx, PRACTICE_SESSIONS),
      reviews: reviewCollection,
      assessments: tableCollection<AssessmentNew, AssessmentRow, AssessmentFilter>(ctx, ASSESSMENTS),
      diaryEntries: tableCollection<DiaryEntryNew, DiaryEntryRow, DiaryFilter>(ctx, DIARY_ENTRIES),
      worksheets: tableCollection<WorksheetNew, WorksheetRow, WorksheetFilter>(ctx, WORKSHEETS),
      ...ladderCollections(ctx, inTransaction),
    };
  }

  const c = collections(root);
  let closed = false;

  return {
    backend,
    practiceSessions: c.practiceSessions,
    reviews: c.reviews,
    assessments: c.assessments,
    diaryEntries: c.diaryEntries,
    ladders: c.ladders,
    ladderSteps: c.ladderSteps,
    worksheets: c.worksheets,

    async exportAll(scope: OwnerScope = {}) {
      const read = async (trx: AnyDb) => {
        const t = collections({ ...root, db: trx });
        return {
          format: EXPORT_FORMAT,
          exportedAt: root.now(),
          practiceSessions: await t.practiceSessions.listAll(scope),
          reviews: await t.reviews.listAll(scope),
          assessments: await t.assessments.listAll(scope),
          diaryEntries: await t.diaryEntries.listAll(scope),
          ladders: await t.ladders.listAll(scope),
          worksheets: await t.worksheets.listAll(scope),
        } as const;
      };
      // One snapshot: PostgreSQL's default (read committed) would let each SELECT see later commits.
      const tx = root.db.transaction();
      return backend === 'postgres' ? tx.setIsolationLevel('repeatable read').execute(read) : tx.execute(read);
    },

    async deleteAll(scope: OwnerScope = {}) {
      await root.db.transaction().execute(async (trx) => {
        for (const table of TABLES_IN_DELETE_ORDER) {
          let q = trx.deleteFrom(table);
          if (scope.owner !== undefined) {
            const owner = scope.owner;
            q = table === 'ladder_steps'
              ? q.where((eb) => eb.or([eb('owner', '=', owner), eb('ladder_id', 'in', eb.selectFrom('ladders').select('id').where('owner', '=', owner))]))
              : q.where('owner', '=', owner);
          }
          await q.execute();
        }
      });
    },

    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
