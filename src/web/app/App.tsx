import { useEffect, useRef } from 'react';
import { findRoute, ROUTES } from '../routes.js';
import { JUDGEMENT_NOTE } from '../../present/review/reviewWords.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState } from '../components/Status.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { hrefFor, useLocation } from './router.js';

/**
 * The shell around every page: a skip link, the banner with the main navigation, the page in `main`,
 * and a footer with the one line that matters most (attune supports clinical judgement). After each
 * navigation the window title follows the page and focus moves to its heading.
 */
export function App() {
  const location = useLocation();
  const [first, ...params] = location.segments;
  const route = findRoute(first);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const pageKey = route?.path ?? '\u0000missing';
  // Focus follows a change of page or of record within it (#/review/abc), not of filters in the query.
  const pathKey = location.segments.join('/');

  useEffect(() => {
    document.title = route && route.path ? `${route.label} · attune` : route ? 'attune' : 'Not found · attune';
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    // Wait a frame so the new page has rendered its heading.
    const id = requestAnimationFrame(() => {
      const h1 = mainRef.current?.querySelector<HTMLElement>('h1');
      (h1 ?? mainRef.current)?.focus({ preventScroll: false });
      window.scrollTo(0, 0);
    });
    return () => cancelAnimationFrame(id);
  }, [pathKey, route]);

  const Page = route?.page;
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // The hash is the router's: move focus without changing it.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={hrefFor([])}>
          attune
        </a>
        <nav aria-label="Main">
          <ul>
            {ROUTES.filter((r) => r.nav !== false).map((r) => (
              <li key={r.path}>
                <a href={hrefFor([r.path])} aria-current={route?.path === r.path ? 'page' : undefined}>
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        <ErrorBoundary key={pageKey}>
          {Page ? (
            <Page params={params} query={location.query} />
          ) : (
            <>
              <PageHeading>Page not found</PageHeading>
              <EmptyState title={`There is no page at ${location.href}.`} action={<a href={hrefFor([])}>Go to the start page</a>} />
            </>
          )}
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>
          <strong>{JUDGEMENT_NOTE}</strong> Everything you enter stays on this machine.
        </p>
      </footer>
    </>
  );
}
