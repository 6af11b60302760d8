/**
 * The reply being typed, kept in this browser as well as on the server, so a reload (or a server that
 * is briefly away) loses nothing. The browser copy is written on every keystroke; the server copy a
 * moment later.
 */
const key = (sessionId: string) => `attune.practise.draft.${sessionId}`;

export interface DraftStorage {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

function storage(): DraftStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage can be switched off; the server copy still works
  }
}

export function readLocalDraft(sessionId: string, s: DraftStorage | null = storage()): string | null {
  try {
    return s?.getItem(key(sessionId)) ?? null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(sessionId: string, draft: string, s: DraftStorage | null = storage()): void {
  try {
    if (draft) s?.setItem(key(sessionId), draft);
    else s?.removeItem(key(sessionId));
  } catch {
    // full or switched off: the server copy remains
  }
}

/**
 * The draft to show when a session opens: this browser's copy when it has one (it is written first,
 * so it is at least as fresh as the server's), else the server's.
 */
export function initialDraft(sessionId: string, serverDraft: string, s: DraftStorage | null = storage()): string {
  const local = readLocalDraft(sessionId, s);
  return local !== null && local !== '' ? local : serverDraft;
}
