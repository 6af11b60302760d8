import { matchLexicon, type Lexicon, type LexiconEntry } from '../lexicon/lexicon.js';
import { splitSentences, tokenize, type Sentence, type Token } from '../text/tokenize.js';
import type { EmpathyLevel, EmpathyMechanism } from '../types.js';
import { GUARD_TARGETS, roleOf, type CueRole } from './cueRoles.js';
import { isClauseBreak } from './clauseBreak.js';
import { measureSpecificity, type Specificity } from './specificity.js';

/** One accepted piece of evidence for a mechanism, with what the level decision was based on. */
export interface EmpathyCue {
  mechanism: EmpathyMechanism;
  entry: LexiconEntry;
  role: CueRole;
  level: EmpathyLevel;
  start: number;
  end: number;
  /** Index into `sentences`. */
  sentence: number;
  /** Specificity of the cue's sentence from the cue on. */
  spec: Specificity;
  /** A feeling word lies in the cue's sentence from the cue on. */
  feeling: boolean;
}

export interface CueScan {
  sentences: Sentence[];
  cues: EmpathyCue[];
  /** Sentences ending in "?" (by index). */
  questions: boolean[];
  /** What the guards cancel, by sentence index: mechanisms, or "reflection". */
  guarded: Map<number, Set<string>>;
  /** Word tokens of the text, shared with the featurizer. */
  tokens: Token[];
}

const MECHANISMS: ReadonlySet<string> = new Set(['er', 'ip', 'ex']);
// Words that may open a sentence before the cue without changing what it does ("So, you…", "Okay, what…").
const FILLERS = /^(?:(?:so|and|but|okay|ok|well|um|uh|oh|yeah|yes|right|alright|mm|mhm|hmm|now|then|also|of course|sure|go|wow|ah|aw+|ugh|and so|i see|got it)\b[\s,.;:!-]*)*$/i;
const MAX_PREFIX = 40;
// How far past a cue its sentence is read for specificity: bounds the work on one huge sentence.
const WINDOW = 320;

function isQuestion(text: string, s: Sentence): boolean {
  for (let i = s.end - 1; i >= s.start; i--) {
    const c = text[i];
    if (c === '?') return true;
    if (c !== '!' && c !== '.' && c !== '"' && c !== "'" && c !== ')' && c !== '”' && c !== '’' && c !== '…') return false;
  }
  return false;
}

