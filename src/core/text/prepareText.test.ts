import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { MAX_ANALYSED_CHARS, prepareText, sanitizeText } from './prepareText.js';

const WORDS = loadWordListsOrThrow().text;

describe('prepareText', () => {
  it('leaves ordinary text alone', () => {
    expect(prepareText('I feel fine.', WORDS)).toEqual({ text: 'I feel fine.', notes: [], empty: false });
  });

  it('replaces control characters by spaces without moving offsets', () => {
    const r = prepareText('a\u0000b\u0007c\nd', WORDS);
    expect(r.text).toBe('a b c\nd');
    expect(r.notes.map((n) => n.code)).toEqual(['control_characters_removed']);
  });

  it('marks empty and whitespace-only text', () => {
    expect(prepareText('', WORDS).empty).toBe(true);
    expect(prepareText(' \n\t ', WORDS).notes.map((n) => n.code)).toEqual(['empty_text']);
  });

  it('cuts very long text to a prefix and says so, never splitting an emoji', () => {
    const long = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀' + 'b'.repeat(100);
    const r = prepareText(long, WORDS);
    expect(r.text.length).toBe(MAX_ANALYSED_CHARS - 1);
    expect(r.notes[0].code).toBe('truncated');
  });

  it('notes text with no letters and text in another script', () => {
    expect(prepareText('😀😀 !!', WORDS).notes.map((n) => n.code)).toEqual(['no_letters']);
    expect(prepareText('Мне очень одиноко в последнее время', WORDS).notes.map((n) => n.code)).toEqual(['non_english']);
    expect(prepareText('我最近感到非常孤独', WORDS).notes.map((n) => n.code)).toEqual(['non_english']);
    expect(prepareText('Me siento muy sola últimamente y nadie me entiende', WORDS).notes.map((n) => n.code)).toEqual(['non_english']);
    expect(prepareText('Ich fühle mich in letzter Zeit sehr einsam', WORDS).notes.map((n) => n.code)).toEqual(['non_english']);
    expect(prepareText('Honestly the commute took forever again today', WORDS).notes).toEqual([]);
  });

  it('judges the language by the function words it is given', () => {
    const spanish = { english: new Set([...WORDS.english, 'me', 'muy', 'y']) };
    expect(prepareText('Me siento muy sola últimamente y nadie me entiende', spanish).notes).toEqual([]);
  });
});

describe('sanitizeText', () => {
  it('gives the text prepareText gives', () => {
    const long = 'a'.repeat(MAX_ANALYSED_CHARS - 1) + '😀' + 'b'.repeat(100);
    for (const t of ['I feel fine.', 'a\u0000b\u0007c\nd', '', long, 'x'.repeat(MAX_ANALYSED_CHARS + 5) + '\u0001']) expect(sanitizeText(t)).toBe(prepareText(t, WORDS).text);
  });
});
