import { describe, expect, it } from 'vitest';
import type { Marker, UtteranceAnalysis } from '../types.js';
import { empathyReason, listWords, markerReason, markerWords, quote } from './turnReasons.js';

describe('turnReasons', () => {
  it('describes the empathy mechanisms, strongest first, quoting the strongest one', () => {
    const text = 'It sounds like you feel invisible. What is that like?';
    const a = {
      text,
      empathy: { er: 0, ip: 2, ex: 1, rationales: [{ mechanism: 'ip', level: 2, cue: 'frame', start: 0, end: 34 }, { mechanism: 'ex', level: 1, cue: 'q', start: 35, end: text.length }] },
    } as unknown as UtteranceAnalysis;
    expect(empathyReason(a)).toBe("reflects what the client feels (IP 2: 'It sounds like you feel invisible') and asks about it (EX 1)");
    expect(empathyReason({ ...a, empathy: { er: 0, ip: 0, ex: 0, rationales: [] } })).toBeNull();
  });

  it('names markers of the wanted leanings once per kind', () => {
    const m = (kind: string, leaning: Marker['leaning'], text: string): Marker => ({ kind, leaning, text, start: 0, end: text.length });
    const markers = [m('command', 'aggressive', 'you need to'), m('command', 'aggressive', 'you must'), m('reflective_frame', 'none', 'so you'), m('label', 'aggressive', 'in denial')];
    expect(markerReason(markers, new Set(['aggressive']))).toBe("gives orders ('you need to') and labels the client ('in denial')");
    expect(markerReason(markers, new Set(['passive']))).toBeNull();
    expect(markerWords('some_new_kind')).toBe('some new kind');
  });

  it('quotes briefly and lists in plain English', () => {
    expect(quote('  Short one.  ')).toBe("'Short one'");
    expect(quote('word '.repeat(30), 20)).toMatch(/^'(word ?)+…'$/);
    expect([listWords([]), listWords(['a']), listWords(['a', 'b']), listWords(['a', 'b', 'c'])]).toEqual(['', 'a', 'a and b', 'a, b and c']);
  });
});