/** The cue opens its sentence (after fillers) or, when `afterClause`, opens a clause after , ; : or a dash. */
function opensSentence(text: string, s: Sentence, at: number, afterClause: boolean): boolean {
  if (at - s.start <= MAX_PREFIX && FILLERS.test(text.slice(s.start, at))) return true;
  if (!afterClause) return false;
  let i = at - 1;
  while (i >= s.start && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= s.start && isClauseBreak(text, i);
}

interface LexiconParts {
  cues: Lexicon;
  cuesNoQuestion: Lexicon;
  feeling: Lexicon;
}
const partsCache = new WeakMap<Lexicon, LexiconParts>();

/** The lexicon split by what each pass needs, once per lexicon. */
function partsOf(lexicon: Lexicon): LexiconParts {
  let parts = partsCache.get(lexicon);
  if (!parts) {
    const role = (e: LexiconEntry) => roleOf(e.kind, e.level);
    const cues = lexicon.entries.filter((e) => role(e) !== 'feeling');
    parts = {
      cues: { ...lexicon, entries: cues },
      cuesNoQuestion: { ...lexicon, entries: cues.filter((e) => role(e) !== 'openQuestion' && role(e) !== 'closedQuestion') },
      feeling: { ...lexicon, entries: lexicon.entries.filter((e) => role(e) === 'feeling') },
    };
    partsCache.set(lexicon, parts);
  }
  return parts;
}

/** The parts of the empathy lexicon matched on a whole utterance (for lexiconIndex.shareIndex). */
export function utteranceCueLexicons(lexicon: Lexicon): Lexicon[] {
  const parts = partsOf(lexicon);
  return [parts.cues, parts.cuesNoQuestion];
}

function sentenceIndex(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Mentions the other person or their inner life: a closed question about them rather than about things. */
const ABOUT_THEM = /\b(?:you|your|yourself|anyone|anybody|someone|somebody|anything)\b/i;

/**
 * Finds the empathy cues of `text` and decides the level each supports (0 dropped): structure
 * (sentence-opening statements, questions), guards (logistics, sarcasm, advice) and specificity
 * (feeling words, content words, overlap with `otherStems`, the other person's last turn).
 */
export function detectEmpathyCues(text: string, lexicon: Lexicon, otherStems: ReadonlySet<string>): CueScan {
  const sentences = splitSentences(text);
  const tokens = tokenize(text);
  const questions = sentences.map((s) => isQuestion(text, s));
  const cues: EmpathyCue[] = [];
  const guarded = new Map<number, Set<string>>();
  if (sentences.length === 0) return { sentences, cues, questions, guarded, tokens };

  const parts = partsOf(lexicon);
  // Question cues need a "?"; feeling words are looked up only where a cue needs them.
  const matches = matchLexicon(text.includes('?') ? parts.cues : parts.cuesNoQuestion, text);
  for (const m of matches) {
    if (roleOf(m.entry.kind, m.entry.level) !== 'guard') continue;
    const si = sentenceIndex(sentences, m.start);
    let set = guarded.get(si);
    if (!set) guarded.set(si, (set = new Set()));
    for (const t of GUARD_TARGETS[m.entry.kind] ?? [m.entry.label]) set.add(t);
  }
  for (const m of matches) {
    const { entry } = m;
    const role = roleOf(entry.kind, entry.level);
    if (role === 'guard' || role === 'feeling' || entry.level === 0 || !MECHANISMS.has(entry.label)) continue;
    const mechanism = entry.label as EmpathyMechanism;
    const si = sentenceIndex(sentences, m.start);
    const s = sentences[si];
    if (m.start < s.start || m.start >= s.end) continue; // whitespace between sentences
    const guards = guarded.get(si);
    if (guards?.has(mechanism)) continue;
    const question = questions[si];
    // A reflection may end in "?" (rising intonation: "So you think it began after the holiday?"); one inside a real question is dropped below.
    if (role === 'reflection' && (guards?.has('reflection') || !opensSentence(text, s, m.start, false))) continue;
    if ((role === 'openQuestion' || role === 'closedQuestion') && (!question || !opensSentence(text, s, m.start, true))) continue;
    const until = Math.min(s.end, m.start + WINDOW);
    if (role === 'closedQuestion' && !ABOUT_THEM.test(text.slice(m.start, until))) continue;

    const spec = measureSpecificity(tokens, m.start, until, otherStems);
    // Only interpretations are graded by feeling words (ruleLevel).
    const feeling = mechanism === 'ip' && role !== 'fixed' && matchLexicon(parts.feeling, text.slice(m.start, until)).length > 0;
    cues.push({ mechanism, entry, role, level: ruleLevel(role, mechanism, entry.level, spec, feeling), start: m.start, end: m.end, sentence: si, spec, feeling });
  }
  return { sentences, cues: dropInterpretationsInQuestions(cues), questions, guarded, tokens };
}

/**
 * An interpretation phrased inside a question ("What feels like the hardest part?") is part of an
 * exploration: ip cues after the opening of a question in the same sentence are dropped (a reflection
 * that merely ends in "?" has no such opening and stays).
 */
function dropInterpretationsInQuestions(cues: EmpathyCue[]): EmpathyCue[] {
  const opened = new Map<number, number>();
  for (const c of cues) if ((c.role === 'openQuestion' || c.role === 'closedQuestion') && !opened.has(c.sentence)) opened.set(c.sentence, c.start);
  if (opened.size === 0) return cues;
  return cues.filter((c) => c.mechanism !== 'ip' || c.role === 'fixed' || c.start < (opened.get(c.sentence) ?? Infinity));
}

/**
 * The rule level of one cue. Interpretations are strong when they name a feeling or go on to say
 * something at length (10+ words from the cue); explorations when the question is about something
 * specific: 8+ words, 4+ content words, or two words of the other's last turn. Thresholds were set on
 * the train split of data/corpus/empathy.
 */
function ruleLevel(role: CueRole, mechanism: EmpathyMechanism, entryLevel: number, spec: Specificity, feeling: boolean): EmpathyLevel {
  if (role === 'fixed') return entryLevel >= 2 ? 2 : 1;
  if (mechanism === 'ip') return feeling || spec.tokens >= 10 || spec.overlap >= 3 ? 2 : 1;
  if (mechanism === 'ex') return spec.tokens >= 8 || spec.content >= 4 || spec.overlap >= 2 ? 2 : 1;
  return entryLevel >= 2 ? 2 : 1;
}
