import { describe, expect, it } from 'vitest';
import { literalPrefixes, PREFIX_LENGTH } from './literalPrefixes.js';

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

  it('keeps a shorter prefix when what follows is open', () => {
    expect(sorted('x{2,3}y')).toEqual(['x']);
    expect(sorted('\\bso\\w+')).toEqual(['^so']);
    expect(sorted('\\bwe [a-z]+ing')).toEqual(['^we ']);
  });

  it('gives up (null) where a match can start with anything', () => {
    expect(literalPrefixes('\\w+ing')).toBeNull();
    expect(literalPrefixes('(?:\\d+|five) minutes')).toBeNull();
    expect(literalPrefixes('.{0,3}x')).toBeNull();
    expect(literalPrefixes('[a-z]ay')).toBeNull();
    expect(literalPrefixes('(unclosed')).toBeNull();
  });
});
