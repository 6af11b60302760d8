import { describe, expect, it } from 'vitest';
import { initialDraft, readLocalDraft, writeLocalDraft, type DraftStorage } from './draftStore.js';

function memory(): DraftStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe('draft store', () => {
  it('prefers the browser copy, falls back to the server copy', () => {
    const s = memory();
    expect(initialDraft('a', 'from server', s)).toBe('from server');
    writeLocalDraft('a', 'typed here', s);
    expect(initialDraft('a', 'from server', s)).toBe('typed here');
    expect(initialDraft('b', '', s)).toBe('');
  });

  it('forgets an emptied draft and keeps sessions apart', () => {
    const s = memory();
    writeLocalDraft('a', 'one', s);
    writeLocalDraft('b', 'two', s);
    writeLocalDraft('a', '', s);
    expect(readLocalDraft('a', s)).toBeNull();
    expect(readLocalDraft('b', s)).toBe('two');
    expect(s.map.size).toBe(1);
  });

  it('survives a storage that throws', () => {
    const broken: DraftStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); } };
    expect(() => writeLocalDraft('a', 'x', broken)).not.toThrow();
    expect(initialDraft('a', 'server', broken)).toBe('server');
  });
});
