import { describe, expect, it } from 'vitest';
import { parseWordLists, requireWordLists, WORD_LIST_NAMES, WORD_LISTS_FORMAT } from './wordLists.js';

/** A valid file with one word per list, `change` applied to it. */
function file(change: (groups: Record<string, Record<string, unknown>>) => void = () => {}): Record<string, unknown> {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [group, names] of Object.entries(WORD_LIST_NAMES)) {
    groups[group] = { description: `the ${group} lists`, ...Object.fromEntries(names.map((n) => [n, { description: n, words: ['so'] }])) };
  }
  change(groups);
  return { format: WORD_LISTS_FORMAT, ...groups };
}

describe('parseWordLists', () => {
  it('builds a Set per list', () => {
    const r = parseWordLists(file((f) => (f.mi.wh = { description: 'wh', words: ['what', "what's", 'mm-hmm'] })), 'w.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.source).toBe('w.json');
    expect([...r.value.mi.wh]).toEqual(['what', "what's", 'mm-hmm']);
    expect(r.value.empathy.wh.has('so')).toBe(true);
    expect(r.value.text.english.has('so')).toBe(true);
  });

  it('names the file, the list and the bad word: not one lower-case token, or listed twice', () => {
    const r = parseWordLists(
      file((f) => {
        f.mi.aux = { description: 'aux', words: ['do', 'Does'] };
        f.empathy.inner = { description: 'inner', words: ['feel', 'feel like'] };
        f.text.english = { description: 'english', words: ['don’t'] };
      }),
      'data/w.json',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'invalid_resource', source: 'data/w.json', path: 'mi.aux.words.1', value: 'Does' }),
        expect.objectContaining({ code: 'invalid_resource', source: 'data/w.json', path: 'empathy.inner.words.1', value: 'feel like' }),
        expect.objectContaining({ code: 'invalid_resource', source: 'data/w.json', path: 'text.english.words.0', value: 'don’t' }),
      ]),
    );
    const twice = parseWordLists(file((f) => (f.empathy.you = { description: 'you', words: ['you', 'your', 'you'] })), 'w.json');
    expect(twice.ok ? [] : twice.problems).toEqual([{ code: 'invalid_resource', message: 'word listed twice', source: 'w.json', path: 'empathy.you.words.2', value: 'you' }]);
  });

  it('refuses a missing, unknown or empty list and another format', () => {
    const r = parseWordLists(
      file((f) => {
        delete f.mi.negators;
        f.empathy.opener = { description: 'typo', words: ['so'] };
        f.text.english = { description: 'english', words: [] };
      }),
      'w.json',
    );
    expect(r.ok ? [] : r.problems.map((p) => p.path).sort()).toEqual(['empathy', 'mi.negators', 'text.english.words']);
    expect(parseWordLists({ ...file(), format: 'attune-word-lists/0' }, 'w.json').ok).toBe(false);
  });
});

describe('requireWordLists', () => {
  it('gives the loaded lists and throws without them', () => {
    const r = parseWordLists(file(), 'w.json');
    if (!r.ok) throw new Error('fixture');
    expect(requireWordLists({ wordLists: r.value })).toBe(r.value);
    expect(() => requireWordLists({})).toThrow(/word lists/);
  });
});
