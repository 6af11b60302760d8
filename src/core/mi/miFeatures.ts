import { fnvStep, sharedFeatureBuilder, type FeatureBuilder, type FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { MiWordLists } from '../lexicon/wordLists.js';
import type { Turn } from '../types.js';

/**
 * Featurizer for motivational-interviewing coding (AnnoMI: therapist behaviour and subtypes, client
 * talk). Bump a version whenever a feature changes: models trained on another version are refused.
 * The closed-class word lists it reads are data (data/word-lists.json, passed in): changing one changes
 * the features as much, and needs the models retrained with it.
 */
export const MI_THERAPIST_FEATURE_SET = 'mi-therapist/1';
export const MI_CLIENT_FEATURE_SET = 'mi-client/1';
/** 2^16 buckets: the four int16 models take ~1.9 MB of JSON; 2^17 scored no better in CV and is slower (scoring is memory-bound). */
export const MI_DIM = 1 << 16;
/** Turns of context the featurizer looks at (the most recent ones). */
export const MI_CONTEXT_TURNS = 2;
/** Longer texts are cut before featurizing: the opening carries the behaviour, and cost stays bounded. */
const MAX_CHARS = 1500;
/** Context turns are read from their end (what was said last is what a reply takes up). */
const MAX_CONTEXT_CHARS = 400;
const MAX_CONTEXT2_CHARS = 200;

// Hashes of the feature-name prefixes, continued by the feature's text (see FeatureBuilder.addWith).
const H_W = hashString('w:');
const H_B = hashString('b:');
const H_N = hashString('n:');
const H_NB = hashString('nb:');
const H_C = hashString('c:');
const H_SP = hashString('sp:');
const H_AGREE = hashString('agree:');
const H_DISAGREE = hashString('disagree:');
const H_P1W = hashString('p1w:');
const H_P2W = hashString('p2w:');
const H_F1 = hashString('f1:');
const H_F2 = hashString('f2:');
const H_F3 = hashString('f3:');
const H_L1 = hashString('l1:');
const H_F1Q = hashString('f1q:');
const H_F1S = hashString('f1s:');
const H_LS1 = hashString('ls1:');
const H_LS2 = hashString('ls2:');
const H_P1F1 = hashString('p1f1:');
const H_P1SPK = hashString('p1spk:');
const H_P2SPK = hashString('p2spk:');
const H_BIAS = hashString('bias:');
/** hashString(prefix + i) for i = 0..count-1: numbered names (buckets, counts) without building them. */
const numbered = (prefix: string, count: number): number[] => Array.from({ length: count }, (_, i) => hashString(prefix + i));
const H_LEN = numbered('s:len', 11);
const H_P1LEN = numbered('p1len', 11);
const H_NQ = numbered('s:nq', 4);
const H_PR_I = numbered('pr:i', 5);
const H_PR_YOU = numbered('pr:you', 5);
const H_PR_WE = numbered('pr:we', 3);
const H_OV_R = numbered('ov:r', 7);
const H_OV_N = numbered('ov:n', 6);
const H_OV_B = numbered('ov:b', 5);
/** hashString(a + ' ' + b), continuing `h = hashString(a, seed)`. */
const thenWord = (h: number, b: string): number => hashString(b, fnvStep(h, 32));

/** Crude suffix folding so "drinking"/"drink", "worries"/"worried" overlap. */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && (w.endsWith('ed') || w.endsWith('es'))) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

function bucket(n: number, edges: readonly number[]): number {
  let b = 0;
  while (b < edges.length && n >= edges[b]) b++;
  return b;
}
const LEN_EDGES = [1, 2, 3, 4, 6, 9, 13, 20, 35, 60];
const H_ENDQ = hashString('s:endq');
const H_NOENDQ = hashString('s:noendq');
const H_NOWORDS = hashString('s:nowords');

/** Words of the last `maxChars` characters of a context turn. */
function tailWords(text: string, maxChars: number): string[] {
  return norms(tokenize(text.length > maxChars ? text.slice(text.length - maxChars) : text));
}

/** What the featurizer reads from a context turn: depends on its text alone, so it is kept per text. */
interface ContextRead {
  text: string;
  /** Characters read from the end of the text; 0 when the whole text was read (it was short enough). */
  tail: number;
  /** Words of the turn's tail (tailWords). */
  words: string[];
  endsWithQuestion: boolean;
  /** Built on first use: contentSet(words); the hashes of its word bigrams in order, and as a set. */
  content: Set<string> | null;
  pairList: number[] | null;
  pairs: Set<number> | null;
}

