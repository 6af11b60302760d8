import { describe, expect, it } from 'vitest';
import { createSseParser } from './sseParser.js';

const parseAll = (pieces: readonly string[]) => {
  const out: string[] = [];
  const p = createSseParser((d) => out.push(d));
  for (const piece of pieces) p.push(piece);
  p.end();
  return out;
};

const STREAM = ': keep-alive comment\r\nevent: message\r\ndata: {"a":1}\r\n\r\ndata:{"b":2}\n\nid: 7\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n';
const EXPECTED = ['{"a":1}', '{"b":2}', 'line one\nline two', '[DONE]'];

describe('createSseParser', () => {
  it('reads data fields, joins multi-line data and skips comments and other fields', () => {
    expect(parseAll([STREAM])).toEqual(EXPECTED);
  });

  it('gives the same events however the text is split, a CRLF split in two included', () => {
    for (let i = 0; i <= STREAM.length; i++) expect(parseAll([STREAM.slice(0, i), STREAM.slice(i)])).toEqual(EXPECTED);
    expect(parseAll([...STREAM])).toEqual(EXPECTED);
  });

  it('treats a lone CR as a line end', () => {
    expect(parseAll(['data: x\r\rdata: y\r\r'])).toEqual(['x', 'y']);
  });

  it('dispatches a last event that lacks its blank line at the end', () => {
    expect(parseAll(['data: one\n\ndata: two'])).toEqual(['one', 'two']);
  });

  it('dispatches nothing for an event without data', () => {
    expect(parseAll(['event: ping\n\n: hi\n\n'])).toEqual([]);
  });
});
