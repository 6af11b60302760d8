import nlp from 'compromise';
import { isEverydayName, isEverydayWord, isLexiconName, isLexiconWord, MONTHS, NOT_NAMES, RELATIONS, TITLES } from './nameWords.js';
import type { PiiSpan } from './redactionTypes.js';
import { firstWordStart, splitSentences, type SentenceRange } from './splitSentences.js';

/** A name found in a text; `key` holds its words in lower case without title or possessive ("maria lopez"). */
export type NameSpan = PiiSpan & { kind: 'name' };

/** Names already known to the redactor, as a matcher over texts. */
export interface KnownNames {
  /** Matches any known name (global, case-insensitive), or null when none is known yet. */
  pattern: RegExp | null;
  /** The known one-word names, lower case: a sentence whose only capitalised words are these needs no tagger. */
  words: ReadonlySet<string>;
}

/** Parts of the text already taken by another kind of detail (a date, an address), where no name is looked for. */
export type Covered = ReadonlyArray<{ start: number; end: number }>;

const LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;
// A name word: capitalised, possibly hyphenated or with an apostrophe inside ("O'Brien", "Okonkwo-Smith").
const CAP = String.raw`\p{Lu}[\p{Ll}\p{Lu}]*(?:['’\-]\p{Lu}?\p{Ll}+)*`;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

