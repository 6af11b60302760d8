import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based. */
  number: number;
  text: string;
  /** The line's bytes were not valid UTF-8; `text` holds U+FFFD where they were. */
  invalidUtf8: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new StringDecoder('utf8');

function decode(bytes: Buffer): { text: string; invalidUtf8: boolean } {
  try {
    return { text: strict.decode(bytes), invalidUtf8: false };
  } catch {
    return { text: lenient.end(bytes), invalidUtf8: true };
  }
}

/**
 * Streams the lines of a byte stream without holding the whole input: memory stays flat however
 * long the file. Handles CRLF, a UTF-8 byte-order mark and a last line without a newline, and
 * decodes each line on its own so one bad byte spoils one line, not the file.
 */
export async function* readLines(stream: Readable): AsyncGenerator<Line> {
  let pending: Buffer = Buffer.alloc(0);
  let number = 0;
  const emit = (raw: Buffer): Line => {
    number++;
    let bytes = raw;
    if (bytes.length && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    if (number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    return { number, ...decode(bytes) };
  };
  for await (const chunk of stream) {
    const buf: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    pending = pending.length ? Buffer.concat([pending, buf]) : buf;
    let start = 0;
    for (let nl = pending.indexOf(0x0a, start); nl !== -1; nl = pending.indexOf(0x0a, start)) {
      yield emit(pending.subarray(start, nl));
      start = nl + 1;
    }
    pending = pending.subarray(start);
  }
  if (pending.length) yield emit(pending);
}
