import { describe, expect, it } from 'vitest';
import { readingProblems } from './readingProblems.js';

describe('readingProblems', () => {
  it('passes finished sentences', () => {
    expect(readingProblems("It sounds like you've been feeling lonely. What's that been like for you?")).toEqual([]);
    expect(readingProblems('When you dump this stuff on me, I feel overwhelmed. Could we talk about it?')).toEqual([]);
  });

  it('names the ways a filled template goes wrong', () => {
    expect(readingProblems('So you like beer.  Tell me more')).toEqual(expect.arrayContaining(['double space', 'no end mark']));
    expect(readingProblems('One option might be to to take a a idea.')).toEqual(expect.arrayContaining(['repeated word "to"', 'repeated word "a"']));
    expect(readingProblems('When you serious , I feel {feeling}.')).toEqual(expect.arrayContaining(['unfilled slot', 'space before punctuation']));
    expect(readingProblems('so, um, you-you like it.')).toEqual(expect.arrayContaining(['filler or stutter', 'sentence without a capital: "so, um, you-you like"']));
    expect(readingProblems('It is a idea i like.')).toEqual(expect.arrayContaining(['"a" before a vowel', 'lower-case "i"']));
    expect(readingProblems('')).toEqual(['empty']);
  });
});
