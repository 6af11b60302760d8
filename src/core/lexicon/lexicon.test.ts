import { describe, expect, it } from 'vitest';
import { LEXICON_FORMAT, matchLexicon, parseLexicon } from './lexicon.js';

const file = (entries: unknown[]) => ({ format: LEXICON_FORMAT, name: 'test', labels: ['a', 'b'], entries });

describe('parseLexicon', () => {
  it('compiles a valid lexicon', () => {
    const r = parseLexicon(file([{ kind: 'hedge', label: 'a', patterns: ['\\bmaybe\\b'], examples: ['maybe'] }]), 'x.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.entries[0].patterns[0].flags).toContain('i');
  });

  it('names the file, the field and the bad value for a broken pattern', () => {
    const r = parseLexicon(file([{ kind: 'hedge', label: 'a', patterns: ['(unclosed'], examples: ['x'] }]), 'lex/style.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'invalid_pattern', source: 'lex/style.json', path: 'entries.0.patterns.0', value: '(unclosed' });
  });

  it('refuses an unknown label, a duplicate kind and a pattern matching nothing at all', () => {
    const r = parseLexicon(
      file([
        { kind: 'k', label: 'zzz', patterns: ['x'], examples: ['x'] },
        { kind: 'k', label: 'a', patterns: ['y?'], examples: ['y'] },
      ]),
      'f.json',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['entries.0.label', 'entries.1.kind', 'entries.1.patterns.0']));
  });

  it('refuses a file of another format with the path of the bad field', () => {
    const r = parseLexicon({ format: 'other', name: 'n', labels: ['a'], entries: [] }, 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toContain('format');
  });
});

describe('matchLexicon', () => {
  it('returns spans in text order and merges overlapping matches of one entry', () => {
    const r = parseLexicon(file([{ kind: 'hedge', label: 'a', patterns: ['\\bkind of\\b', '\\bkind\\b'], examples: ['kind of'] }, { kind: 'sorry', label: 'b', patterns: ['\\bsorry\\b'], examples: ['sorry'] }]), 'f');
    if (!r.ok) throw new Error('fixture');
    const text = 'Sorry, I kind of think so';
    const m = matchLexicon(r.value, text);
    expect(m.map((x) => [x.entry.kind, text.slice(x.start, x.end)])).toEqual([['sorry', 'Sorry'], ['hedge', 'kind of']]);
  });
});