// A turn is read as context by the next few turns of its conversation, and the turn being featurized
// is registered as such a read (its words are at hand): the last reads are kept (bounded, keyed by the
// text itself and how much of it was read), so coding a transcript in order reads each turn once.
const READ_MEMO = 16;
const readMemo: Array<ContextRead | undefined> = new Array<ContextRead | undefined>(READ_MEMO).fill(undefined);
let readNext = 0;
/** The lists the kept reads were made with: their content sets leave out those function words. */
let readLists: MiWordLists | null = null;

/** The read of `text`'s last `maxChars` characters; `words`, when given, are its words (tailWords). */
function contextRead(text: string, maxChars: number, words?: string[]): ContextRead {
  // A text no longer than the limit is read whole: one read serves every limit.
  const tail = text.length > maxChars ? maxChars : 0;
  for (let i = 0; i < READ_MEMO; i++) {
    const r = readMemo[i];
    if (r !== undefined && r.tail === tail && r.text === text) return r;
  }
  const r: ContextRead = {
    text,
    tail,
    words: words ?? tailWords(text, maxChars),
    endsWithQuestion: endsWithQuestion(text),
    content: null,
    pairList: null,
    pairs: null,
  };
  readMemo[readNext] = r;
  readNext = (readNext + 1) % READ_MEMO;
  return r;
}

function norms(toks: readonly Token[]): string[] {
  const out = new Array<string>(toks.length);
  for (let i = 0; i < toks.length; i++) out[i] = toks[i].norm;
  return out;
}

function endsWithQuestion(text: string): boolean {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 63) return true; // ?
    if (c > 32 && c !== 34 && c !== 39 && c !== 41 && c !== 0x201d) return false; // skip spaces, quotes, ")"
  }
  return false;
}

/** Index of the first token of the last sentence (after the last . ! ? followed by more text); 0 if one sentence. */
function lastSentenceStart(toks: readonly Token[], text: string): number {
  let lastBreak = -1;
  const lim = Math.min(text.length, MAX_CHARS) - 1;
  for (let i = 0; i < lim; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) lastBreak = i;
  }
  if (lastBreak < 0) return 0;
  let k = toks.length;
  while (k > 0 && toks[k - 1].start > lastBreak) k--;
  return k >= toks.length ? 0 : k;
}

/** Relative weights of the feature families (each family is scaled to this L2 norm). */
export interface MiFeatureWeights {
  words: number;
  chars: number;
  shape: number;
  context: number;
  overlap: number;
  /** Content of the previous turn, when this one opens by agreeing or disagreeing with it. */
  agree: number;
}
export const MI_FEATURE_WEIGHTS: MiFeatureWeights = { words: 1, chars: 0.5, shape: 0.5, context: 0.5, overlap: 0.5, agree: 2 };


/** True when a clause break (, . ; : ! ? or a dash) lies between two offsets of `text`. */
function clauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63 || c === 0x2014) return true;
  }
  return false;
}

/**
 * Word uni- and bigrams; a word within a negation's scope (up to 4 words, to the next clause break)
 * counts as "n:word" instead of "w:word" (and its bigram as "nb:"), so "can't quit" does not teach that "quit" is sustain talk.
 */
function addWordFeatures(fb: FeatureBuilder, toks: readonly Token[], text: string, scale: number, negators: ReadonlySet<string>): void {
  const v = scale / Math.sqrt(2 * toks.length + 1);
  let prev = '<s>';
  let neg = 0;
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i].norm;
    if (neg > 0 && i > 0 && clauseBreak(text, toks[i - 1].end, toks[i].start)) neg = 0;
    if (neg > 0) {
      fb.addWith(H_N, w, v);
      fb.addHash(thenWord(hashString(prev, H_NB), w), v);
      neg--;
    } else {
      fb.addWith(H_W, w, v);
      fb.addHash(thenWord(hashString(prev, H_B), w), v);
    }
    if (negators.has(w) || w.endsWith("n't")) neg = 4;
    prev = w;
  }
  fb.addHash(thenWord(hashString(prev, H_B), '</s>'), v);
}

/**
 * Padded character 4-grams of the lower-cased, whitespace-squeezed text, as hashString('c:' + gram).
 * Lower-cased, whitespace squeezed, padded 4-grams catch morphology and punctuation ("?", "...");
 * CV found 4-grams alone as good as 2- to 5-grams, at a fraction of the features. Exported for tests.
 */
