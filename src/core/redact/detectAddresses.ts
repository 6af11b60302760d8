import type { PiiSpan } from './redactionTypes.js';

const SUFFIX_WORDS = 'Street|Road|Avenue|Lane|Drive|Close|Court|Crescent|Place|Way|Boulevard|Terrace|Gardens|Grove|Square|Parkway|Highway|Mews|Row|Hill|Walk|Circle|Trail|Green|Rise|Parade|Park|View|Wharf|Quay|Broadway|Plaza|Alley|Embankment';
const SUFFIX_ABBR = String.raw`(?:St|Rd|Ave?|Ln|Dr|Cl|Ct|Cres|Pl|Blvd|Terr?|Gdns|Gr|Sq|Pkwy|Hwy|Cir|Trl|Pde)\.?`;
const SUFFIX = `(?:${SUFFIX_WORDS}|${SUFFIX_ABBR})`;
const WORD = String.raw`[A-Z][\p{L}'’.\-]*(?![\p{L}\d])`;
// A word of a street name: capitalised, or a numbered street ("West 85th Street").
const STREET_WORD = String.raw`(?:${WORD}|\d{1,3}(?:st|nd|rd|th))`;
const DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?`;
const UNIT = String.raw`(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Ste\.?|Room|Floor)\s+[A-Za-z0-9]{1,5},?\s+)`;
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STATE_ZIP = String.raw`(?:${STATES})\s+\d{5}(?:-\d{4})?\b`;
// UK postcode (Royal Mail shape): SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH.
const POSTCODE = String.raw`(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2})\b`;
// ", Springfield, IL 62704" / ", London SW1A 1AA" / ", Leeds" after a street.
const TAIL = String.raw`(?:,\s*${WORD}(?:\s+${WORD}){0,2})?(?:,?\s+(?:${STATE_ZIP}|${POSTCODE}))?`;

const PATTERNS: RegExp[] = [
  // Flat 3, 12 High Rd / 42 Elm Street / 1600 Pennsylvania Ave NW, Washington, DC 20500
  new RegExp(String.raw`\b${UNIT}?\d{1,5}[A-Za-z]?(?:[-–]\d{1,5})?,?\s+(?:${STREET_WORD}\s+){1,3}${SUFFIX}(?![\p{L}])${DIRECTION}${TAIL}`, 'gu'),
  // a street without a number, after a preposition: "on Maple Avenue", "off Elm Street"
  new RegExp(String.raw`(?<=\b(?:on|in|at|off|near|down|along|from|to|onto|up)\s+)(?:${WORD}\s+){1,2}(?:${SUFFIX_WORDS})\b${TAIL}`, 'gu'),
  // Springfield, IL 62704 / Illinois 62704
  new RegExp(String.raw`\b(?:${WORD}(?:\s+${WORD})?,\s*)?${STATE_ZIP}`, 'gu'),
  new RegExp(String.raw`(?<![\w-])${POSTCODE}`, 'g'),
  /\bP\.?\s?O\.?\s+Box\s+\d+\b/gi,
];

const ABBREVIATIONS: Record<string, string> = { st: 'street', rd: 'road', ave: 'avenue', av: 'avenue', ln: 'lane', dr: 'drive', cl: 'close', ct: 'court', cres: 'crescent', pl: 'place', blvd: 'boulevard', ter: 'terrace', terr: 'terrace', gdns: 'gardens', gr: 'grove', sq: 'square', pkwy: 'parkway', hwy: 'highway', cir: 'circle', trl: 'trail', pde: 'parade' };

function addressKey(raw: string): string {
  return raw.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean).map((w) => ABBREVIATIONS[w] ?? w).join(' ');
}

/**
 * Street addresses ("42 Elm Street", "Flat 3, 12 High Rd", "1600 Pennsylvania Ave NW"), a named street
 * after a preposition ("on Maple Avenue"), UK postcodes and US state-and-ZIP. Street words must be
 * capitalised: in lower case "3 long road trips" would read as an address.
 */
export function detectAddresses(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ kind: 'address', start: m.index, end: m.index + m[0].length, key: addressKey(m[0]) });
  }
  return out;
}
