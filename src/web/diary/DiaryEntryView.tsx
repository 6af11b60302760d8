import { useState } from 'react';
import type { DiaryEntryJson } from '../../shared/api/index.js';
import { ErrorMessage } from '../components/Status.js';
import { useConfirmedDelete } from '../components/useConfirmedDelete.js';
import { formatWhen } from '../practise/practiseWords.js';
import { diaryApi } from './diaryApi.js';
import { DiaryForm } from './DiaryForm.js';
import { SaidReading } from './SaidReading.js';

/** Anxiety before → after as two small bars with their numbers, and the change in words. */
export function AnxietyChange({ before, after }: { before: number | null; after: number | null }) {
  if (before === null && after === null) return <p className="muted small">Anxiety not rated.</p>;
  const change = before !== null && after !== null ? after - before : null;
  const bar = (label: string, v: number | null, cls: string) => (
    <div className="suds-bar">
      <span className="suds-bar-label">{label}</span>
      <span className="suds-bar-track" aria-hidden="true">
        {v !== null && <span className={`suds-bar-fill ${cls}`} style={{ width: `${Math.max(v, 1)}%` }} />}
      </span>
      <span className="suds-bar-value">{v === null ? '—' : v}</span>
    </div>
  );
  return (
    <div className="anxiety-change" aria-label={`Anxiety before ${before ?? 'not rated'}, after ${after ?? 'not rated'}${change === null ? '' : `: ${change === 0 ? 'no change' : change < 0 ? `down ${-change}` : `up ${change}`}`}`} role="img">
      {bar('before', before, 'before')}
      {bar('after', after, 'after')}
      {change !== null && (
        <span className={`badge ${change < 0 ? 'good' : change > 0 ? 'warn' : 'muted'}`}>{change === 0 ? 'no change' : change < 0 ? `↓ ${-change}` : `↑ ${change}`}</span>
      )}
    </div>
  );
}

/** One diary entry as a card: when, what happened, what I said with its reading, the anxiety change, how it went. */
export function DiaryEntryView({ entry, onChanged }: { entry: DiaryEntryJson; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const { error, confirmDelete } = useConfirmedDelete();
  const headingId = `entry-${entry.id}`;
  const remove = () => confirmDelete(`Delete the entry of ${formatWhen(entry.occurredAt)}? This cannot be undone.`, () => diaryApi.remove(entry.id), onChanged);
  if (editing) {
    return (
      <article className="diary-entry editing" aria-labelledby={headingId}>
        <h3 id={headingId}>Editing the entry of {formatWhen(entry.occurredAt)}</h3>
        <DiaryForm
          entry={entry}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      </article>
    );
  }
  return (
    <article className="diary-entry card" aria-labelledby={headingId} data-entry={entry.id}>
      <h3 id={headingId}>
        <time dateTime={entry.occurredAt}>{formatWhen(entry.occurredAt)}</time>
      </h3>
      <p className="diary-situation">{entry.situation}</p>
      {entry.whatISaid && entry.analysis && (
        <div className="diary-said">
          <p className="diary-label">What I said</p>
          <SaidReading record={entry.analysis} />
        </div>
      )}
      <AnxietyChange before={entry.anxietyBefore} after={entry.anxietyAfter} />
      {entry.outcome && (
        <>
          <p className="diary-label">How it went</p>
          <p>{entry.outcome}</p>
        </>
      )}
      {error && <ErrorMessage error={error} title="The entry could not be deleted" />}
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setEditing(true)} aria-label={`Edit the entry of ${formatWhen(entry.occurredAt)}`}>
          Edit
        </button>
        <button type="button" className="link" onClick={() => void remove()} aria-label={`Delete the entry of ${formatWhen(entry.occurredAt)}`}>
          Delete
        </button>
      </div>
    </article>
  );
}