export function addCharGrams(fb: FeatureBuilder, text: string, scale: number): void {
  // The normalized text is written as code units into a reused buffer (no lower-cased, squeezed or
  // padded strings): the same units as ' ' + text.toLowerCase().replace(/\s+/g, ' ').trim() + ' '.
  const buf = gramBuf;
  const lim = Math.min(text.length, MAX_CHARS);
  let n = 1;
  let space = true; // the last unit written is a space (the leading pad, or a squeezed run)
  for (let i = 0; i < lim; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) {
        if (!space) {
          buf[n++] = 32;
          space = true;
        }
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
    } else {
      c = foldCode(c);
      if (c === FOLD_SPACE) {
        if (!space) {
          buf[n++] = 32;
          space = true;
        }
        continue;
      }
      // Whole-string case mapping needed (final sigma, expansions, surrogates): the string route.
      if (c === FOLD_STRING) return addCharGramsOfString(fb, ' ' + text.slice(0, MAX_CHARS).toLowerCase().replace(/\s+/g, ' ').trim() + ' ', scale);
    }
    buf[n++] = c;
    space = false;
  }
  if (!space) buf[n++] = 32;
  else if (n === 1) return; // blank text: no 4-gram
  const v = scale / Math.sqrt(Math.max(1, n - 3));
  if (v === 0 || !Number.isFinite(v)) return;
  // hashString('c:' + gram) is FNV-1a continued from hashString('c:') by the gram's 4 units.
  for (let i = 0; i + 4 <= n; i++) {
    fb.addHash(fnvStep(fnvStep(fnvStep(fnvStep(H_C, buf[i]), buf[i + 1]), buf[i + 2]), buf[i + 3]), v);
  }
}
const gramBuf = new Uint16Array(MAX_CHARS + 2).fill(32, 0, 1); // unit 0: the leading pad, never overwritten

function addCharGramsOfString(fb: FeatureBuilder, t: string, scale: number): void {
  const v = scale / Math.sqrt(Math.max(1, t.length - 3));
  for (let i = 0; i + 4 <= t.length; i++) {
    fb.addHash(fnvStep(fnvStep(fnvStep(fnvStep(H_C, t.charCodeAt(i)), t.charCodeAt(i + 1)), t.charCodeAt(i + 2)), t.charCodeAt(i + 3)), v);
  }
}

const FOLD_SPACE = -1;
const FOLD_STRING = -2;
const foldMemo = new Map<number, number>(); // bounded: one entry per UTF-16 code unit met
/**
 * Lower case of one non-ASCII code unit as toLowerCase maps it inside a string; FOLD_SPACE for what
 * \s matches; FOLD_STRING where the mapping depends on context (Σ: final sigma), expands (İ) or needs
 * the unit's surrogate pair.
 */
function foldCode(c: number): number {
  let r = foldMemo.get(c);
  if (r === undefined) {
    const s = String.fromCharCode(c);
    if (/\s/.test(s)) r = FOLD_SPACE;
    else if (c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff)) r = FOLD_STRING;
    else {
      const l = s.toLowerCase();
      r = l.length === 1 ? l.charCodeAt(0) : FOLD_STRING;
    }
    foldMemo.set(c, r);
  }
  return r;
}

function addShape(fb: FeatureBuilder, text: string, ws: readonly string[], ls: number, v: number, words: MiWordLists): void {
  const { wh, aux } = words;
  const q = endsWithQuestion(text);
  fb.addHash(H_LEN[bucket(ws.length, LEN_EDGES)], v);
  fb.addHash(q ? H_ENDQ : H_NOENDQ, v);
  if (ws.length === 0) fb.addHash(H_NOWORDS, v);
  let nq = 0;
  for (let i = 0; i < text.length && i < MAX_CHARS; i++) if (text.charCodeAt(i) === 63) nq++;
  fb.addHash(H_NQ[Math.min(nq, 3)], v);
  const w0 = ws[0] ?? '';
  const w1 = ws[1] ?? '';
  fb.addWith(H_F1, w0, v);
  fb.addHash(thenWord(hashString(w0, H_F2), w1), v);
  fb.addHash(thenWord(thenWord(hashString(w0, H_F3), w1), ws[2] ?? ''), v);
  fb.addWith(H_L1, ws[ws.length - 1] ?? '', v);
  // Whether the turn is asked decides much, together with how it opens ("So you…?" vs "So you….").
  fb.addWith(q ? H_F1Q : H_F1S, w0, v);
  if (wh.has(w0)) fb.addHash(q ? H_S_WH_Q : H_S_WH, v);
  if (aux.has(w0)) fb.addHash(q ? H_S_AUX_Q : H_S_AUX, v);
  if (ls > 0) {
    // The last sentence decides a multi-sentence turn ("... What do you think?").
    const a = ws[ls] ?? '';
    fb.addWith(H_LS1, a, v);
    fb.addHash(thenWord(hashString(a, H_LS2), ws[ls + 1] ?? ''), v);
    if (wh.has(a)) fb.addHash(q ? H_S_LWH_Q : H_S_LWH, v);
    if (aux.has(a)) fb.addHash(q ? H_S_LAUX_Q : H_S_LAUX, v);
    fb.addHash(H_S_MULTI, v);
  }
  let i1 = 0;
  let i2 = 0;
  let we = 0;
  const { firstPerson, secondPerson, firstPlural } = words;
  for (const w of ws) {
    if (firstPerson.has(w)) i1++;
    else if (secondPerson.has(w)) i2++;
    else if (firstPlural.has(w)) we++;
  }
  fb.addHash(H_PR_I[Math.min(i1, 4)], v);
  fb.addHash(H_PR_YOU[Math.min(i2, 4)], v);
  fb.addHash(H_PR_WE[Math.min(we, 2)], v);
}

