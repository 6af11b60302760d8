import { useCallback, useEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from './apiError.js';

export type Loadable<T> =
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | null; error: ApiError };

/**
 * Loads data for a page and reloads it when `deps` change or `reload()` is called. The previous data
 * stays visible while a reload runs (no flicker), and an answer that arrives after a newer request
 * started is dropped.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loadable<T> & { reload: () => void } {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', data: null, error: null });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ status: 'loading', data: s.data, error: null }));
    loadRef.current(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setState({ status: 'ok', data, error: null }),
      (e: unknown) => !ctrl.signal.aborted && setState((s) => ({ status: 'error', data: s.data, error: asApiError(e) })),
    );
    return () => ctrl.abort();
    // deps are the caller's: the loader is read through a ref so a new closure each render does not reload.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
