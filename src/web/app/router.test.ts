import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash } from './router.js';

describe('hash router', () => {
  it('reads segments and query from the hash', () => {
    const l = parseHash('#/review/abc%20d?redact=1&x=');
    expect(l.segments).toEqual(['review', 'abc d']);
    expect(l.query.get('redact')).toBe('1');
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/').segments).toEqual([]);
    expect(parseHash('#practise').segments).toEqual(['practise']);
  });

  it('keeps a malformed escape as written rather than failing', () => {
    expect(parseHash('#/review/%E0%A4%A').segments).toEqual(['review', '%E0%A4%A']);
  });

  it('writes hashes that read back to the same route, leaving empty values out', () => {
    const href = hrefFor(['practise', 'a/b'], { skill: 'say_no', level: 2, empty: '', none: null });
    expect(href).toBe('#/practise/a%2Fb?skill=say_no&level=2');
    const back = parseHash(href);
    expect(back.segments).toEqual(['practise', 'a/b']);
    expect(Object.fromEntries(back.query)).toEqual({ skill: 'say_no', level: '2' });
  });
});