function contentSet(ws: readonly string[], functionWords: ReadonlySet<string>): Set<string> {
  const s = new Set<string>();
  for (const w of ws) if (w.length > 2 && !functionWords.has(w)) s.add(stem(w));
  return s;
}

/** Lexical overlap of this turn with an earlier one: the tell-tale of a reflection. */
const RATIO_EDGES = [0.001, 0.1, 0.2, 0.35, 0.5, 0.7];
const SHARED_EDGES = [1, 2, 3, 5, 8];
const REPEAT_EDGES = [0.001, 0.1, 0.25, 0.5];

function addOverlap(fb: FeatureBuilder, mine: ContextRead, other: ContextRead, v: number, functionWords: ReadonlySet<string>): void {
  const content = (mine.content ??= contentSet(mine.words, functionWords));
  if (content.size === 0) {
    fb.addHash(H_OV_NOCONTENT, v);
    return;
  }
  const theirs = (other.content ??= contentSet(other.words, functionWords));
  let shared = 0;
  for (const w of content) if (theirs.has(w)) shared++;
  const ratio = shared / content.size;
  fb.addHash(H_OV_R[bucket(ratio, RATIO_EDGES)], v);
  fb.addHash(H_OV_N[bucket(shared, SHARED_EDGES)], v);
  fb.addHash(H_OV_RATIO, ratio * v);
  // Repeated phrases (shared word bigrams) mark a simple reflection more than shared single words.
  if (mine.words.length > 1 && other.words.length > 1) {
    const pairs = (other.pairs ??= new Set(pairList(other)));
    const list = pairList(mine);
    let rep = 0;
    for (let i = 0; i < list.length; i++) if (pairs.has(list[i])) rep++;
    fb.addHash(H_OV_B[bucket(rep / list.length, REPEAT_EDGES)], v);
  }
}

/** Hashes of the word bigrams ("a b") of a read, in order. */
function pairList(read: ContextRead): number[] {
  if (read.pairList !== null) return read.pairList;
  const words = read.words;
  const list = new Array<number>(Math.max(0, words.length - 1));
  for (let i = 1; i < words.length; i++) list[i - 1] = thenWord(hashString(words[i - 1]), words[i]);
  return (read.pairList = list);
}

/** A read of a long turn's own words, not kept (its later context reads see only its tail). */
function ownRead(words: string[]): ContextRead {
  return { text: '', tail: 0, words, endsWithQuestion: false, content: null, pairList: null, pairs: null };
}

/** The previous turn: who said it, its length, whether it asked, how it opened and its words. */
function addPreviousTurn(fb: FeatureBuilder, turn: Turn, read: ContextRead, v: number): void {
  const ws = read.words;
  fb.addWith(H_P1SPK, turn.speaker, v);
  fb.addHash(H_P1LEN[bucket(ws.length, LEN_EDGES)], v);
  fb.addHash(read.endsWithQuestion ? H_P1Q : H_P1NOQ, v);
  fb.addWith(H_P1F1, ws[0] ?? '', v);
  const vw = v / Math.sqrt(ws.length + 1);
  for (const w of ws) fb.addWith(H_P1W, w, vw);
}
const H_P1Q = hashString('p1q');
const H_P1NOQ = hashString('p1noq');
const H_P2Q = hashString('p2q');
const H_P2NOQ = hashString('p2noq');
// Whole names of fixed features, hashed once.
const H_CTX_NONE = hashString('ctx:none');
const H_CTX_SAME_SPEAKER = hashString('ctx:same-speaker');
const H_OV_NOCONTENT = hashString('ov:nocontent');
const H_OV_RATIO = hashString('ov:ratio');
const H_S_AUX = hashString('s:aux');
const H_S_AUX_Q = hashString('s:aux+q');
const H_S_LAUX = hashString('s:laux');
const H_S_LAUX_Q = hashString('s:laux+q');
const H_S_LWH = hashString('s:lwh');
const H_S_LWH_Q = hashString('s:lwh+q');
const H_S_MULTI = hashString('s:multi');
const H_S_WH = hashString('s:wh');
const H_S_WH_Q = hashString('s:wh+q');

