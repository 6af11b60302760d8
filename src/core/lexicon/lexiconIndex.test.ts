import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../text/hash.js';
import { LEXICON_FORMAT, matchLexicon, parseLexicon, type Lexicon, type LexiconMatch } from './lexicon.js';
import { CASE_FOLD_MISMATCH, indexLexicon, lowerCaseSource, matchIndexed, matchLexiconReference, patternPlanCount, patternPlansData, seedPatternPlans, shareIndex } from './lexiconIndex.js';

const DIR = new URL('../../../data/', import.meta.url);
const lexicons: Lexicon[] = fs
  .readdirSync(new URL('lexicons/', DIR))
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const r = parseLexicon(JSON.parse(fs.readFileSync(new URL(`lexicons/${f}`, DIR), 'utf8')), f);
    if (!r.ok) throw new Error(`${f} does not load`);
    return r.value;
  });

/** Texts of every train split of the corpora, and context turns where rows have them. */
function corpusTexts(): string[] {
  const out: string[] = [];
  for (const task of fs.readdirSync(new URL('corpus/', DIR))) {
    const dir = new URL(`corpus/${task}/`, DIR);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.startsWith('train') && x.endsWith('.jsonl'))) {
      for (const line of fs.readFileSync(new URL(f, dir), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const row = JSON.parse(line) as { text?: unknown; context?: Array<{ text?: unknown }> };
        if (typeof row.text === 'string') out.push(row.text);
        for (const t of row.context ?? []) if (typeof t.text === 'string') out.push(t.text);
      }
    }
  }
  return out;
}

const show = (ms: LexiconMatch[]) => ms.map((m) => `${m.entry.kind}@${m.start}-${m.end}`);

function expectSame(lexicon: Lexicon, texts: readonly string[]): number {
  let found = 0;
  for (const t of texts) {
    const got = show(matchLexicon(lexicon, t));
    found += got.length;
    expect(got, `${lexicon.name}: ${t}`).toEqual(show(matchLexiconReference(lexicon, t)));
  }
  return found;
}

