import { describe, expect, it } from 'vitest';
import { detectEmails } from './detectEmails.js';

const found = (text: string): string[] => detectEmails(text).map((s) => text.slice(s.start, s.end));

describe('detectEmails', () => {
  it('finds written addresses without trailing punctuation', () => {
    expect(found('Email me at maria.lopez@example.com. Or j_h+x@mail.example.org!')).toEqual(['maria.lopez@example.com', 'j_h+x@mail.example.org']);
  });

  it('finds an address read aloud and keys it like the written one', () => {
    const text = "it's maria dot lopez at example dot com, all lower case";
    expect(found(text)).toEqual(['maria dot lopez at example dot com']);
    expect(detectEmails(text)[0].key).toBe(detectEmails('maria.lopez@example.com')[0].key);
  });

  it('finds nothing in talk about being somewhere', () => {
    expect(found('I was at home, then at work, and the @ sign on my keyboard broke. I looked at the dot.')).toEqual([]);
  });
});
