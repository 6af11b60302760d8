import { MONTHS, WEEKDAYS } from './nameWords.js';
import type { PiiSpan } from './redactionTypes.js';

// Capitalised or lower case ("march 12th" in a transcription); abbreviations only capitalised.
const cased = (w: string): string => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
const MONTH = `(?:${MONTHS.map(cased).join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)`;
const WEEKDAY = `(?:${WEEKDAYS.map(cased).join('|')}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])`;
const ORD = String.raw`(?:st|nd|rd|th)`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const END = String.raw`(?![\w:/]|[.\-/]\d)`;
// An ordinal on its own ("the 5th") is a date only after words that take one, and not before a noun
// that makes it a rank ("the 5th time").
const DATE_CUE = String.raw`(?<=\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]o|[Aa]bout|[Ff]or|[Aa]round|[Bb]y|[Bb]efore|[Aa]fter|[Ff]rom|[Dd]ue|(?:[Bb]irthday|[Dd]ate|[Aa]nniversary)(?:\s+is)?(?:\s+on)?|[Bb]orn(?:\s+on)?)\s+)`;
const RANK_NOUN = String.raw`(?!\s+(?:time|times|floor|grade|year|years|place|row|round|attempt|session|sessions|step|person|one|week|day|month|anniversary|birthday|century)\b)`;

const PATTERNS: RegExp[] = [
  // 12/03/2024, 12-03-24, 12.03.2024
  new RegExp(String.raw`(?<![A-Za-z\d./-])${DAY}([/.\-])(?:1[0-2]|0?[1-9]|${DAY})\1(?:\d{4}|\d{2})${END}`, 'g'),
  // 2024-03-12, 2024/3/12
  new RegExp(String.raw`(?<![A-Za-z\d./-])${YEAR}([/.\-])(?:1[0-2]|0?[1-9])\1${DAY}${END}`, 'g'),
  // [Tuesday,] [the] 12[th] [of] March[,] [2024]
  new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?(?:the\s+)?${DAY}${ORD}?(?:\s+of)?\s+${MONTH}(?:,?\s+${YEAR})?${END}`, 'g'),
  // [Tuesday,] March [the] 12[th][,] [2024]
  new RegExp(String.raw`\b(?:${WEEKDAY},?\s+)?${MONTH}\s+(?:the\s+)?${DAY}${ORD}?(?:,?\s+${YEAR})?${END}`, 'g'),
  // March 2024
  new RegExp(String.raw`\b${MONTH},?\s+${YEAR}${END}`, 'g'),
  // Tuesday the 5th, Tuesday 5th
  new RegExp(String.raw`\b${WEEKDAY},?\s+(?:the\s+)?${DAY}${ORD}\b`, 'g'),
  // on the 5th, birthday is the 14th
  new RegExp(String.raw`${DATE_CUE}the\s+${DAY}${ORD}\b${RANK_NOUN}`, 'g'),
  // on 12/3 (no year): only after such a word, since "24/7" and "3/4" are not dates
  new RegExp(String.raw`${DATE_CUE}${DAY}/(?:1[0-2]|0?[1-9])(?![\w/]|\.\d)`, 'g'),
];

const MONTH_INDEX = new Map<string, number>(MONTHS.map((m, i) => [m.slice(0, 3), i + 1]));

/** What makes two mentions the same date: its day, month and year where the words give them. */
function dateKey(raw: string): string {
  const lower = raw.toLowerCase();
  const month = /[a-z]{3,}/.exec(lower.replace(/\b(?:the|of|st|nd|rd|th|on)\b/g, '').replace(new RegExp(WEEKDAY, 'gi'), ''));
  const monthNo = month ? MONTH_INDEX.get(month[0].slice(0, 3)) : undefined;
  if (monthNo === undefined) {
    // Numeric dates keep their order of parts (12/03 may be day-first or month-first); an ordinal
    // alone ("Tuesday the 5th", "the 5th") is its day.
    const numeric = /\d[/.\-]\d/.test(lower);
    return numeric ? lower.split(/[/.\-]/).map(Number).join('/') : `--${Number(/\d+/.exec(lower)?.[0])}`;
  }
  const year = new RegExp(YEAR).exec(lower)?.[0] ?? '';
  const day = new RegExp(`\\b${DAY}(?=${ORD}?\\b)(?!\\d)`).exec(lower.replace(new RegExp(YEAR), ''))?.[0] ?? '';
  return `${year}-${monthNo}-${day ? Number(day) : ''}`;
}

/**
 * Dates that can identify someone: numeric (12/03/2024, 2024-03-12), written ("12 March 2024", "March
 * 12th", "Tuesday the 5th"), birthdays ("my birthday is the 14th"). A weekday or a month alone, a
 * year alone and relative dates ("last week") stay: they identify nobody and carry meaning in therapy
 * talk ("Sunday evenings are the worst").
 */
export function detectDates(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  if (!/\d/.test(text)) return out;
  for (const re of PATTERNS) {
    for (const m of text.matchAll(re)) out.push({ kind: 'date', start: m.index, end: m.index + m[0].length, key: dateKey(m[0]) });
  }
  return out;
}
