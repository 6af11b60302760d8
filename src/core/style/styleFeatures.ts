import type { FeatureVector } from '../model/featureVector.js';
import type { LinearModel } from '../model/linearModel.js';
import { hashString } from '../text/hash.js';
import { splitSentences, type Token } from '../text/tokenize.js';
import type { Marker, Speaker, Turn } from '../types.js';

/** Names the featurizer below; a style model trained on another one is not used. */
export const STYLE_FEATURE_SET = 'style-v2';
export const STYLE_FEATURE_DIM = 1 << 14;

export interface StyleFeatureOptions {
  /** Weight of the word unigram/bigram block (its L2 norm); marker features have weight 1. */
  lexicalWeight: number;
  /** Weight of the features read from the previous turn (a question or not, who said it, its end). */
  contextWeight: number;
  /** Weight of the speaker features (the role alone, and the role with each marker kind). */
  speakerWeight: number;
}
export const DEFAULT_STYLE_FEATURE_OPTIONS: StyleFeatureOptions = { lexicalWeight: 0.6, contextWeight: 0.5, speakerWeight: 0.5 };

/**
 * Kinds that soften or colour talk without taking a stance by themselves: spoken fillers, hedges and
 * neutral helpers. Real speech is full of them whatever the style, so they do not count toward the
 * leaning totals; they stay features of their own (and counted), for the model to weigh.
 */
const SOFT = new Set(['filler', 'hedge', 'curt_reply']);

const PRECEDES = (markers: readonly Marker[], first: ReadonlySet<string>, then: ReadonlySet<string>): boolean => {
  let seen = false;
  for (const m of markers) {
    if (seen && then.has(m.kind)) return true;
    if (first.has(m.kind)) seen = true;
  }
  return false;
};
const ASK = new Set(['specific_request', 'need_statement', 'permission_seeking']);
const RETRACT = new Set(['retraction']);
const lengthBucket = (n: number) => (n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : n <= 30 ? '16-30' : '31+');

/**
 * Receives features by hash. `hashString(name)` for a whole name; word features are hashed in parts
 * (FNV-1a is a stream, so hashString(b, hashString(a)) === hashString(a + b)): the same buckets as
 * FeatureBuilder would give, without building the strings.
 */
export interface FeatureSink {
  add(hash: number, value: number): void;
}

// Feature names are hashed without being built: FNV-1a is a stream, so a name "prefix:" + value is
// the prefix's hash continued by the value (hashString(value, H_PREFIX)).
const H_M = hashString('m:');
const H_LEAN = hashString('lean:');
const H_TOP = hashString('top:');
const H_NLEAN = hashString('nlean:');
const H_HEDGES = hashString('hedges:');
const H_FILLERS = hashString('fillers:');
const H_MF = hashString('mf:');
const H_ML = hashString('ml:');
const H_LEN = hashString('len:');
const H_END = hashString('end:');
const H_SPK = hashString('spk:');
const H_CTX_FROM = hashString('ctx:from:');
/** hashString(prefix + i) for i = 0..3. */
const numbered = (prefix: string) => [0, 1, 2, 3].map((i) => hashString(prefix + i));
const H_PRON_YOU = numbered('pron:you:');
const H_PRON_I = numbered('pron:i:');

const H_WORD = hashString('w:');
const H_BIGRAM = hashString('b:');
const H_FIRST = hashString('f:');
const H_LAST = hashString('l:');
const H_SPACE_AFTER = (h: number) => hashString(' ', h);

/** What the featurizer reads for one utterance. */
export interface StyleInput {
  text: string;
  tokens: readonly Token[];
  markers: readonly Marker[];
  context: readonly Turn[];
  speaker?: Speaker;
}

/** Collects a sparse vector (duplicates add up), for training. */
export function styleFeatureVector(input: StyleInput, opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS, dim = STYLE_FEATURE_DIM): FeatureVector {
  const mask = dim - 1;
  const acc = new Map<number, number>();
  styleFeatures(input, { add: (h, v) => acc.set(h & mask, (acc.get(h & mask) ?? 0) + v) }, opts);
  return { indices: [...acc.keys()], values: [...acc.values()] };
}

/** Features of one utterance, gathered for scoring: reused (the core is single-threaded). */
const gathered = {
  n: 0,
  hashes: new Int32Array(256),
  values: new Float64Array(256),
  add(hash: number, value: number): void {
    if (this.n === this.hashes.length) {
      const hashes = new Int32Array(this.n * 2);
      const values = new Float64Array(this.n * 2);
      hashes.set(this.hashes);
      values.set(this.values);
      this.hashes = hashes;
      this.values = values;
    }
    this.hashes[this.n] = hash;
    this.values[this.n++] = value;
  },
};

/**
 * Logits of `model` for the utterance. The features are gathered first, then scored in one loop that
 * adds them in the order they came, as a sparse dot product would; for the usual five labels the
 * sums stay in registers.
 */
