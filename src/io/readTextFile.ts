import fs from 'node:fs';
import type { Problem, Result } from '../core/problem.js';

export interface TextFile {
  text: string;
  /** Set when the bytes were not UTF-8 and were read another way (said once to the user). */
  warning?: Problem;
}

/**
 * Reads a whole text file as people's tools export it: UTF-8 with or without a BOM, UTF-16 with a BOM
 * (Windows tools), and, when the bytes are not valid UTF-8, Windows-1252 (old Word/Notepad exports)
 * with a warning rather than a refusal. The BOM is dropped.
 */
export function readTextFile(file: string): Result<TextFile> {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).isDirectory()) return fail(file, 'is a directory');
    bytes = fs.readFileSync(file);
  } catch (err) {
    return fail(file, (err as Error).message.replace(/^[A-Z]+: /, ''));
  }
  return { ok: true, value: decodeText(bytes, file) };
}

function fail(source: string, message: string): Result<TextFile> {
  return { ok: false, problems: [{ code: 'file_unreadable', message, source }] };
}

export function decodeText(bytes: Uint8Array, source: string): TextFile {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      text: decodeWindows1252(body),
      warning: { code: 'file_unreadable', message: 'not valid UTF-8; read as Windows-1252', source },
    };
  }
}

// Node's TextDecoder('windows-1252') decodes as Latin-1 (0x80–0x9F become control characters), so the
// 32 code points where Windows-1252 differs are mapped here (WHATWG Encoding Standard index).
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)));
    out += chunk.join('');
  }
  return out;
}
