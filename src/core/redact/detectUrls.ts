import type { PiiSpan } from './redactionTypes.js';

const TLD = '(?:com|org|net|edu|gov|io|info|biz|uk|ie|de|fr|nl|eu|au|ca|ly|tv|app|dev|xyz|online|site)';
// ("me", "it", "us" and "co" alone are left out: "tired.It" is a missing space, not a site.)
// A scheme or www, or a bare domain with a known ending ("linkedin.com/in/maria"); trailing punctuation
// is left outside.
const URL = new RegExp(String.raw`(?<![\w@.-])(?:(?:https?://|www\.)[^\s<>"'“”]+|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.${TLD}\b(?:/[^\s<>"'“”]*)?)`, 'gi');
// A social-media handle: "@maria_l" (an e-mail address is found first and wins).
const HANDLE = /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?\b/g;
const TRAILING = /[.,;:!?)\]}'"’”]+$/;

/** Web addresses and social-media handles, which can point at one person as surely as a name. */
export function detectUrls(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (text.includes('.')) {
    for (const m of text.matchAll(URL)) {
      const raw = m[0].replace(TRAILING, '');
      if (!raw.includes('/') && /^\d+(\.\d+)*$/.test(raw.replace(/\.[a-z]+$/i, ''))) continue;
      const key = raw.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
      out.push({ kind: 'url', start: m.index, end: m.index + raw.length, key });
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(HANDLE)) out.push({ kind: 'url', start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() });
  }
  return out;
}