/**
 * Hashed features of one utterance in its conversation. `context` holds the earlier turns, oldest
 * first, and may be empty: the utterance's own features then stand alone, and a "no context" feature
 * lets the model shift its priors. `speaker` picks which context features apply. `words`: the
 * closed-class lists the features are built on (data/word-lists.json, group `mi`).
 */
export function miFeatures(
  text: string,
  speaker: 'therapist' | 'client',
  context: readonly Turn[],
  words: MiWordLists,
  dim = MI_DIM,
  fw: MiFeatureWeights = MI_FEATURE_WEIGHTS,
): FeatureVector {
  return miFeaturesInto(text, speaker, context, words, dim, fw).build();
}

/**
 * miFeatures, left in the shared builder of `dim` for a scorer to read in place (FeatureBuilder.size,
 * bucketAt, valueAt: the same entries, in the same order, as build() would give) and then reset.
 */
export function miFeaturesInto(
  text: string,
  speaker: 'therapist' | 'client',
  context: readonly Turn[],
  words: MiWordLists,
  dim = MI_DIM,
  fw: MiFeatureWeights = MI_FEATURE_WEIGHTS,
): FeatureBuilder {
  // Kept reads made with other lists would carry their content sets: dropped (one compare per call).
  if (words !== readLists) {
    readMemo.fill(undefined);
    readLists = words;
  }
  const fb = sharedFeatureBuilder(dim);
  const toks = tokenize(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const ws = norms(toks);
  // This turn, read whole, is what the next turns read as their context: kept for them.
  const own = text.length <= MAX_CONTEXT_CHARS ? contextRead(text, MAX_CONTEXT_CHARS, ws) : null;
  fb.addWith(H_BIAS, speaker);
  const ls = lastSentenceStart(toks, text);
  addWordFeatures(fb, toks, text, fw.words, words.negators);
  addCharGrams(fb, text, fw.chars);
  addShape(fb, text, ws, ls, fw.shape / 4, words);
  const n = context.length;
  if (n === 0) {
    fb.addHash(H_CTX_NONE, fw.context);
    return fb;
  }
  const prev = context[n - 1];
  const prevRead = contextRead(prev.text, MAX_CONTEXT_CHARS);
  const pws = prevRead.words;
  const vc = fw.context / 2;
  addPreviousTurn(fb, prev, prevRead, vc);
  if (prev.speaker === speaker) fb.addHash(H_CTX_SAME_SPEAKER, vc);
  // A short turn takes its meaning from the one before ("Yeah." after "You want to quit?").
  if (ws.length <= 3) {
    const vs = vc / Math.sqrt(pws.length + 1);
    for (const w of pws) fb.addWith(H_SP, w, vs);
  }
  // Agreeing or disagreeing with the previous turn takes up its content ("Yeah, I do want to stop").
  const stance = words.agree.has(ws[0] ?? '') ? H_AGREE : words.disagree.has(ws[0] ?? '') ? H_DISAGREE : 0;
  if (stance !== 0 && prev.speaker !== speaker) {
    const va = (fw.context * fw.agree) / Math.sqrt(pws.length + 1);
    const functionWords = words.functionWords;
    for (const w of pws) if (!functionWords.has(w)) fb.addWith(stance, w, va);
  }
  // Overlap with the other side's latest turn (the client's, for a therapist turn; and vice versa).
  for (let j = n - 1; j >= 0 && j >= n - MI_CONTEXT_TURNS; j--) {
    if (context[j].speaker !== speaker) {
      addOverlap(fb, own ?? ownRead(ws), j === n - 1 ? prevRead : contextRead(context[j].text, MAX_CONTEXT_CHARS), fw.overlap / 2, words.functionWords);
      break;
    }
  }
  if (n >= 2) {
    const prev2 = context[n - 2];
    fb.addWith(H_P2SPK, prev2.speaker, vc);
    fb.addHash(endsWithQuestion(prev2.text) ? H_P2Q : H_P2NOQ, vc);
    const p2ws = contextRead(prev2.text, MAX_CONTEXT2_CHARS).words;
    const v2 = fw.context / 4 / Math.sqrt(p2ws.length + 1);
    for (const w of p2ws) fb.addWith(H_P2W, w, v2);
  }
  return fb;
}