describe('matchLexicon (indexed) against the plain scan', () => {
  const examples = lexicons.flatMap((l) => l.entries.flatMap((e) => [...e.examples, ...e.counterExamples]));
  const corpus = corpusTexts();

  it('agrees on every example and counter-example of the shipped lexicons', () => {
    for (const lex of lexicons) expect(expectSame(lex, examples)).toBeGreaterThan(0);
  });

  for (const lex of lexicons) {
    it(`agrees on every corpus text (train splits), as written and in capitals: ${lex.name}`, () => {
      expect(corpus.length).toBeGreaterThan(1000);
      expect(expectSame(lex, corpus)).toBeGreaterThan(100);
      expectSame(lex, corpus.slice(0, 300).map((t) => t.toUpperCase()));
    });
  }

  it('agrees on odd characters: length-changing lower-casing, ſ and K, emoji, curly quotes', () => {
    const texts = [
      'İstanbul was hard. I understand. How did that feel? Of course, call me any time.',
      'I’m ſo ſorry. You never liſten. It ſounds like you feel alone. I feel kind of ok.',
      'I\u212Anow you never listen, and I KNOW it sounds like you feel stuck.',
      'aww sorry ❤️ 💔 TELL ME MORE about Sunday evenings?! “Great” job 🙄 !!! /s',
      "YOU NEED TO STOP. You’re in denial, and I’m not going to beg you to stay.",
      'ΣΑΣ ΣΟΦΊΑ ς — I’d like us to focus on one thing. Je suis désolé, ÉTÉ. CAFÉ, café, touché.',
      'Мне очень одиноко, sorry. It sounds like you feel alone.',
      '\ud83d sorry \ude00 unpaired surrogates, you always',
    ];
    for (const lex of lexicons) expectSame(lex, texts);
  });

  it('agrees on random text spliced from the cue vocabulary', () => {
    const words = examples.flatMap((x) => {
      const w = x.split(/\s+/);
      const a = Math.floor(w.length / 3);
      return [w.slice(0, a + 2).join(' '), w.slice(a).join(' ')];
    });
    const glue = [' ', ' ', ' ', ', ', '. ', '! ', '? ', '\n', '—', "'", '’', '-', '', '_', '9'];
    const rand = mulberry32(7);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const texts: string[] = [];
    for (let n = 0; n < 400; n++) {
      let t = '';
      const len = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < len; k++) {
        let w = pick(words);
        if (rand() < 0.15) w = w.toUpperCase();
        t += w + pick(glue);
      }
      texts.push(t);
    }
    // Each lexicon must have been exercised by many matches (the texts mix every lexicon's examples).
    for (const lex of lexicons) expect(expectSame(lex, texts)).toBeGreaterThan(50);
  });

  it('agrees on sub-lexicons and hand-made patterns of every shape', () => {
    const r = parseLexicon(
      {
        format: LEXICON_FORMAT,
        name: 't',
        labels: ['a'],
        entries: [
          { kind: 'k1', label: 'a', patterns: ['\\bI\\b', 'Ab+C', '\\bé\\w+', '[A-Z]{2}\\d', '(?<=x)yz', '\\p{Lu}{3}'], examples: ['I'] },
          { kind: 'k2', label: 'a', patterns: ['\\bSo\\s+(?:yOu|we)\\b', '!{2,}', '[^a-z ]{2}', '\\bum+\\b', 'ß', 'Touché|caf[ÉE]\\b', '\\b(?:\\d+|five) minutes\\b'], examples: ['so you'] },
        ],
      },
      't',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const texts = ['I am ABBBC so  You, xyz UM umm ÉTÉ étés AB1 ab2 !!!?? ẞ ß ABC TOUCHÉ Café CAFE', 'So we İ i I', '', 'in 5 minutes, 15 minutes or 150 minutes; x5 minutes, FIVE minutes'];
    expectSame(r.value, texts);
    const sub = { ...r.value, entries: r.value.entries.slice(1) };
    expectSame(sub, texts);
    expect(indexLexicon(sub)).not.toBe(indexLexicon(r.value));
    expect(indexLexicon(sub)).toBe(indexLexicon(sub));
    expect(show(matchIndexed(indexLexicon(sub), texts[0]))).toEqual(show(matchLexicon(sub, texts[0])));
  });

  it('agrees where the prefixes are too many for one trie (it is built of shorter ones)', () => {
    // 80 patterns of 1,000 six-letter openings each: some 89,000 trie nodes, over MAX_NODES.
    const ten = '(?:a|b|c|d|e|f|g|h|i|j)';
    const patterns = Array.from({ length: 80 }, (_, i) => `\\b${String.fromCharCode(107 + (i % 16), 107 + Math.floor(i / 16))}${ten}${ten}${ten}z`);
    const r = parseLexicon({ format: LEXICON_FORMAT, name: 'many', labels: ['a'], entries: [{ kind: 'k', label: 'a', patterns, examples: ['x'] }] }, 'many');
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const texts = ['klabcz lmjjjz kpabc kq kkaaaz, ZZ: ONCEBZ omhhhz kkaaa z', 'lp'.repeat(20) + 'abcz'];
    expectSame(r.value, texts);
    expect(matchLexicon(r.value, texts[0]).length).toBe(5);
  });

  it('gives lexicons sharing one walk each its own results, whatever the order they are asked in', () => {
    // Fresh lexicon objects (not yet indexed), two of them sharing entries and so pattern sources.
    const members = lexicons.map((l) => ({ ...l }));
    const half = { ...members[0], entries: members[0].entries.filter((_, i) => i % 2 === 0) };
    members.push(half);
    shareIndex(members);
    const walk = indexLexicon(members[0]).walk;
    for (const m of members) expect(indexLexicon(m).walk).toBe(walk);
    const texts = [...examples.slice(0, 150), ...corpus.slice(0, 150)];
    const rand = mulberry32(5);
    for (let k = 0; k < 600; k++) {
      // Texts asked about in turn, repeated and interleaved, members in random order.
      const text = texts[Math.floor(rand() * texts.length)];
      const lex = members[Math.floor(rand() * members.length)];
      expect(show(matchLexicon(lex, text)), `${lex.name}: ${text}`).toEqual(show(matchLexiconReference(lex, text)));
    }
    // Already indexed lexicons keep their own walk.
    const alone = { ...lexicons[0] };
    const own = indexLexicon(alone).walk;
    shareIndex([alone, { ...lexicons[1] }]);
    expect(indexLexicon(alone).walk).toBe(own);
  });

  it('is linear on 100,000 characters of adversarial text', () => {
    const inputs = ["if you don't ".repeat(8000), 'you you you you '.repeat(6500), 'a'.repeat(100_000), "I'm sorry, I'm sorry ".repeat(5000), '!?'.repeat(50_000)];
    for (const lex of lexicons) {
      for (const text of inputs) {
        const t0 = performance.now();
        matchLexicon(lex, text);
        expect(performance.now() - t0).toBeLessThan(1500);
      }
    }
  });
});

