import { describe, expect, it } from 'vitest';
import { literalPrefixes, minMatchLength, PREFIX_LENGTH } from './literalPrefixes.js';

const sorted = (src: string) => literalPrefixes(src)?.map((p) => `${p.atWordStart ? '^' : ''}${p.prefix}`).sort() ?? null;

describe('literalPrefixes', () => {
  it('reads the literal start of each alternative, at most PREFIX_LENGTH characters', () => {
    expect(sorted('\\b(?:no|one (?:topic|thing))\\b')).toEqual(['^no', `^${'one topic'.slice(0, PREFIX_LENGTH)}`, `^${'one thing'.slice(0, PREFIX_LENGTH)}`].sort());
    expect(sorted('abcdefghijkl')).toEqual(['abcdefghijkl'.slice(0, PREFIX_LENGTH)]);
  });

  it('branches on optional parts and small classes', () => {
    expect(sorted('ab?c')).toEqual(['abc', 'ac']);
    expect(sorted('[sz]ee')).toEqual(['see', 'zee']);
    expect(sorted('\\bi[\'’]m')).toEqual(["^i'm", '^i’m']);
  });

  it('keeps the word-start guarantee of \\b, ^ and a punctuation-only look-behind, not of others', () => {
    expect(sorted('(?:^|(?<=[.!?]\\s{0,3}))(?:go|up)')).toEqual(['^go', '^up']);
    expect(sorted('(?<=a)go')).toEqual(['go']);
    expect(sorted('(?<!not )\\bsure')).toEqual(['^sure']);
  });

  it('writes whitespace of any kind as one space, and follows a repeated part once or twice', () => {
    expect(sorted('\\bi\\s+feel')).toEqual(['^i  ', `^${'i feel'.slice(0, PREFIX_LENGTH)}`]);
    expect(sorted('\\bso\\n[\\s,]')).toEqual(['^so  ', '^so ,']);
    expect(sorted('\\bum+\\b')).toEqual(['^um', '^umm']);
  });

  it('reads a look-behind of alternatives: a word start only when each ends off a word', () => {
    expect(sorted('(?<=^|[.!?]\\s|[.!?]["”)]\\s|\\n)(?:go|up)')).toEqual(['^go', '^up']);
    expect(sorted('(?<=^|a)go')).toEqual(['go']);
    expect(sorted('(?<=[.!?]\\s?)go')).toEqual(['^go']);
    expect(sorted('(?<=x\\s?)go')).toEqual(['go']);
    // A class too long to spell out into prefixes still counts when it holds only punctuation.
    expect(sorted('(?:^|(?<=[.!?:;]\\s{0,3}))go')).toEqual(['^go']);
    expect(sorted('(?<=[.!?:x]\\s?)go')).toEqual(['go']);
    expect(sorted('(?<=[^a-z]\\s?)go')).toEqual(['go']);
  });

  it('keeps a shorter prefix when what follows is open', () => {
    expect(sorted('x{2,3}y')).toEqual(['x']);
    expect(sorted('\\bso\\w+')).toEqual(['^so']);
    expect(sorted('\\bwe [a-z]+ing')).toEqual(['^we ']);
  });

  it('reads longer prefixes when asked, and shorter ones where the longer would be too many', () => {
    expect(literalPrefixes('abcdefghijkl', 10)?.map((p) => p.prefix)).toEqual(['abcdefghij']);
    expect(literalPrefixes('\\bi (?:feel|felt) sad', 8)?.map((p) => p.prefix).sort()).toEqual(['i feel s', 'i felt s']);
    // 6 alternatives of two letters, four times over: 1,296 prefixes of 8 letters, too many; 216 of 6.
    const g = '(?:aa|bb|cc|dd|ee|ff)';
    const shorter = literalPrefixes(g.repeat(4), 8);
    expect(shorter).toHaveLength(216);
    expect(shorter?.every((p) => p.prefix.length === PREFIX_LENGTH)).toBe(true);
  });

  it('reads \\d as the ten digits', () => {
    const prefixes = literalPrefixes('(?:\\d+|five) minutes', 12)?.map((p) => p.prefix) ?? [];
    expect(prefixes).toEqual(expect.arrayContaining(['5 minutes', '15', 'five minutes']));
    // Every prefix starts with a digit or is the word.
    expect(prefixes.every((p) => /^\d/.test(p) || p === 'five minutes')).toBe(true);
  });

  it('gives up (null) where a match can start with anything', () => {
    expect(literalPrefixes('\\w+ing')).toBeNull();
    expect(literalPrefixes('(?:\\w+|five) minutes')).toBeNull();
    expect(literalPrefixes('.{0,3}x')).toBeNull();
    expect(literalPrefixes('[a-z]ay')).toBeNull();
    expect(literalPrefixes('(unclosed')).toBeNull();
  });
});

describe('minMatchLength', () => {
  it('counts the fewest characters a match consumes, without compiling', () => {
    expect(minMatchLength('\\bmaybe\\b')).toBe(5);
    expect(minMatchLength('(?:ab|c)d?\\s+')).toBe(2);
    expect(minMatchLength('x{2,3}(?=y)')).toBe(2);
    expect(minMatchLength('(?<=a)b|\\S')).toBe(1);
  });
  it('finds patterns that can match the empty string, and gives up on back-references', () => {
    expect(minMatchLength('y?')).toBe(0);
    expect(minMatchLength('\\b(?:a|)')).toBe(0);
    expect(minMatchLength('(a*)\\1')).toBeNull();
    expect(minMatchLength('(unclosed')).toBeNull();
  });
  it('gives up on escapes whose length it does not read (\\p{…}, \\u…)', () => {
    expect(minMatchLength('\\p{L}?')).toBeNull();
    expect(minMatchLength('I\\u0041')).toBeNull();
  });
  it('never says a pattern that matches the empty string consumes a character', () => {
    // Every sequence of three parts from this list, checked against the engine.
    const parts = ['a', 'b?', '(?:c|)', '(?:de|f)+', '\\b', '[gh]*', '(?=i)', 'j{0,2}', 'k{2}', '(?:l?m?)', '(?<=n)', '(?:o|p?)', '.'];
    let checked = 0;
    for (const x of parts) {
      for (const y of parts) {
        for (const z of parts) {
          const src = `${x}${y}|${z}`;
          const min = minMatchLength(src);
          expect(min, src).not.toBeNull();
          // 0 may still not match '' (\\b, look-arounds): only "consumes one" must be sure.
          if (new RegExp(src, 'u').test('')) expect(min, src).toBe(0);
          else if ((min as number) > 0) checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(parts.length ** 2);
  });
});
