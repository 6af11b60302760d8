import type { ReactNode } from 'react';
import type { ApiError } from '../api/apiError.js';
import { EmptyState, ErrorMessage } from './Status.js';

/**
 * A section listing what was kept (past results, reviews, sessions): its heading, the failure of the
 * last delete if any, and either what to do first (`empty`, when there is nothing yet) or `children`.
 */
export function PastItems({ headingId, title, count, empty, error, errorTitle, children }: {
  headingId: string;
  title: string;
  count: number;
  empty: { title: string; text: string };
  error?: ApiError | null;
  errorTitle?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {error && <ErrorMessage error={error} title={errorTitle} />}
      {count === 0 ? (
        <EmptyState title={empty.title}>
          <p>{empty.text}</p>
        </EmptyState>
      ) : (
        children
      )}
    </section>
  );
}

/** The table of past items, scrolling sideways on its own when too wide: `head` is the header row's cells. */
export function PastItemsTable({ testId, head, children }: { testId: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        <thead>
          <tr>{head}</tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** The header cell over a column of per-row actions: named for screen readers only. */
export function ActionsHeader() {
  return (
    <th scope="col">
      <span className="visually-hidden">Actions</span>
    </th>
  );
}

/** A row's Delete button; `label` names what it deletes for screen readers. */
export function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="link" onClick={onClick} aria-label={label}>
      Delete
    </button>
  );
}
