import type { ComponentType } from 'react';

/** What every page receives from the router. */
export interface PageProps {
  /** The path segments after the page's own, e.g. `['abc']` for `#/review/abc`. */
  params: string[];
  query: URLSearchParams;
}

/** One entry of the route registry (src/web/routes.ts). */
export interface RouteEntry {
  /** The first path segment, e.g. `practise` for `#/practise/...`; `''` is the home page. */
  path: string;
  /** The nav label and the start of the window title. */
  label: string;
  /** One line saying what the page is for (home page cards). */
  description: string;
  page: ComponentType<PageProps>;
  /** Shown in the main navigation (default true). */
  nav?: boolean;
}
