import { useEffect, useRef, useState } from 'react';

/**
 * Form drafts kept in this browser (localStorage), so a reload or a closed tab loses nothing that
 * would hurt to type again (a diary entry, a worksheet, half a questionnaire). Keys all start with
 * `attune.`, so "delete everything" can clear them with the server's data. Storage may be full or
 * switched off: then the form still works, it just forgets on reload.
 */
export const DRAFT_PREFIX = 'attune.';

export interface DraftStorage {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
  readonly length: number;
  key(i: number): string | null;
}

function browserStorage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The stored draft under `key` when it parses and `accept` takes it (a draft from an older form is
 * dropped rather than crashing the page); else null.
 */
export function readDraft<T>(key: string, accept: (v: unknown) => v is T, s: DraftStorage | null = browserStorage()): T | null {
  try {
    const raw = s?.getItem(DRAFT_PREFIX + key);
    if (raw == null) return null;
    const v: unknown = JSON.parse(raw);
    return accept(v) ? v : null;
  } catch {
    return null;
  }
}

/** Keeps `value` under `key`, or forgets it when `value` is null. */
export function writeDraft(key: string, value: unknown, s: DraftStorage | null = browserStorage()): void {
  try {
    if (value === null) s?.removeItem(DRAFT_PREFIX + key);
    else s?.setItem(DRAFT_PREFIX + key, JSON.stringify(value));
  } catch {
    // full or switched off: the form still works
  }
}

/** Forgets every attune draft in this browser (after "delete everything"); returns how many. */
export function clearAllDrafts(s: DraftStorage | null = browserStorage()): number {
  if (!s) return 0;
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(DRAFT_PREFIX)) keys.push(k);
    }
    for (const k of keys) s.removeItem(k);
    return keys.length;
  } catch {
    return 0;
  }
}

/**
 * A form's state that survives reload: starts from the stored draft (else `empty()`), and is written
 * back on every change; `isEmpty` drafts are removed rather than stored. `reset()` goes back to
 * `empty()` and forgets the draft (after saving). A change of `key` loads that key's draft.
 */
export function useStoredDraft<T>(key: string, empty: () => T, accept: (v: unknown) => v is T, isEmpty: (v: T) => boolean) {
  const [state, setState] = useState<{ key: string; value: T }>(() => ({ key, value: readDraft(key, accept) ?? empty() }));
  const current = state.key === key ? state.value : (readDraft(key, accept) ?? empty());
  const helpers = useRef({ empty, isEmpty });
  helpers.current = { empty, isEmpty };
  useEffect(() => {
    if (state.key !== key) setState({ key, value: readDraft(key, accept) ?? helpers.current.empty() });
    // accept is a type guard chosen once per form
  }, [key, state.key]);
  const set = (next: T | ((prev: T) => T)) => {
    setState((s) => {
      const prev = s.key === key ? s.value : current;
      const value = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
      writeDraft(key, helpers.current.isEmpty(value) ? null : value);
      return { key, value };
    });
  };
  const reset = () => {
    writeDraft(key, null);
    setState({ key, value: helpers.current.empty() });
  };
  return [current, set, reset] as const;
}