const TITLE = new RegExp(String.raw`${LETTER_BEFORE}(?:${TITLES.map((t) => `${t[0].toUpperCase()}${escape(t.slice(1))}`).join('|')})\.?\s+(${CAP})(?:\s+(${CAP}))?${LETTER_AFTER}`, 'gud');
const RELATION_CUE = String.raw`\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\s+(?:(?:best|old|little|big|baby|younger|older|eldest|oldest|youngest|new|late|ex|step|twin|other)[\s-]+)?(?:${alternation(RELATIONS)}),?\s+`;
// "called" and "named" name a person only after a person word ("a guy called Dev", "she's called Jo"),
// not after a thing ("a medication called Suboxone") or as a phone call ("I called Tesco").
const PERSON_WORD = 'guy|girl|man|woman|lady|bloke|boy|kid|child|baby|person|someone|somebody|friend|fellow|chap|dude|mate|teacher|doctor|nurse|therapist|counsellor|counselor|colleague|coworker|neighbour|neighbor|son|daughter|dog|cat|puppy|he|she|he\'s|she\'s|was|is|been';
const NAMING_CUE = String.raw`(?:\b(?:${PERSON_WORD})\s+(?:called|named)|\b(?:[Nn]ame\s+is|[Nn]ame['’]s|known\s+as))\s+`;
// After a cue the name may be capitalised, or in a lower-case transcript a word the lexicon knows as a name.
const CUED = new RegExp(String.raw`(?:${RELATION_CUE}|${NAMING_CUE})(${CAP}|\p{Ll}+)(?:\s+(${CAP}))?${LETTER_AFTER}`, 'gud');
// A speaker introducing someone or themselves: "I'm Tonny Brownie", "this is Sarah", "call me Jo".
const INTRO = new RegExp(String.raw`\b(?:I['’]m|I am|[Tt]his is|[Ii]t['’]s|[Cc]all me)\s+(${CAP})(?:\s+(${CAP}))?${LETTER_AFTER}`, 'gud');
// Someone addressed by name: after a greeting ("Hi, Jean."), between commas ("So, Jean, I want…"), or
// before the end of a sentence ("That's great, Kaylie.").
const GREETING = String.raw`(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Tt]hanks|[Tt]hank\s+you|[Ww]elcome(?:\s+back)?|[Bb]ye|[Gg]oodbye|[Gg]ood\s+(?:morning|afternoon|evening|night)|[Mm]orning|[Ee]vening|[Nn]ight|[Ss]orry)`;
const VOCATIVE = new RegExp(String.raw`(?:(?<=\b${GREETING},?\s+)|(?<=[,;]\s*))(${CAP})(?=\s*(?:[,.!?;]|$))`, 'gu');
// Sentence adverbs and answers that stand between commas like a name ("Yeah, Exactly.").
const INTERJECTIONS = new Set(['exactly', 'absolutely', 'seriously', 'honestly', 'totally', 'definitely', 'really', 'actually', 'basically', 'literally', 'obviously', 'clearly', 'certainly', 'indeed', 'anyway', 'anyways', 'whatever', 'everyone', 'everybody', 'guys', 'folks', 'all', 'again', 'too', 'though', 'please', 'true', 'correct', 'agreed', 'nope', 'yep', 'yup', 'cheers']);
const POSSESSIVE = /['’]s?$/;
const MONTH_SET = new Set(MONTHS);

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const isAllCaps = (word: string): boolean => word.length > 1 && word === word.toUpperCase();
const lowerKey = (word: string): string => word.toLowerCase().replace(/’/g, "'");

/** A word a cue may name: not the pronoun, a family word or a filler; a month after a cue is a name ("my sister April"). */
function cueNameOk(word: string, lowercaseText: boolean): boolean {
  const lower = lowerKey(word);
  if (NOT_NAMES.has(lower) && !MONTH_SET.has(lower)) return false;
  if (isCapitalised(word)) return true;
  return lowercaseText && isLexiconName(lower) && !isEverydayWord(lower);
}

/** Whether a text is written without capitals (an automatic transcription): then capitals say nothing. */
export function isLowercaseText(text: string): boolean {
  return !/\p{Lu}/u.test(text.replace(/\bI(?=\b|['’])/g, ''));
}

interface Context {
  text: string;
  lowercaseText: boolean;
  sentences: SentenceRange[];
  sentenceStarts: Set<number>;
}

// Where capitals say as little as at a sentence start: after a dash, an opening quote or a colon
// ("my friends-- My pa--", 'she said, "Where is he?"').
const RESTART = /(?:--|[—–]|["“‘(]|:)\s*(?=\p{Lu})/gu;

function context(text: string): Context {
  const sentences = splitSentences(text);
  const sentenceStarts = new Set(sentences.map((s) => firstWordStart(text, s)));
  for (const m of text.matchAll(RESTART)) sentenceStarts.add(m.index + m[0].length);
  return { text, lowercaseText: isLowercaseText(text), sentences, sentenceStarts };
}

function span(start: number, end: number, words: string[]): NameSpan {
  return { kind: 'name', start, end, key: words.map(lowerKey).join(' ') };
}

/** Trims a possessive from the end of a matched name: "Maria's" names Maria. */
function trimPossessive(text: string, start: number, end: number): number {
  const m = POSSESSIVE.exec(text.slice(start, end));
  return m && end - start > m[0].length + 1 ? end - m[0].length : end;
}

function titled(ctx: Context): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of ctx.text.matchAll(TITLE)) {
    if (NOT_NAMES.has(lowerKey(m[1]))) continue;
    const two = m[2] !== undefined && !NOT_NAMES.has(lowerKey(m[2]));
    const end = (two ? m.indices?.[2] : m.indices?.[1])?.[1] ?? m.index + m[0].length;
    out.push(span(m.index, end, two ? [m[1], m[2]] : [m[1]]));
  }
  return out;
}

function cued(ctx: Context): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of ctx.text.matchAll(CUED)) {
    const first = m.indices?.[1];
    if (!first || !cueNameOk(m[1], ctx.lowercaseText)) continue;
    const two = m[2] !== undefined && cueNameOk(m[2], ctx.lowercaseText) && !MONTH_SET.has(lowerKey(m[2]));
    const end = two ? m.indices?.[2]?.[1] ?? first[1] : first[1];
    out.push(span(first[0], trimPossessive(ctx.text, first[0], end), two ? [m[1], m[2]] : [m[1]]));
  }
  return out;
}

/** Someone addressed by name; a word the lexicon knows as something else is not a name ("Yeah, Great."). */
function addressed(ctx: Context): NameSpan[] {
  const out: NameSpan[] = [];
  for (const m of ctx.text.matchAll(VOCATIVE)) {
    const lower = lowerKey(m[1]);
    if (NOT_NAMES.has(lower) || INTERJECTIONS.has(lower) || isAllCaps(m[1])) continue;
    if (isLexiconWord(lower) && !isEverydayName(lower)) continue;
    // An adverb in -ly is not a name unless the lexicon says so ("Emily", "Kelly" are).
    if (lower.endsWith('ly') && !isLexiconName(lower)) continue;
    out.push(span(m.index, m.index + m[1].length, [m[1]]));
  }
  return out;
}

/** An introduction names someone when the word is a known first name or a full name follows ("I'm Catholic" does not). */
function introduced(ctx: Context): NameSpan[] {
  const out: NameSpan[] = [];
  const plain = (w: string | undefined): w is string => w !== undefined && !NOT_NAMES.has(lowerKey(w)) && (!isLexiconWord(lowerKey(w)) || isEverydayName(lowerKey(w)));
  for (const m of ctx.text.matchAll(INTRO)) {
    const first = m.indices?.[1];
    if (!first || !plain(m[1])) continue;
    // A surname may be an everyday word after a known first name ("I'm Rebecca Stone").
    const two = plain(m[2]) || (m[2] !== undefined && isLexiconName(lowerKey(m[1])) && !NOT_NAMES.has(lowerKey(m[2])));
    // "I'm Dawn." is a name, "I'm Catholic." is not: one word alone must be a known name.
    if (!two && !isLexiconName(lowerKey(m[1])) && !isEverydayName(lowerKey(m[1]))) continue;
    out.push(span(first[0], two ? m.indices?.[2]?.[1] ?? first[1] : first[1], two ? [m[1], m[2] as string] : [m[1]]));
  }
  return out;
}

const AFTER_AND = new RegExp(String.raw`^\s+(?:and|&|or)\s+(${CAP})${LETTER_AFTER}`, 'u');
const BEFORE_AND = new RegExp(String.raw`${LETTER_BEFORE}(${CAP})\s+(?:and|&)\s+$`, 'u');

/** A capitalised word joined by "and" to a name is a name too ("Megan and Tariq"), unless the lexicon knows it as something else. */
function coordinated(ctx: Context, found: readonly NameSpan[]): NameSpan[] {
  const out: NameSpan[] = [];
  const ok = (w: string): boolean => {
    const lower = lowerKey(w);
    return !NOT_NAMES.has(lower) && !isAllCaps(w) && (!isLexiconWord(lower) || isEverydayName(lower));
  };
  for (const f of found) {
    const after = AFTER_AND.exec(ctx.text.slice(f.end, f.end + 40));
    if (after && ok(after[1])) {
      const start = f.end + after[0].length - after[1].length;
      out.push(span(start, trimPossessive(ctx.text, start, start + after[1].length), [after[1].replace(POSSESSIVE, '')]));
    }
    const before = BEFORE_AND.exec(ctx.text.slice(Math.max(0, f.start - 40), f.start));
    if (before && ok(before[1])) {
      const start = f.start - before[0].length;
      out.push(span(start, start + before[1].length, [before[1]]));
    }
  }
  return out;
}

/** Known names wherever they appear; an everyday word ("Will") only capitalised, and at a sentence start only when the tagger agrees (else noted in `pending`). */
function known(ctx: Context, names: KnownNames, pending: number[]): NameSpan[] {
  const out: NameSpan[] = [];
  if (!names.pattern) return out;
  names.pattern.lastIndex = 0;
  for (const m of ctx.text.matchAll(names.pattern)) {
    const words = m[0].split(/\s+/);
    const first = lowerKey(words[0]);
    if (words.length === 1 && isEverydayWord(first)) {
      if (!isCapitalised(m[0]) || isAllCaps(m[0])) continue;
      // At a sentence start it is a name when it addresses someone ("Will, come in."), else the tagger decides.
      if (ctx.sentenceStarts.has(m.index) && !/^\s*(?:[,!?]|\.(?!\S)|$)/.test(ctx.text.slice(m.index + m[0].length))) {
        pending.push(m.index);
        continue;
      }
    }
    out.push(span(m.index, m.index + m[0].length, words));
  }
  return out;
}

/** Builds the matcher of known names (full names and single words), longest first. */
export function knownNames(keys: readonly string[]): KnownNames {
  // A one-letter name ("Dr J") is redacted where it was found, but a lone letter elsewhere is no name.
  const usable = keys.filter((k) => k.length > 1);
  return { pattern: knownNamesPattern(usable), words: new Set(usable.filter((k) => !k.includes(' '))) };
}

function knownNamesPattern(keys: readonly string[]): RegExp | null {
  if (keys.length === 0) return null;
  const body = [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.split(' ').map((w) => escape(w).replace(/'/g, "['’]")).join(String.raw`\s+`))
    .join('|');
  return new RegExp(`${LETTER_BEFORE}(?:${body})${LETTER_AFTER}`, 'giu');
}

/**
 * Whether a sentence may hold a name the tagger should look for: a capitalised word that is not at the
 * sentence start, not a known name, not part of another detail and not a word that is never a name (or, in
 * a lower-case transcript, a word the lexicon knows as a name). Most sentences have none, and the tagger
 * is by far the slowest step.
 */
function worthTagging(ctx: Context, sentence: SentenceRange, names: KnownNames, covered: Covered): boolean {
  const words = ctx.text.slice(sentence.start, sentence.end).matchAll(/[\p{L}][\p{L}'’\-]*/gu);
  for (const w of words) {
    const word = w[0].replace(POSSESSIVE, '');
    const lower = lowerKey(word);
    if (NOT_NAMES.has(lower) || names.words.has(lower)) continue;
    const at = sentence.start + w.index;
    if (covered.some((c) => at >= c.start && at < c.end)) continue;
    if (ctx.lowercaseText) {
      if (isLexiconName(lower) && !isEverydayWord(lower)) return true;
      continue;
    }
    if (!isCapitalised(word) || isAllCaps(word)) continue;
    if (!ctx.sentenceStarts.has(sentence.start + w.index) || isLexiconName(lower)) return true;
  }
  return false;
}

const PERSON_TAGS = ['FirstName', 'LastName', 'MaleName', 'FemaleName'];

/**
 * People the tagger (compromise) finds in one sentence, as spans of the whole text. A word the lexicon
 * knows as something else ("Let" after a name-like word) is not taken on the tagger's word alone; a known
 * name waiting at a sentence start (`pending`) is taken where the tagger reads it as a noun, not a verb.
 */
function tagged(ctx: Context, sentence: SentenceRange, pending: ReadonlySet<number>): NameSpan[] {
  const out: NameSpan[] = [];
  const source = ctx.text.slice(sentence.start, sentence.end);
  let cursor = 0;
  let run: { start: number; end: number; words: string[]; titleStart: number | null } | null = null;
  let pendingTitle: number | null = null;
  const flush = (): void => {
    if (run && run.words.length > 0) out.push(span(run.titleStart ?? run.start, run.end, run.words));
    run = null;
  };
  for (const term of nlp(source).docs.flat()) {
    const at = source.indexOf(term.text, cursor);
    if (at < 0 || term.text === '') continue;
    const gap = source.slice(cursor, at);
    cursor = at + term.text.length;
    const tags = term.tags ?? new Set<string>();
    const start = sentence.start + at;
    if (tags.has('Honorific')) {
      flush();
      pendingTitle = start;
      continue;
    }
    const word = term.text.replace(POSSESSIVE, '');
    const lower = lowerKey(word);
    // A surname that is also a word ("Rebecca Stone") is taken when it continues a name.
    const continues = run !== null && /^\s+$/.test(gap);
    const isPerson = pending.has(start)
      ? tags.has('Person') || (tags.has('Noun') && !tags.has('Verb'))
      : ((PERSON_TAGS.some((t) => tags.has(t)) || (tags.has('Person') && tags.has('ProperNoun') && !tags.has('Actor') && !tags.has('Pronoun'))) && (continues || !isLexiconWord(lower))) ||
        // Someone's: an unknown capitalised word with "'s" is most often a person ("Priya's place", "Farid's been").
        ((tags.has('Possessive') || /['’]s$/.test(term.text)) && tags.has('ProperNoun') && !isLexiconWord(lower) && !isLexiconName(lower));
    const ok = isPerson && word.length > 1 && !NOT_NAMES.has(lower) && !isAllCaps(word) && (ctx.lowercaseText ? !isEverydayWord(lower) : isCapitalised(word));
    if (!ok) {
      flush();
      pendingTitle = null;
      continue;
    }
    const end = trimPossessive(ctx.text, start, start + term.text.length);
    const current = run as { start: number; end: number; words: string[]; titleStart: number | null } | null;
    if (current && /^[\s\-]*$/.test(gap) && current.words.length < 4) {
      current.end = end;
      current.words.push(word);
    } else {
      flush();
      run = { start, end, words: [word], titleStart: pendingTitle };
    }
    pendingTitle = null;
    if (tags.has('Possessive') || end < start + term.text.length) flush();
  }
  flush();
  return out;
}

/**
 * Names of people in a text: what the tagger (compromise) reads as a person, capitalised words after a
 * cue ("my friend Sam", "a guy called Dev", "I'm Tonny Brownie"), a name used to address someone
 * ("Hi, Jean."), a title with a surname ("Dr Okonkwo"), and every name the
 * redactor already knows. Sentence-initial capitals, "I", months and weekdays, God, family words used as
 * names ("Mum") and therapy terms are not names. The tagger runs once per sentence that has a candidate
 * word, never per word.
 */
export function detectNames(text: string, names: KnownNames, covered: Covered = []): NameSpan[] {
  const ctx = context(text);
  const sentences = ctx.sentences;
  const pending: number[] = [];
  const out = [...titled(ctx), ...cued(ctx), ...introduced(ctx), ...addressed(ctx), ...known(ctx, names, pending)];
  const waiting = new Set(pending);
  // An everyday-word name at a sentence start ("Will said he would") is left to the tagger.
  for (const sentence of sentences) {
    if (worthTagging(ctx, sentence, names, covered) || pending.some((p) => p >= sentence.start && p < sentence.end)) out.push(...tagged(ctx, sentence, waiting));
  }
  out.push(...coordinated(ctx, out));
  return out;
}

/**
 * Only the known names in a text, without the tagger: the second look at a text in which the first look
 * found new names ("My friend Okonkwo came. Okonkwo was angry."). An everyday-word name at a sentence
 * start is left out here.
 */
export function detectKnownNames(text: string, names: KnownNames): NameSpan[] {
  return known(context(text), names, []);
}
