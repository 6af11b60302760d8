import { describe, expect, it } from 'vitest';
import { decodeTranscriptBytes } from './decodeTranscript.js';

const text = 'Thérapist: café — “quoted”';

describe('decodeTranscriptBytes', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTranscriptBytes(utf8)).toBe(text);
    expect(decodeTranscriptBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  it('reads UTF-16 in either byte order when it has a byte-order mark', () => {
    const le = Buffer.from(text, 'utf16le');
    expect(decodeTranscriptBytes(new Uint8Array([0xff, 0xfe, ...le]))).toBe(text);
    const be = Buffer.from(le).swap16();
    expect(decodeTranscriptBytes(new Uint8Array([0xfe, 0xff, ...be]))).toBe(text);
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8', () => {
    // "café “x”" as Windows-1252: é = E9, curly quotes = 93/94.
    expect(decodeTranscriptBytes(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x78, 0x94]))).toBe('café “x”');
  });
});