describe('lowerCaseSource', () => {
  it('lower-cases literals and keeps escapes', () => {
    expect(lowerCaseSource("\\bI['’]M\\s+\\S+\\W\\B")).toBe("\\bi['’]m\\s+\\S+\\W\\B");
    expect(lowerCaseSource('[A-Z][a-z][0-9]')).toBe('[a-z][a-z][0-9]');
  });
  it('refuses what lower-casing would change: code escapes, mixed ranges, cased non-ASCII', () => {
    for (const src of ['\\p{Lu}', '\\u0041', '\\x41', '(a)\\1', '[A-z]', '[0-z]', 'ſ', 'Σ', 'İ', '[à-ÿ]']) expect([src, lowerCaseSource(src)]).toEqual([src, null]);
    expect(lowerCaseSource('CAFÉ')).toBe('café');
  });
  it('knows every character whose case folding differs from lower-casing (the text check relies on it)', () => {
    const cased: string[] = [];
    for (let c = 0; c <= 0x1ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) cased.push(ch);
    }
    const all = cased.join('');
    const mismatch: string[] = [];
    for (const ch of cased) {
      const lower = ch.toLowerCase();
      if (lower.length !== ch.length) continue; // the length check catches these
      const iu = new Set(all.match(new RegExp(ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'giu')) ?? []);
      const byLower = new Set(cased.filter((d) => d.toLowerCase() === lower));
      if (iu.size !== byLower.size || [...iu].some((d) => !byLower.has(d))) mismatch.push(ch);
    }
    // ASCII s/S are listed because of ſ: with ſ excluded from text and patterns they are exact.
    const expected = mismatch.filter((ch) => ch !== 's' && ch !== 'S');
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.filter((ch) => !CASE_FOLD_MISMATCH.test(ch))).toEqual([]);
    expect(cased.filter((ch) => CASE_FOLD_MISMATCH.test(ch) && !mismatch.includes(ch))).toEqual([]);
  });
});

describe('pattern plans as data', () => {
  const lexiconOf = (name: string, patterns: string[]): Lexicon => {
    const r = parseLexicon({ format: LEXICON_FORMAT, name, labels: ['a'], entries: [{ kind: 'k', label: 'a', patterns, examples: ['x'] }] }, name);
    if (!r.ok) throw new Error('does not load');
    return r.value;
  };

  it('hands out the plans made, and a later process seeded with them matches alike', () => {
    const sources = ['\\bPlanned\\s+(?:Day|Night)\\b', '\\w+Scanplan', '\\p{Lu}planz'];
    indexLexicon(lexiconOf('plans-made', sources));
    const data = patternPlansData();
    expect(data[sources[0]]?.[0]).toBe(lowerCaseSource(sources[0]));
    expect(data[sources[0]]?.[1]?.split('\n')).toEqual(expect.arrayContaining(['1planned day', '1planned nigh']));
    expect(data[sources[1]]).toEqual([lowerCaseSource(sources[1])]);
    expect(data[sources[2]]).toEqual([null]);
    // The data is JSON: it survives a file.
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('uses seeded plans, and skips malformed ones', () => {
    // Seeded prefixes are trusted (the cache is keyed by the code that made them): a plan that only
    // tries the pattern where "night" starts shows the seeded plan is the one used.
    const src = '\\bseeded\\s+(?:day|night)|night\\s+seeded';
    const before = patternPlanCount();
    seedPatternPlans({
      [src]: [src, '1night'],
      'bad(': [null, 'x'],
      '\\bbadre': ['(unclosed', ['0b']],
      '\\bbadprefix': ['\\bbadprefix', '2b'],
      '\\bbadlist': ['\\bbadlist', ['1badlist']],
      '\\bemptyline': ['\\bemptyline', '1emptyline\n'],
      '\\bempty': ['\\bempty', []],
    });
    expect(patternPlanCount()).toBe(before + 1);
    const lexicon = lexiconOf('plans-seeded', [src]);
    expect(show(matchLexicon(lexicon, 'Seeded day, night seeded.'))).toEqual(['k@12-24']);
    expect(show(matchLexiconReference(lexicon, 'Seeded day, night seeded.'))).toEqual(['k@0-10', 'k@12-24']);
    // Malformed plans are made as usual when their pattern is indexed.
    const other = lexiconOf('plans-unseeded', ['\\bbadprefix', '\\bempty']);
    expect(show(matchLexicon(other, 'badprefix empty'))).toEqual(['k@0-9', 'k@10-15']);
    expect(patternPlansData()['\\bbadprefix']).toEqual(['\\bbadprefix', '1badprefix']);
  });
});

