import { describe, expect, it } from 'vitest';
import { detectUrls } from './detectUrls.js';

const found = (text: string): string[] => detectUrls(text).map((s) => text.slice(s.start, s.end));

describe('detectUrls', () => {
  it('finds web addresses with or without a scheme, leaving the closing punctuation', () => {
    expect(found('Look at https://example.org/support?id=12, or www.example.com.')).toEqual(['https://example.org/support?id=12', 'www.example.com']);
    expect(found('She posts on instagram.com/chloe_rose_22 every day.')).toEqual(['instagram.com/chloe_rose_22']);
  });

  it('finds a social-media handle', () => {
    expect(found('He tags me as @danny_b_1990 in his stories.')).toEqual(['@danny_b_1990']);
  });

  it('does not take a missing space, a number or an e-mail address for a web address', () => {
    expect(found('I was so tired.It was late. It cost 3.50, e.g. the bus. Mail me@example.com')).toEqual([]);
  });

  it('keys a site without scheme, www or trailing slash', () => {
    expect(detectUrls('https://www.Example.com/')[0].key).toBe(detectUrls('example.com')[0].key);
  });
});
