import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/tempDir.js';
import { decodeText, readTextFile } from './readTextFile.js';

describe('readTextFile', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFTherapist: hi', 'utf8'), 'f').text).toBe('Therapist: hi');
  });

  it('reads UTF-16 little- and big-endian files with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Client: café', 'utf16le')]);
    expect(decodeText(le, 'f').text).toBe('Client: café');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'f').text).toBe('Client: café');
  });

  it('reads invalid UTF-8 as Windows-1252 and says so', () => {
    const r = decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94]), 'old.txt');
    expect(r.text).toBe('Café \u201cok\u201d');
    expect(r.warning).toMatchObject({ source: 'old.txt', message: expect.stringContaining('Windows-1252') });
  });

  it('names the file it cannot read, and refuses a directory', () => {
    const dir = tempDir('attune-read-');
    const missing = readTextFile(path.join(dir, 'nope.vtt'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems[0]).toMatchObject({ code: 'file_unreadable', source: path.join(dir, 'nope.vtt') });
    const d = readTextFile(dir);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problems[0].message).toBe('is a directory');
    fs.writeFileSync(path.join(dir, 'ok.txt'), 'T: hello');
    expect(readTextFile(path.join(dir, 'ok.txt'))).toEqual({ ok: true, value: { text: 'T: hello' } });
  });
});
