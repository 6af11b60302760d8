import type { PiiSpan } from './redactionTypes.js';

const EMAIL = /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}\b/g;
// An address read aloud, as a transcription writes it: "maria dot lopez at gmail dot com".
const SPOKEN = /\b[a-z0-9]+(?:\s+(?:dot|underscore)\s+[a-z0-9]+)*\s+at\s+[a-z0-9]+(?:\s+dot\s+[a-z0-9]+)*\s+dot\s+(?:com|org|net|edu|gov|io|uk|ie|de|fr|nl|es|it|au|ca)\b/gi;

/** E-mail addresses, written ("m.lopez@mail.com") or spoken ("m lopez at gmail dot com"). */
export function detectEmails(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() });
  }
  if (/ dot /i.test(text)) {
    for (const m of text.matchAll(SPOKEN)) {
      const key = m[0].toLowerCase().replace(/\s+dot\s+/g, '.').replace(/\s+underscore\s+/g, '_').replace(/\s+at\s+/, '@');
      out.push({ kind: 'email', start: m.index, end: m.index + m[0].length, key });
    }
  }
  return out;
}
