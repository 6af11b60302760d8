import { describe, expect, it } from 'vitest';
import { clearAllDrafts, readDraft, writeDraft, type DraftStorage } from './storedDraft.js';

function memory(initial: Record<string, string> = {}): DraftStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
  };
}
const isNote = (v: unknown): v is { note: string } => typeof v === 'object' && v !== null && typeof (v as { note?: unknown }).note === 'string';

describe('stored drafts', () => {
  it('reads back what was written, and forgets on null', () => {
    const s = memory();
    writeDraft('diary', { note: 'half typed' }, s);
    expect(readDraft('diary', isNote, s)).toEqual({ note: 'half typed' });
    expect(s.map.has('attune.diary')).toBe(true);
    writeDraft('diary', null, s);
    expect(readDraft('diary', isNote, s)).toBeNull();
    expect(s.map.size).toBe(0);
  });

  it('drops a draft that is not valid JSON or not of the expected shape', () => {
    const s = memory({ 'attune.a': '{not json', 'attune.b': JSON.stringify({ other: 1 }) });
    expect(readDraft('a', isNote, s)).toBeNull();
    expect(readDraft('b', isNote, s)).toBeNull();
  });

  it('clears every attune key and nothing else', () => {
    const s = memory({ 'attune.diary': '{}', 'attune.practise.draft.x': 'hi', 'other.app': 'keep' });
    expect(clearAllDrafts(s)).toBe(2);
    expect([...s.map.keys()]).toEqual(['other.app']);
  });

  it('survives a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => { throw new Error('denied'); }, length: 1, key: () => { throw new Error('denied'); } } as DraftStorage;
    expect(() => writeDraft('x', { note: 'a' }, broken)).not.toThrow();
    expect(readDraft('x', isNote, broken)).toBeNull();
    expect(clearAllDrafts(broken)).toBe(0);
    expect(clearAllDrafts(null)).toBe(0);
  });
});
