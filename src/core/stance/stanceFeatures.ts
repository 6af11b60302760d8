import { fnvStep, sharedFeatureBuilder, type FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { tokenize } from '../text/tokenize.js';
import type { Marker } from '../types.js';

/** Names the featurizer below; a model trained on another one is refused. Bump on any change. */
export const STANCE_FEATURE_SET = 'stance-v5';
export const STANCE_FEATURE_DIM = 1 << 14;
/**
 * Markers whose reading depends on the context ("Sure, of course" gives in only after a request): their
 * words are left out of the lexical features so the model learns them through the context-aware marker,
 * not as words that always mean passive.
 */
const CONTEXT_GATED = new Set(['capitulation', 'acquiescence', 'agreement']);
/** The context cue for any ask at all. */
const GENERAL_REQUEST = 'ctx_request_general';
/** Markers that are no evidence for the model: agreement with nothing asked, bare encouragers. */
const NOT_EVIDENCE = new Set(['acquiescence', 'agreement']);
/**
 * Weight of the lexical features (words, word pairs, opening word) against the moves and shapes:
 * words learnt from two or three writers carry their habits, so they are damped (chosen by
 * leave-one-source-out in stanceTask.ts and carried by the model), but present. This is the default.
 */
export const LEXICAL_SCALE = 0.5;
/**
 * Discourse fillers are left out of the lexical features: they mark a speaker's register (transcribed
 * talk is full of "well", "um", "okay"), not a stance, and a model learns one writer's habits from them.
 */
const FILLER = 1;
const YOU = 2;
const SELF = 3;
const WE = 4;
const WH = 5;
/** Word classes looked up once per token: fillers, whom the reply talks about, wh-words. */
const WORD_CLASS = new Map<string, number>([
  ...['well', 'so', 'um', 'uh', 'erm', 'er', 'mm', 'hmm', 'mm-hmm', 'mhm', 'uh-huh', 'okay', 'ok', 'oh', 'ah', 'yeah', 'right', 'like', 'i-i', 'you-you'].map((w) => [w, FILLER] as const),
  ...['you', 'your', "you're", 'youre', 'yours', 'yourself', "you've", "you'll", "you'd"].map((w) => [w, YOU] as const),
  ...['i', "i'm", 'im', 'me', 'my', "i'd", "i'll", "i've"].map((w) => [w, SELF] as const),
  ...['we', 'us', 'our', "let's", 'lets', "we'll", "we're", "we've"].map((w) => [w, WE] as const),
  ...['what', 'when', 'where', 'which', 'who', 'why', 'how'].map((w) => [w, WH] as const),
]);
/** Reused per call: the class of each token (the core is single-threaded). */
let classes = new Uint8Array(64);
// Prefix hashes of the lexical features, continued by the words (FeatureBuilder.addWith).
const H_FIRST = hashString('first:');
const H_WORD = hashString('w:');
const H_BIGRAM = hashString('b:');
/** hashString('b:<s> '): the bigram prefix before the first word. */
const H_BIGRAM_START = fnvStep(hashString('<s>', H_BIGRAM), 32);
const H_K = hashString('k:');
const H_K_NONE = hashString('k:-');
const H_L = hashString('l:');
const H_R = hashString('r:');
const H_CX = hashString('cx:');
const H_QUESTION = hashString('shape:question');
const H_EXCLAIM = hashString('shape:exclaim');
const H_PRO_YOU = hashString('pro:you');
const H_PRO_I = hashString('pro:i');
const H_PRO_WE = hashString('pro:we');
const H_PRO_NONE = hashString('pro:-');

export interface StanceFeatureOptions {
  /** The client's last turn (what the reply answers), or null. */
  client?: string | null;
  /** Overrides LEXICAL_SCALE: a trained model names its own (meta.lexicalScale). */
  lexicalScale?: number;
}

/** "ask" when the client's last turn ends in a question, "account" when it tells something, else "-". */
function clientShape(client: string | null | undefined): string {
  if (!client) return '-';
  let i = client.length - 1;
  while (i >= 0 && client.charCodeAt(i) <= 32) i--;
  if (i < 0) return '-';
  return client.charCodeAt(i) === 63 ? 'ask' : 'account';
}

/** Long replies are featurized on their head: the directive move of a reply is rarely past this. */
const MAX_TOKENS = 400;
/** Enough characters for MAX_TOKENS words; tokenizing more would only be thrown away. */
const MAX_CHARS = 4000;

/**
 * Features for the stance model: the moves found (kind and leaning), what the client's last turn asked
 * for crossed with how the reply meets it (request × leaning, request × following only), plus light lexical evidence (unigrams, bigrams,
 * the opening word, question marks; no length feature, which only learnt the corpus), the lexical part scaled by 1/√tokens so length does not dominate.
 * Speaker-neutral shapes: whether the client asked or told, crossed with whether the reply answers by a
 * question (a non-wh question after an account is often rhetorical), a statement or a move; whom the
 * reply talks about (you / I / we), and exclamations.
 */
export function stanceFeatures(text: string, markers: readonly Marker[], requests: readonly string[], dim = STANCE_FEATURE_DIM, opts: StanceFeatureOptions = {}): FeatureVector {
  const f = sharedFeatureBuilder(dim);
  const lex = opts.lexicalScale ?? LEXICAL_SCALE;
  const leanings = new Set<string>();
  const kinds = new Map<string, number>();
  for (const m of markers) {
    if (NOT_EVIDENCE.has(m.kind)) continue;
    kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    leanings.add(m.leaning);
  }
  // Names are hashed without being built (FeatureBuilder.addWith); the comments give them.
  for (const [k, n] of kinds) f.addWith(H_K, k, n > 1 ? 1.5 : 1); // k:<kind>
  for (const l of leanings) f.addWith(H_L, l); // l:<leaning>
  if (kinds.size === 0) f.addHash(H_K_NONE); // k:-
  // What the client asked for matters only through how the reply meets it: a request alone says
  // nothing about the reply, and "any ask at all" (ctx_request_general) is too common in real talk.
  const directive = leanings.has('assertive') || leanings.has('aggressive') || leanings.has('passive');
  for (const r of requests) {
    if (r === GENERAL_REQUEST) continue;
    const hr = hashString(r, H_R);
    if (!directive) f.addWith(hr, '|follow'); // r:<request>|follow
    for (const l of leanings) f.addWith(hashString('|l:', hr), l); // r:<request>|l:<leaning>
  }

  const gated = markers.filter((m) => CONTEXT_GATED.has(m.kind));
  const toks = tokenize(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const n = Math.min(toks.length, MAX_TOKENS);
  let you = 0;
  let self = 0;
  let we = 0;
  let opensWh = false;
  let content = 0;
  if (classes.length < n) classes = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = WORD_CLASS.get(toks[i].norm) ?? 0;
    classes[i] = c;
    if (c === FILLER) continue;
    if (content++ === 0) opensWh = c === WH;
    if (c === YOU) you++;
    else if (c === SELF) self++;
    else if (c === WE) we++;
  }
  if (content > 0) {
    const s = lex / Math.sqrt(content);
    // hashString('b:' + prev + ' '): the bigram "b:prev w" is this continued by w.
    let bigram = H_BIGRAM_START;
    let first = true;
    let g = 0;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      while (g < gated.length && gated[g].end <= t.start) g++;
      if (g < gated.length && gated[g].start <= t.start) continue;
      if (classes[i] === FILLER) continue;
      const w = t.norm;
      if (first) f.addWith(H_FIRST, w, lex);
      first = false;
      f.addWith(H_WORD, w, s);
      f.addWith(bigram, w, s);
      bigram = fnvStep(hashString(w, H_BIGRAM), 32);
    }
  }
  let q = 0;
  let bang = 0;
  let lastMark = 0;
  for (let i = 0; i < text.length && i < MAX_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c === 63) q++;
    else if (c === 33) bang++;
    if (c === 63 || c === 46 || c === 33) lastMark = c;
  }
  if (q > 0) f.addHash(H_QUESTION, q > 1 ? 1.5 : 1);
  if (bang > 0) f.addHash(H_EXCLAIM);
  const reply = q === 0 ? 'stmt' : lastMark === 63 ? (opensWh ? 'whq' : 'q') : 'mixed';
  const cs = clientShape(opts.client);
  const hcs = hashString('|', hashString(cs, H_CX));
  const hReply = hashString(reply, hcs);
  f.addHash(hReply); // cx:<client>|<reply>
  for (const l of leanings) f.addWith(hashString('l:', hcs), l); // cx:<client>|l:<leaning>
  if (kinds.size === 0) f.addWith(hReply, '|unmarked'); // cx:<client>|<reply>|unmarked
  if (n > 0) {
    if (you > self + we) f.addHash(H_PRO_YOU);
    if (self > 0) f.addHash(H_PRO_I);
    if (we > 0) f.addHash(H_PRO_WE);
    if (you === 0 && self === 0 && we === 0) f.addHash(H_PRO_NONE);
  }
  return f.build(false);
}
