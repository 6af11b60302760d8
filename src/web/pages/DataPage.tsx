import { useId, useState, type FormEvent } from 'react';
import { DELETE_ALL_CONFIRMATION, EXPORT_KINDS } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import type { PageProps } from '../app/routeTypes.js';
import { useApi } from '../api/useApi.js';
import { PageHeading } from '../components/PageHeading.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { confirms, dataApi, KIND_WORDS } from '../data/dataApi.js';
import { clearAllDrafts } from '../components/storedDraft.js';

/**
 * `#/data`: everything a person entered, to take away (one JSON file, or a CSV per kind) or to delete.
 * Deleting needs the phrase typed out and then the button, so it cannot happen by a stray key or click;
 * it also forgets the drafts kept in this browser.
 */
export function DataPage(_props: PageProps) {
  const id = useId();
  const counts = useApi((signal) => dataApi.counts(signal), []);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const total = counts.data ? Object.values(counts.data).reduce((a, b) => a + b, 0) : null;
  const ready = confirms(typed);

  const remove = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      await dataApi.deleteAll();
      clearAllDrafts();
      setTyped('');
      setDone(true);
      counts.reload();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading lead="Everything you enter is kept on this machine only. Take a copy of it, or delete all of it.">My data</PageHeading>
      <section aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        {counts.status === 'error' && <ErrorMessage error={counts.error} title="Your data could not be counted" onRetry={counts.reload} />}
        {!counts.data && counts.status === 'loading' && <Loading what="Counting your records" />}
        <p>
          <a className="button" href={dataApi.jsonUrl} download data-testid="export-json">
            Download everything (JSON)
          </a>
        </p>
        <p className="muted small">One file with every record of every kind, as stored: for a backup or for moving to another machine.</p>
        <div className="table-wrap">
          <table data-testid="data-counts">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col" className="num">Records</th>
                <th scope="col">Spreadsheet (CSV)</th>
              </tr>
            </thead>
            <tbody>
              {EXPORT_KINDS.map((k) => (
                <tr key={k} data-kind={k}>
                  <th scope="row">{KIND_WORDS[k].title}</th>
                  <td className="num">{counts.data ? counts.data[k] : '…'}</td>
                  <td>
                    <a href={dataApi.csvUrl(k)} download aria-label={`Download ${KIND_WORDS[k].title.toLowerCase()} as CSV`}>
                      {k}.csv
                    </a>{' '}
                    <span className="muted small">({KIND_WORDS[k].csv})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="delete-title" className="danger-zone">
        <h2 id="delete-title">Delete everything</h2>
        {done && (
          <p className="notice good" role="status">
            Everything was deleted: every record on this machine, and the drafts kept in this browser.
          </p>
        )}
        <p>
          This deletes every practice session, review, questionnaire result, diary entry, ladder and worksheet{total !== null && total > 0 ? ` (${total} records)` : ''}, and the drafts kept in this browser.{' '}
          <strong>It cannot be undone.</strong> Download a copy first if you may want any of it.
        </p>
        <form onSubmit={(e) => void remove(e)} className="delete-form" aria-labelledby="delete-title">
          <div className="field">
            <label htmlFor={`${id}-confirm`}>
              To confirm, type “<strong>{DELETE_ALL_CONFIRMATION}</strong>”
            </label>
            <input id={`${id}-confirm`} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} aria-describedby={`${id}-why`} />
            <span id={`${id}-why`} className="hint">
              The button works only once the words are typed exactly.
            </span>
          </div>
          {error && <ErrorMessage error={error} title="Nothing was deleted" />}
          <button type="submit" className="danger" disabled={!ready || busy}>
            {busy ? 'Deleting…' : 'Delete everything'}
          </button>
        </form>
      </section>
    </>
  );
}
