import { detectAddresses } from './detectAddresses.js';
import { detectDates } from './detectDates.js';
import { detectEmails } from './detectEmails.js';
import { detectKnownNames, detectNames, knownNames as buildKnownNames, type KnownNames } from './detectNames.js';
import { detectPhones } from './detectPhones.js';
import { detectUrls } from './detectUrls.js';
import { createNameRegistry } from './nameRegistry.js';
import { TITLES } from './nameWords.js';
import { REDACTION_KINDS, type PiiSpan, type RedactionKind, type RedactionResult, type Redactor, type RedactorOptions, type Replacement } from './redactionTypes.js';
import { resolveOverlaps } from './resolveOverlaps.js';

const DETECTORS: Record<Exclude<RedactionKind, 'name'>, (text: string) => PiiSpan[]> = {
  email: detectEmails,
  url: detectUrls,
  phone: detectPhones,
  address: detectAddresses,
  date: detectDates,
};
const TITLE_SET = new Set(TITLES);

/**
 * The words of a name as the registry keys it: lower case, no title, no possessive, no initials ("Dr.
 * Lee's" → ["lee"], "Sam L." → ["sam"]): an initial as a key would turn every "L" into a name.
 */
export function nameWords(name: string): string[] {
  const words = name
    .split(/[\s,]+/)
    .map((w) => w.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/'s$/, ''))
    .filter(Boolean);
  while (words.length > 1 && TITLE_SET.has(words[0])) words.shift();
  const full = words.filter((w) => w.length > 1);
  return full.length > 0 ? full : words;
}

/**
 * A redactor that keeps one mapping across every text it is given, so that a person, address or number
 * gets the same placeholder everywhere: "Maria Lopez", then "Maria", "maria's" and "Lopez" are all
 * `[NAME_1]`. Placeholders are numbered per kind in order of first sight: `[NAME_1]`, `[EMAIL_1]`,
 * `[PHONE_1]`, `[ADDRESS_1]`, `[DATE_1]`, `[URL_1]`. A possessive stays outside ("[NAME_1]'s").
 */
export function createRedactor(options: RedactorOptions = {}): Redactor {
  const kinds = new Set<RedactionKind>(options.kinds ?? REDACTION_KINDS);
  const names = createNameRegistry();
  const others = new Map<string, string>();
  const counts = new Map<RedactionKind, number>();
  let known: KnownNames = buildKnownNames([]);
  let knownVersion = -1;

  const placeholder = (span: PiiSpan): string => {
    if (span.kind === 'name') return names.placeholderFor(nameWords(span.key));
    const id = `${span.kind}\u0000${span.key}`;
    let p = others.get(id);
    if (p === undefined) {
      const n = (counts.get(span.kind) ?? 0) + 1;
      counts.set(span.kind, n);
      p = `[${span.kind.toUpperCase()}_${n}]`;
      others.set(id, p);
    }
    return p;
  };

  const registerName = (name: string, opts: { fresh?: boolean } = {}): string => {
    const words = nameWords(name);
    if (words.length === 0) return name;
    return names.placeholderFor(words, opts.fresh === true);
  };

  const knownNames = (): KnownNames => {
    if (knownVersion !== names.version()) {
      known = buildKnownNames(names.keys());
      knownVersion = names.version();
    }
    return known;
  };

  const redact = (text: string): RedactionResult => {
    const spans: PiiSpan[] = [];
    for (const [kind, detect] of Object.entries(DETECTORS) as Array<[RedactionKind, (t: string) => PiiSpan[]]>) {
      if (kinds.has(kind)) spans.push(...detect(text));
    }
    // Other details first: a name inside a date or an address needs no tagger ("42 Elm Street").
    if (kinds.has('name')) spans.push(...detectNames(text, knownNames(), resolveOverlaps(spans)));
    let kept = resolveOverlaps(spans);
    // Names are registered only once they survive the overlaps ("April" in "April 12th" is a date), in
    // text order; a name first seen here is then looked for in the rest of this text too.
    const before = names.version();
    for (const s of kept) if (s.kind === 'name') names.placeholderFor(nameWords(s.key));
    if (names.version() !== before) kept = resolveOverlaps([...kept, ...detectKnownNames(text, knownNames())]);
    let out = '';
    let cursor = 0;
    const replacements: Replacement[] = [];
    for (const s of kept) {
      const p = placeholder(s);
      out += text.slice(cursor, s.start);
      replacements.push({ kind: s.kind, start: out.length, end: out.length + p.length, placeholder: p, sourceStart: s.start, sourceEnd: s.end });
      out += p;
      cursor = s.end;
    }
    out += text.slice(cursor);
    return { text: out, replacements };
  };

  for (const name of options.knownNames ?? []) registerName(name);
  return { redact, registerName };
}