export function styleLogits(model: LinearModel, input: StyleInput, opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS): Float64Array {
  gathered.n = 0;
  styleFeatures(input, gathered, opts);
  const { n, hashes, values } = gathered;
  const L = model.labels.length;
  const mask = model.dim - 1;
  const w = model.weights;
  const b = model.bias;
  if (L === 5) {
    let z0 = b[0], z1 = b[1], z2 = b[2], z3 = b[3], z4 = b[4];
    for (let k = 0; k < n; k++) {
      const base = (hashes[k] & mask) * 5;
      const v = values[k];
      z0 += w[base] * v;
      z1 += w[base + 1] * v;
      z2 += w[base + 2] * v;
      z3 += w[base + 3] * v;
      z4 += w[base + 4] * v;
    }
    return Float64Array.of(z0, z1, z2, z3, z4);
  }
  const z = new Float64Array(L);
  for (let l = 0; l < L; l++) z[l] = b[l];
  for (let k = 0; k < n; k++) {
    const base = (hashes[k] & mask) * L;
    const v = values[k];
    for (let l = 0; l < L; l++) z[l] += w[base + l] * v;
  }
  return z;
}

const countBucket = (n: number) => (n <= 1 ? String(n) : n <= 3 ? '2-3' : '4+');

/**
 * Features of one utterance for the style model: marker kinds (presence, leaning totals without the
 * soft kinds, place in the first/last sentence, a few interactions such as "request then
 * retraction" and "you + absolute"), the hedge count and whether hedges are all there is, light
 * word features (unigrams, bigrams, first and last word; one block scaled to a fixed norm so long
 * texts and one writer's phrasing do not drown the markers), shape (length, "?", "!", "…"), the
 * speaker's role (alone and with each marker kind) and the previous turn (a question or not, who
 * said it, and how it ended when the reply is a curt "Fine."). Richer context features (the
 * previous turn's markers crossed with the reply's) were tried and lost in cross-validation.
 */
