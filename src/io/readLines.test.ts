import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from './readLines.js';

async function lines(chunks: Array<Buffer | string>) {
  const out = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))))) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits on LF and CRLF, strips a BOM, keeps a last line without newline', async () => {
    const r = await lines(['\uFEFFone\r\ntw', 'o\nthree']);
    expect(r.map((l) => [l.number, l.text])).toEqual([[1, 'one'], [2, 'two'], [3, 'three']]);
  });

  it('joins a multi-byte character split across chunks', async () => {
    const bytes = Buffer.from('café\n');
    const r = await lines([bytes.subarray(0, 4), bytes.subarray(4)]);
    expect(r[0]).toEqual({ number: 1, text: 'café', invalidUtf8: false });
  });

  it('marks a line with invalid UTF-8 and decodes the rest of it', async () => {
    const r = await lines([Buffer.concat([Buffer.from('ok\nbad '), Buffer.from([0xff, 0xfe]), Buffer.from(' end\nfine\n')])]);
    expect(r.map((l) => l.invalidUtf8)).toEqual([false, true, false]);
    expect(r[1].text).toMatch(/^bad \uFFFD+ end$/);
  });
});
