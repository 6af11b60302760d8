import { useSyncExternalStore } from 'react';

/**
 * A small hash router: `#/review/abc?x=1` → path segments `['review', 'abc']` and its query. The hash
 * keeps every route a plain static file for the server (no fallback route needed) and survives reload.
 */
export interface Location {
  /** Path segments, decoded; `[]` for the home page. */
  segments: string[];
  query: URLSearchParams;
  /** The hash as written, e.g. `#/practise?skill=say_no`. */
  href: string;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const pathPart = q < 0 ? raw : raw.slice(0, q);
  const segments = pathPart.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  return { segments, query: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)), href: `#/${raw}` };
}

/** The hash for a path and optional query; empty query values are left out. */
export function hrefFor(segments: readonly string[], query: Record<string, string | number | null | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${qs ? `?${qs}` : ''}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current location; re-renders on every hash change. */
export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash, () => '');
  return parseHash(hash);
}

/** Go to a route; `replace` rewrites the current history entry (filters, not new pages). */
export function navigate(href: string, { replace = false } = {}): void {
  if (replace) {
    history.replaceState(history.state, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href.replace(/^#/, '');
  }
}