export function styleFeatures(input: StyleInput, sink: FeatureSink, opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS): void {
  const { text, tokens, markers, context, speaker } = input;
  const add = (hash: number, value = 1) => sink.add(hash, value);
  const kinds = new Set<string>();
  const lean: Record<string, number> = {};
  let hedges = 0;
  let fillers = 0;
  for (const m of markers) {
    kinds.add(m.kind);
    if (m.kind === 'hedge') hedges++;
    else if (m.kind === 'filler') fillers++;
    if (!SOFT.has(m.kind) && m.leaning !== 'neutral') lean[m.leaning] = (lean[m.leaning] ?? 0) + 1;
  }
  for (const k of kinds) add(hashString(k, H_M));
  let leanings = 0;
  for (const l in lean) {
    add(hashString(l, H_LEAN), Math.min(3, lean[l]));
    leanings++;
  }
  if (markers.length === 0) add(H_NOMARK);
  // The labelling guideline's decision order: open hostility, then indirect hostility, then a
  // surrendered need, then an owned one; the first leaning present is a feature of its own.
  const top = lean.aggressive ? 'aggressive' : lean.passive_aggressive ? 'passive_aggressive' : lean.passive ? 'passive' : lean.assertive ? 'assertive' : 'none';
  add(hashString(top, H_TOP));
  add(hashString(String(leanings), H_NLEAN));
  if (hedges) {
    add(hashString(countBucket(hedges), H_HEDGES));
    if (top === 'none') add(H_HEDGE_ONLY);
  }
  if (fillers) add(hashString(countBucket(fillers), H_FILLERS), 0.5);

  // Place: the first and the last sentence carry the frame ("Sorry, …", "…, never mind").
  if (markers.length > 0) {
    const sentences = splitSentences(text.length > 4000 ? text.slice(0, 4000) : text);
    if (sentences.length > 1) {
      const firstEnd = sentences[0].end;
      const lastStart = sentences[sentences.length - 1].start;
      for (const m of markers) {
        if (m.start < firstEnd) add(hashString(m.kind, H_MF), 0.5);
        if (m.end > lastStart) add(hashString(m.kind, H_ML), 0.5);
      }
    }
  }
  if (PRECEDES(markers, ASK, RETRACT)) add(H_X_ASK_RETRACT);
  const has = (k: string) => kinds.has(k);
  let you = 0;
  let i = 0;
  let we = 0;
  for (const t of tokens) {
    if (t.norm === 'you' || t.norm === "you're" || t.norm === 'your' || t.norm === "you've" || t.norm === "you'll") you++;
    else if (t.norm === 'i' || t.norm === "i'm" || t.norm === "i've" || t.norm === "i'd" || t.norm === "i'll" || t.norm === 'me' || t.norm === 'my') i++;
    else if (t.norm === 'we' || t.norm === "let's" || t.norm === 'us') we++;
  }
  if (you && has('absolute')) add(H_X_YOU_ABSOLUTE);
  if (has('i_statement') && (has('specific_request') || has('need_statement'))) add(H_X_I_ASK);
  if (has('feeling_word') && has('specific_request')) add(H_X_FEEL_REQUEST);
  if ((has('apology') || has('over_apology')) && (has('specific_request') || has('permission_seeking'))) add(H_X_SORRY_ASK);
  if (has('hedge') && (has('specific_request') || has('need_statement'))) add(H_X_HEDGE_ASK);
  if (has('clear_no') && (has('over_justification') || has('apology') || has('over_apology'))) add(H_X_NO_EXCUSE);
  if (has('clear_no') && !has('over_justification') && !has('apology') && !has('over_apology')) add(H_X_CLEAN_NO);
  if (has('you_blame') && (has('i_statement') || has('feeling_word')) && !has('absolute')) add(H_X_FEEL_YOU);
  add(H_PRON_YOU[Math.min(you, 3)], 0.5);
  add(H_PRON_I[Math.min(i, 3)], 0.5);
  if (we) add(H_PRON_WE, 0.5);

  // Shape.
  add(hashString(lengthBucket(tokens.length), H_LEN));
  const trimmed = text.trimEnd();
  const lastCh = trimmed[trimmed.length - 1];
  const end = lastCh === '?' ? '?' : lastCh === '!' ? '!' : lastCh === '.' ? '.' : 'other';
  add(hashString(end, H_END));
  if (text.includes('...') || text.includes('…')) add(H_ELLIPSIS);

  // Words: one block, scaled to norm `lexicalWeight`.
  const n = tokens.length;
  if (n > 0 && opts.lexicalWeight > 0) {
    const count = 2 * n + 1;
    const v = opts.lexicalWeight / Math.sqrt(count);
    for (let k = 0; k < n; k++) {
      const w = tokens[k].norm;
      sink.add(hashString(w, H_WORD), v);
      if (k > 0) sink.add(hashString(w, H_SPACE_AFTER(hashString(tokens[k - 1].norm, H_BIGRAM))), v);
    }
    sink.add(hashString(tokens[0].norm, H_FIRST), v);
    sink.add(hashString(tokens[n - 1].norm, H_LAST), v);
  }

  // The speaker: a therapist's hedge or question is craft, a client's may be the style.
  const sw = opts.speakerWeight;
  if (speaker && sw > 0) {
    const hs = hashString(speaker, H_SPK);
    add(hs, sw);
    add(hashString(top, hashString('&top:', hs)), sw);
    const hsm = hashString('&m:', hs);
    for (const k of kinds) add(hashString(k, hsm), sw);
    if (markers.length === 0) add(hashString('&nomark', hs), sw);
  }

  // The previous turn: a short reply reads differently after a question, a request, an apology or
  // good news ("No, not tonight."; "Great." after "We'll have to redo the plan" vs after "We won!").
  const prev = context.length ? context[context.length - 1] : undefined;
  const cw = opts.contextWeight;
  if (!prev || cw <= 0) return;
  const prevText = prev.text.trimEnd();
  const pq = prevText.endsWith('?');
  add(pq ? H_CTX_QUESTION : H_CTX_STATEMENT, cw);
  if (speaker && prev.speaker !== speaker) add(hashString(prev.speaker, H_CTX_FROM), cw);
  if (pq && has('clear_no')) add(H_CTX_QUESTION_NO, 2 * cw);
  // A curt one-word reply ("Great.") is sincere after good news ("We won!"), edged after a request or bad news.
  if (has('curt_reply')) add(pq ? H_CTX_CURT_Q : prevText.endsWith('!') ? H_CTX_CURT_BANG : H_CTX_CURT_DOT, 2 * cw);
}

// The fixed feature names.
const H_NOMARK = hashString('nomark');
const H_HEDGE_ONLY = hashString('x:hedge-only');
const H_X_ASK_RETRACT = hashString('x:ask>retract');
const H_X_YOU_ABSOLUTE = hashString('x:you+absolute');
const H_X_I_ASK = hashString('x:i+ask');
const H_X_FEEL_REQUEST = hashString('x:feel+request');
const H_X_SORRY_ASK = hashString('x:sorry+ask');
const H_X_HEDGE_ASK = hashString('x:hedge+ask');
const H_X_NO_EXCUSE = hashString('x:no+excuse');
const H_X_CLEAN_NO = hashString('x:cleanno');
const H_X_FEEL_YOU = hashString('x:feel+you');
const H_PRON_WE = hashString('pron:we');
const H_ELLIPSIS = hashString('ellipsis');
const H_CTX_QUESTION = hashString('ctx:question');
const H_CTX_STATEMENT = hashString('ctx:statement');
const H_CTX_QUESTION_NO = hashString('ctx:question&no');
const H_CTX_CURT_Q = hashString('ctx:?&curt');
const H_CTX_CURT_BANG = hashString('ctx:!&curt');
const H_CTX_CURT_DOT = hashString('ctx:.&curt');
