import { describe, expect, it } from 'vitest';
import { cleanText, onlyNotes } from './cleanText.js';

describe('cleanText', () => {
  it('strips HTML and WebVTT tags, inline timestamps and SSA overrides', () => {
    const r = cleanText('{\\an8}<b>I</b> <i>really</i> <c.yellow>mean</c> <00:00:01.500>it<br/>now</v>');
    expect(r).toEqual({ text: 'I really mean it now', markup: true });
  });

  it('decodes entities', () => {
    expect(cleanText('Tom &amp; Jerry &lt;3 &#39;ok&#x27; &nbsp;x')).toEqual({ text: "Tom & Jerry <3 'ok' x", markup: true });
  });

  it('keeps angle-bracket words that are not markup: placeholders and hearts', () => {
    expect(cleanText('Hi <NAME>, I <3 you')).toEqual({ text: 'Hi <NAME>, I <3 you', markup: false });
  });

  it('keeps annotations and makes white space one space', () => {
    expect(cleanText('  (laughs)  Yeah,\n\tright [inaudible] ok ')).toEqual({ text: '(laughs) Yeah, right [inaudible] ok', markup: false });
  });
});

describe('onlyNotes', () => {
  it('is true for bracketed notes alone', () => {
    expect(onlyNotes('[inaudible]')).toBe(true);
    expect(onlyNotes('[crosstalk] [laughter].')).toBe(true);
  });

  it('is false when there are words or stage directions', () => {
    expect(onlyNotes('[inaudible] so yeah')).toBe(false);
    expect(onlyNotes('(laughs)')).toBe(false);
    expect(onlyNotes('Fine.')).toBe(false);
  });
});
