import { describe, expect, it } from 'vitest';
import { mulberry32 } from './hash.js';
import { splitSentences, tokenize, WORD } from './tokenize.js';

/** What the tokenizer must find: every WORD match, lower-cased, curly apostrophes folded. */
function byRegex(text: string) {
  return Array.from(text.matchAll(WORD), (m) => {
    const lower = m[0].toLowerCase();
    return { norm: lower.replace(/’/g, "'"), start: m.index, end: m.index + m[0].length };
  });
}

describe('tokenize', () => {
  it('keeps inner apostrophes and hyphens, with offsets into the text', () => {
    expect(tokenize("I don’t know, well-being isn't -it- 'quoted' a--b x'")).toEqual(byRegex("I don’t know, well-being isn't -it- 'quoted' a--b x'"));
    expect(tokenize('Don’t GO').map((t) => t.norm)).toEqual(["don't", 'go']);
    const t = 'So, well-being.';
    for (const tok of tokenize(t)) expect(t.slice(tok.start, tok.end).toLowerCase()).toBe(tok.norm);
  });

  it('reads letters and numbers of any script, astral ones included, and nothing else', () => {
    for (const text of ['Ça va très bien', 'Привет, мир', '日本語のテキスト', 'x𝐀y 😀 𝟙2', 'ab\ud800cd \udc00ef', 'ǅemal ΣΑΣ ſ', '١٢٣ and ½ or ²', '']) {
      expect(tokenize(text)).toEqual(byRegex(text));
    }
  });

  it('finds exactly what the WORD regex finds on random text', () => {
    const rand = mulberry32(11);
    const alphabet = ['a', 'B', 'z', '0', '9', ' ', "'", '’', '-', '.', ',', 'é', 'Ж', '日', '😀', '𝐀', '\ud800', '\udc00', '_', '\n', 'İ', 'ß'];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = Math.floor(rand() * 30);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(tokenize(s)).toEqual(byRegex(s));
    }
  });
});

describe('splitSentences', () => {
  it('splits at . ! ? … and line breaks, with trimmed offsets', () => {
    expect(splitSentences(' Hi there.  How are you?\nFine')).toEqual([
      { text: 'Hi there.', start: 1, end: 10 },
      { text: 'How are you?', start: 12, end: 24 },
      { text: 'Fine', start: 25, end: 29 },
    ]);
  });
});
