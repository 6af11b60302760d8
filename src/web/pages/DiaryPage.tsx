import { useEffect, useRef, useState } from 'react';
import type { DiaryEntryJson } from '../../shared/api/index.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor, navigate } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState, ErrorMessage, Loading } from '../components/Status.js';
import { diaryApi } from '../diary/diaryApi.js';
import { dayRange } from '../diary/diaryDates.js';
import { DiaryEntryView } from '../diary/DiaryEntryView.js';
import { DiaryForm } from '../diary/DiaryForm.js';

const PAGE = 50;
/** How long typing in the search box must pause before it searches. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * `#/diary`: self-monitoring. A quick form at the top (only "what happened" is needed), then the
 * entries, newest first, found by words and dates; the search lives in the address (`?q=&from=&to=`),
 * so a reload or the back button keeps it.
 */
export function DiaryPage({ query }: PageProps) {
  const q = query.get('q') ?? '';
  const from = query.get('from') ?? '';
  const to = query.get('to') ?? '';
  const [limit, setLimit] = useState(PAGE);
  const [typed, setTyped] = useState(q);
  const [added, setAdded] = useState<DiaryEntryJson | null>(null);
  const searching = Boolean(q || from || to);
  const list = useApi((signal) => diaryApi.list({ q: q.trim() || undefined, ...dayRange(from, to), limit: limit + 1 }, signal), [q, from, to, limit]);
  const setSearch = (next: { q?: string; from?: string; to?: string }) => navigate(hrefFor(['diary'], { q, from, to, ...next }), { replace: true });

  // The search box follows the address (back button), and the address follows typing after a pause.
  const lastPushed = useRef(q);
  useEffect(() => {
    if (q !== lastPushed.current) {
      lastPushed.current = q;
      setTyped(q);
    }
  }, [q]);
  useEffect(() => {
    if (typed === q) return;
    const t = window.setTimeout(() => {
      lastPushed.current = typed;
      setSearch({ q: typed });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(t);
    // setSearch reads the current address
  }, [typed]);

  const clearSearch = () => {
    setTyped('');
    lastPushed.current = '';
    navigate(hrefFor(['diary']), { replace: true });
  };

  const entries = list.data?.entries.slice(0, limit) ?? [];
  const more = (list.data?.entries.length ?? 0) > limit;
  return (
    <>
      <PageHeading lead="Note real situations as they happen: what happened, what you said, how anxious you were before and after, and how it went. Over time the entries show what gets easier.">Diary</PageHeading>
      <section aria-labelledby="add-title">
        <h2 id="add-title">Add an entry</h2>
        {added && (
          <p className="notice good" role="status">
            Added the entry “{added.situation.length > 60 ? `${added.situation.slice(0, 60)}…` : added.situation.replace(/[.!?…]+$/u, '')}”.
          </p>
        )}
        <DiaryForm
          onSaved={(e) => {
            setAdded(e);
            list.reload();
          }}
        />
      </section>
      <section aria-labelledby="entries-title">
        <h2 id="entries-title">Your entries</h2>
        <form className="row filters diary-search" role="search" aria-label="Search the diary" onSubmit={(e) => { e.preventDefault(); setSearch({ q: typed }); }}>
          <div className="field grow">
            <label htmlFor="diary-q">Find words</label>
            <input id="diary-q" type="search" value={typed} onChange={(e) => setTyped(e.target.value)} placeholder="manager, said no, phone…" maxLength={200} />
          </div>
          <div className="field">
            <label htmlFor="diary-from">From</label>
            <input id="diary-from" type="date" value={from} max={to || undefined} onChange={(e) => setSearch({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="diary-to">To</label>
            <input id="diary-to" type="date" value={to} min={from || undefined} onChange={(e) => setSearch({ to: e.target.value })} />
          </div>
          {searching && (
            <button type="button" className="secondary" onClick={clearSearch}>
              Clear search
            </button>
          )}
        </form>
        {list.status === 'error' && <ErrorMessage error={list.error} title="The diary could not be loaded" onRetry={list.reload} />}
        {!list.data ? (
          list.status === 'loading' && <Loading what="Loading your diary" />
        ) : (
          <>
            <p role="status" className="muted" data-testid="diary-count">
              {searching ? `${entries.length}${more ? '+' : ''} ${entries.length === 1 ? 'entry matches' : 'entries match'}.` : `${entries.length}${more ? '+' : ''} ${entries.length === 1 ? 'entry' : 'entries'}.`}
            </p>
            {entries.length === 0 ? (
              searching ? (
                <EmptyState title="No entry matches this search." action={<button type="button" className="secondary" onClick={clearSearch}>Show all entries</button>}>
                  <p>Words are found in what happened, what you said and how it went.</p>
                </EmptyState>
              ) : (
                <EmptyState title="No entries yet.">
                  <p>Next time you speak up (or wish you had), note it above: a line about what happened is enough.</p>
                </EmptyState>
              )
            ) : (
              <div className="diary-list" data-testid="diary-list">
                {entries.map((e) => (
                  <DiaryEntryView key={e.id} entry={e} onChanged={list.reload} />
                ))}
              </div>
            )}
            {more && (
              <button type="button" className="secondary" onClick={() => setLimit((l) => l + PAGE)}>
                Show older entries
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}
