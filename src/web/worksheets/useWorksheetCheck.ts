import { useEffect, useState } from 'react';
import type { WorksheetCheckJson, WorksheetKindJson } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { worksheetsApi } from './worksheetsApi.js';

/** How long typing must pause before the worksheet is checked again. */
export const CHECK_DEBOUNCE_MS = 250;

/** Only the parts with text are sent (the check treats absent and blank alike). */
export function filledFields(fields: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
}

export interface LiveCheck {
  check: WorksheetCheckJson | null;
  /** The fields (as JSON) that `check` is for: it may lag the typing by the debounce. */
  checkedKey: string;
  pending: boolean;
  error: ApiError | null;
}

/**
 * The server's checks of a worksheet while it is written (`POST /api/worksheets/check`), after a pause
 * in typing; a newer keystroke cancels the request in flight, so the checks always follow the latest
 * words. The previous check stays shown while the next one runs.
 */
export function useWorksheetCheck(kind: WorksheetKindJson, fields: Readonly<Record<string, string>>): LiveCheck {
  const key = JSON.stringify(filledFields(fields));
  const [state, setState] = useState<LiveCheck>({ check: null, checkedKey: '', pending: true, error: null });
  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      worksheetsApi.check(kind, JSON.parse(key) as Record<string, string>, ctrl.signal).then(
        (check) => !ctrl.signal.aborted && setState({ check, checkedKey: key, pending: false, error: null }),
        (e: unknown) => !ctrl.signal.aborted && setState((s) => ({ ...s, pending: false, error: asApiError(e) })),
      );
    }, state.check === null ? 0 : CHECK_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
    // state.check only decides the first delay
  }, [kind, key]);
  return state;
}
