/**
 * A transcript file's bytes as text, the way people's tools write them: UTF-8 (with or without a
 * byte-order mark), UTF-16 with a byte-order mark (Windows exports), or Windows-1252 when the bytes
 * are not valid UTF-8 (older Windows tools). Mirrors `readTextFile` on the server, which the API
 * cannot use because it receives text.
 */
export function decodeTranscriptBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

/** 0x80..0x9F in Windows-1252 (the rest is Latin-1); undefined bytes map to U+FFFD. */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';

/** Decoded by hand: not every JavaScript runtime's TextDecoder maps the 0x80..0x9F range. */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
