import type { ReactNode } from 'react';

/**
 * The page's one `h1`; the shell moves focus to it after each navigation so keyboard and screen
 * reader users start at the top of the new page.
 */
export function PageHeading({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  return (
    <header className="page-heading">
      <h1 tabIndex={-1}>{children}</h1>
      {lead && <p className="lead">{lead}</p>}
    </header>
  );
}
