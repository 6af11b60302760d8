import { tokenize, type Token } from '../text/tokenize.js';

/**
 * Function words and the generic verbs/nouns of empathic talk ("feel", "going", "happened", "lot"):
 * words that make a reply sound engaged without saying anything about this person's situation.
 * What is left after removing them is the content that makes an interpretation or a question specific
 * (EPITOME's weak vs strong: "What happened?" vs "What is it about Sunday evenings…").
 */
const GENERIC = new Set(
  (
    "a an the and or but so if then than that this these those there here it its it's i i'm i've i'd i'll me my mine myself " +
    "you you're you've you'd you'll your yours yourself we we're our us he she him her his they them their theirs " +
    'is are was were be been being am do does did doing done have has had having will would can could should shall may might must ' +
    "don't didn't doesn't can't won't isn't wasn't aren't weren't haven't hasn't couldn't wouldn't shouldn't " +
    'to of in on at by for with about from into onto over under up down out off as like just really so very too also ' +
    'what what\'s how how\'s why when where who which whom whose ' +
    'not no yes yeah ok okay oh ah um uh mm hmm well now right maybe kind sort bit little lot lots much many more most some any all ' +
    'anything something everything nothing anyone someone everyone thing things stuff way ' +
    'feel feels feeling felt think thinking thought know knew get gets got getting go goes going went gone make makes made ' +
    'happen happens happened happening say said saying tell told see seem seems sound sounds look looks like ' +
    'want wanted need needed sure mean means one time times today moment right now still even again ever never always ' +
    'sorry hear understand imagine guess wonder part'
  ).split(' '),
);

/** A crude stem so "lonely"/"loneliness" and "drink"/"drinking" meet: the first five letters of longer words. */
export function stem(norm: string): string {
  const w = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  return w.length > 5 ? w.slice(0, 5) : w;
}

export function isContentWord(norm: string): boolean {
  return norm.length > 1 && !GENERIC.has(norm) && !allDigits(norm);
}

// By hand, not /^\d+$/: it runs on every word of every reply and turn before it.
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

/** Content stems of a text (e.g. the other person's last turn), for overlap checks. */
export function contentStems(text: string): ReadonlySet<string> {
  for (let i = 0; i < STEMS_MEMO; i++) if (stemsText[i] === text) return stemsOf[i];
  const out = new Set<string>();
  for (const t of tokenize(text)) if (isContentWord(t.norm)) out.add(stem(t.norm));
  stemsText[stemsNext] = text;
  stemsOf[stemsNext] = out;
  stemsNext = (stemsNext + 1) % STEMS_MEMO;
  return out;
}

// The other person's last turn is read by the next few replies: its stems are kept for the last few
// texts (bounded, keyed by the text), and shared, hence read-only.
const STEMS_MEMO = 4;
const stemsText: Array<string | undefined> = new Array<string | undefined>(STEMS_MEMO).fill(undefined);
const stemsOf: Array<ReadonlySet<string>> = new Array<ReadonlySet<string>>(STEMS_MEMO).fill(new Set());
let stemsNext = 0;

export interface Specificity {
  /** Content words in the span. */
  content: number;
  /** Content words in the span whose stem also appears in the other person's last turn. */
  overlap: number;
  /** Word tokens in the span. */
  tokens: number;
}

/** First index of `tokens` (in text order) starting at or after `at`. */
export function firstTokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Counts content words and context overlap among the tokens lying in [start, end). Linear in the span. */
export function measureSpecificity(tokens: readonly Token[], start: number, end: number, context: ReadonlySet<string>): Specificity {
  let content = 0;
  let overlap = 0;
  let n = 0;
  for (let k = firstTokenAt(tokens, start); k < tokens.length && tokens[k].end <= end; k++) {
    const t = tokens[k];
    n++;
    if (!isContentWord(t.norm)) continue;
    content++;
    if (context.has(stem(t.norm))) overlap++;
  }
  return { content, overlap, tokens: n };
}
