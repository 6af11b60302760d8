import type { ReactNode } from 'react';
import type { ApiError } from '../api/apiError.js';

/** A wait the person can see (and a screen reader hears once). */
export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {what}…
    </p>
  );
}

/** A failure, worded for people, with what to do next; `issues` name the fields at fault. */
export function ErrorMessage({ error, title = 'Something went wrong', onRetry }: { error: ApiError | { message: string; issues?: readonly { path: string; message: string }[] }; title?: string; onRetry?: () => void }) {
  const issues = 'issues' in error && error.issues ? error.issues : [];
  return (
    <div className="notice error" role="alert">
      <p className="notice-title">{title}</p>
      <p>{error.message}</p>
      {issues.length > 1 && (
        <ul>
          {issues.map((i, k) => (
            <li key={k}>{i.path ? <><code>{i.path}</code>: </> : null}{i.message}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** What a list or page shows when there is nothing yet, and the first thing to do about it. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
      {action && <div className="empty-action">{action}</div>}
    </div>
  );
}
