import { describe, expect, it } from 'vitest';
import { firstWordStart, splitSentences } from './splitSentences.js';

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, not after titles or initials', () => {
    expect(pieces('I saw Dr. Lee today. He said no! Why?\nThen J. Smith came.')).toEqual(['I saw Dr. Lee today.', 'He said no!', 'Why?', 'Then J. Smith came.']);
    expect(pieces('I said no. She left.')).toEqual(['I said no.', 'She left.']);
  });

  it('finds the first word after opening quotes and brackets', () => {
    const text = 'Fine. "Maria said so."';
    const [, second] = splitSentences(text);
    expect(text[firstWordStart(text, second)]).toBe('M');
  });
});
