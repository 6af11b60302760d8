import type { PiiSpan } from './redactionTypes.js';

const SEP = String.raw`[ .\-\u00a0]?`;
// The shapes a phone number is written in, each allowing spaces, dots or dashes between groups:
const SHAPES = [
  // international: +44 20 7946 0958, 0049 30 1234567, +1 (555) 123-4567, +33 1 23 45 67 89
  String.raw`(?:\+|00)\d{1,3}${SEP}(?:\(0?\d{1,4}\)${SEP})?\d{1,5}(?:${SEP}\d{1,5}){1,5}`,
  // area code in brackets: (555) 123-4567, (020) 7946 0958
  String.raw`\(\d{2,5}\)${SEP}\d{3,4}${SEP}\d{3,4}`,
  // national with a trunk 0: 07700 900123, 020 7946 0958, 0161-496-0000, 06 12 34 56 78, 030 1234567
  String.raw`0\d{1,4}(?:${SEP}\d{2,4}){1,4}`,
  // North American: 555-123-4567, 555.123.4567, 555 123 4567, 1-555-123-4567
  String.raw`(?:1[ .\-])?\d{3}[ .\-]\d{3}[ .\-]\d{4}`,
  // a local number: 555-1234, 946 0958
  String.raw`\d{3}[.\-]\d{4}`,
  // unbroken: 07700900123, 5551234567
  String.raw`\d{10,13}`,
];
// Not inside a longer number, a word, a time (10:30) or a decimal; not followed by more digits.
const PHONE = new RegExp(String.raw`(?<![\w+:/.,]|\d[ .\-])(?:${SHAPES.join('|')})(?![\w:/]|[.,]\d|[ .\-]\d)`, 'g');

/**
 * Telephone numbers in international, UK, US and European shapes. A number needs at least 7 digits, so
 * times, prices, counts and years stay. (Other long digit runs, such as an NHS number, come out as
 * phone numbers too: they identify a person just as well.)
 */
export function detectPhones(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (!/\d{3}|\d[ .\-)]\d/.test(text)) return out;
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // The last nine digits name the line whatever the prefix: +44 7700 900123 is 07700 900123.
    out.push({ kind: 'phone', start: m.index, end: m.index + m[0].length, key: digits.slice(-9) });
  }
  return out;
}
