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

// Feature names other than words come from a small closed set (marker kinds, buckets): memoised.
const NAME_HASHES = new Map<string, number>();
function nameHash(name: string): number {
  let h = NAME_HASHES.get(name);
  if (h === undefined) {
    h = hashString(name);
    if (NAME_HASHES.size < 4096) NAME_HASHES.set(name, h);
  }
  return h;
}

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

/** Logits of `model` for the utterance, scored while the features are produced (nothing is stored). */
export function styleLogits(model: LinearModel, input: StyleInput, opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS): Float64Array {
  const L = model.labels.length;
  const z = new Float64Array(L);
  for (let l = 0; l < L; l++) z[l] = model.bias[l];
  const mask = model.dim - 1;
  const w = model.weights;
  styleFeatures(input, {
    add: (h, v) => {
      const base = (h & mask) * L;
      for (let l = 0; l < L; l++) z[l] += w[base + l] * v;
    },
  }, opts);
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
  const fb = { add: (name: string, value = 1) => sink.add(nameHash(name), value) };
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
  for (const k of kinds) fb.add(`m:${k}`);
  for (const l in lean) fb.add(`lean:${l}`, Math.min(3, lean[l]));
  if (markers.length === 0) fb.add('nomark');
  // The labelling guideline's decision order: open hostility, then indirect hostility, then a
  // surrendered need, then an owned one; the first leaning present is a feature of its own.
  const top = lean.aggressive ? 'aggressive' : lean.passive_aggressive ? 'passive_aggressive' : lean.passive ? 'passive' : lean.assertive ? 'assertive' : 'none';
  fb.add(`top:${top}`);
  fb.add(`nlean:${Object.keys(lean).length}`);
  if (hedges) {
    fb.add(`hedges:${countBucket(hedges)}`);
    if (top === 'none') fb.add('x:hedge-only');
  }
  if (fillers) fb.add(`fillers:${countBucket(fillers)}`, 0.5);

  // Place: the first and the last sentence carry the frame ("Sorry, …", "…, never mind").
  if (markers.length > 0) {
    const sentences = splitSentences(text.length > 4000 ? text.slice(0, 4000) : text);
    if (sentences.length > 1) {
      const firstEnd = sentences[0].end;
      const lastStart = sentences[sentences.length - 1].start;
      for (const m of markers) {
        if (m.start < firstEnd) fb.add(`mf:${m.kind}`, 0.5);
        if (m.end > lastStart) fb.add(`ml:${m.kind}`, 0.5);
      }
    }
  }
  if (PRECEDES(markers, ASK, RETRACT)) fb.add('x:ask>retract');
  const has = (k: string) => kinds.has(k);
  let you = 0;
  let i = 0;
  let we = 0;
  for (const t of tokens) {
    if (t.norm === 'you' || t.norm === "you're" || t.norm === 'your' || t.norm === "you've" || t.norm === "you'll") you++;
    else if (t.norm === 'i' || t.norm === "i'm" || t.norm === "i've" || t.norm === "i'd" || t.norm === "i'll" || t.norm === 'me' || t.norm === 'my') i++;
    else if (t.norm === 'we' || t.norm === "let's" || t.norm === 'us') we++;
  }
  if (you && has('absolute')) fb.add('x:you+absolute');
  if (has('i_statement') && (has('specific_request') || has('need_statement'))) fb.add('x:i+ask');
  if (has('feeling_word') && has('specific_request')) fb.add('x:feel+request');
  if ((has('apology') || has('over_apology')) && (has('specific_request') || has('permission_seeking'))) fb.add('x:sorry+ask');
  if (has('hedge') && (has('specific_request') || has('need_statement'))) fb.add('x:hedge+ask');
  if (has('clear_no') && (has('over_justification') || has('apology') || has('over_apology'))) fb.add('x:no+excuse');
  if (has('clear_no') && !has('over_justification') && !has('apology') && !has('over_apology')) fb.add('x:cleanno');
  if (has('you_blame') && (has('i_statement') || has('feeling_word')) && !has('absolute')) fb.add('x:feel+you');
  fb.add(`pron:you:${Math.min(you, 3)}`, 0.5);
  fb.add(`pron:i:${Math.min(i, 3)}`, 0.5);
  if (we) fb.add('pron:we', 0.5);

  // Shape.
  const len = lengthBucket(tokens.length);
  fb.add(`len:${len}`);
  const trimmed = text.trimEnd();
  const lastCh = trimmed[trimmed.length - 1];
  const end = lastCh === '?' ? '?' : lastCh === '!' ? '!' : lastCh === '.' ? '.' : 'other';
  fb.add(`end:${end}`);
  if (text.includes('...') || text.includes('…')) fb.add('ellipsis');

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
    fb.add(`spk:${speaker}`, sw);
    fb.add(`spk:${speaker}&top:${top}`, sw);
    for (const k of kinds) fb.add(`spk:${speaker}&m:${k}`, sw);
    if (markers.length === 0) fb.add(`spk:${speaker}&nomark`, sw);
  }

  // The previous turn: a short reply reads differently after a question, a request, an apology or
  // good news ("No, not tonight."; "Great." after "We'll have to redo the plan" vs after "We won!").
  const prev = context.length ? context[context.length - 1] : undefined;
  const cw = opts.contextWeight;
  if (!prev || cw <= 0) return;
  const prevText = prev.text.trimEnd();
  const pq = prevText.endsWith('?');
  fb.add(pq ? 'ctx:question' : 'ctx:statement', cw);
  if (speaker && prev.speaker !== speaker) fb.add(`ctx:from:${prev.speaker}`, cw);
  if (pq && has('clear_no')) fb.add('ctx:question&no', 2 * cw);
  // A curt one-word reply ("Great.") is sincere after good news ("We won!"), edged after a request or bad news.
  if (has('curt_reply')) fb.add(`ctx:${pq ? '?' : prevText.endsWith('!') ? '!' : '.'}&curt`, 2 * cw);
}
