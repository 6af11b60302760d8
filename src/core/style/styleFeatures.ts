import type { FeatureVector } from '../model/featureVector.js';
import type { LinearModel } from '../model/linearModel.js';
import { hashString } from '../text/hash.js';
import { splitSentences, type Token } from '../text/tokenize.js';
import type { Marker, Turn } from '../types.js';

/** Names the featurizer below; a style model trained on another one is not used. */
export const STYLE_FEATURE_SET = 'style-v1';
export const STYLE_FEATURE_DIM = 1 << 14;

export interface StyleFeatureOptions {
  /** Weight of the word unigram/bigram block (its L2 norm); marker features have weight 1. */
  lexicalWeight: number;
}
export const DEFAULT_STYLE_FEATURE_OPTIONS: StyleFeatureOptions = { lexicalWeight: 0.6 };

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

/** Collects a sparse vector (duplicates add up), for training. */
export function styleFeatureVector(text: string, tokens: readonly Token[], markers: readonly Marker[], context: readonly Turn[], opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS, dim = STYLE_FEATURE_DIM): FeatureVector {
  const mask = dim - 1;
  const acc = new Map<number, number>();
  styleFeatures(text, tokens, markers, context, { add: (h, v) => acc.set(h & mask, (acc.get(h & mask) ?? 0) + v) }, opts);
  return { indices: [...acc.keys()], values: [...acc.values()] };
}

/** Logits of `model` for the utterance, scored while the features are produced (nothing is stored). */
export function styleLogits(model: LinearModel, text: string, tokens: readonly Token[], markers: readonly Marker[], context: readonly Turn[], opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS): Float64Array {
  const L = model.labels.length;
  const z = new Float64Array(L);
  for (let l = 0; l < L; l++) z[l] = model.bias[l];
  const mask = model.dim - 1;
  const w = model.weights;
  styleFeatures(text, tokens, markers, context, {
    add: (h, v) => {
      const base = (h & mask) * L;
      for (let l = 0; l < L; l++) z[l] += w[base + l] * v;
    },
  }, opts);
  return z;
}

/**
 * Features of one utterance for the style model: marker kinds (presence, leaning totals, place in
 * the first/last sentence, a few interactions such as "request then retraction" and "you + absolute"),
 * light word features (unigrams, bigrams, first and last word; one block scaled to a fixed norm so
 * long texts do not drown the markers), shape (length, "?", "!", "…") and a cue from the previous turn
 * (was it a question or a request).
 */
export function styleFeatures(
  text: string,
  tokens: readonly Token[],
  markers: readonly Marker[],
  context: readonly Turn[],
  sink: FeatureSink,
  opts: StyleFeatureOptions = DEFAULT_STYLE_FEATURE_OPTIONS,
): void {
  const fb = { add: (name: string, value = 1) => sink.add(nameHash(name), value) };
  const kinds = new Set<string>();
  const lean: Record<string, number> = {};
  for (const m of markers) {
    kinds.add(m.kind);
    lean[m.leaning] = (lean[m.leaning] ?? 0) + 1;
  }
  for (const k of kinds) fb.add(`m:${k}`);
  for (const l in lean) fb.add(`lean:${l}`, Math.min(3, lean[l]));
  if (markers.length === 0) fb.add('nomark');
  // The labelling guideline's decision order: open hostility, then indirect hostility, then a
  // surrendered need, then an owned one; the first leaning present is a feature of its own.
  const top = lean.aggressive ? 'aggressive' : lean.passive_aggressive ? 'passive_aggressive' : lean.passive ? 'passive' : lean.assertive ? 'assertive' : 'none';
  fb.add(`top:${top}`);
  fb.add(`nlean:${Object.keys(lean).length}`);

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
  fb.add(`len:${lengthBucket(tokens.length)}`);
  const trimmed = text.trimEnd();
  const lastCh = trimmed[trimmed.length - 1];
  if (lastCh === '?') fb.add('end:?');
  else if (lastCh === '!') fb.add('end:!');
  else if (lastCh === '.') fb.add('end:.');
  else fb.add('end:other');
  if (text.includes('...') || text.includes('…')) fb.add('ellipsis');

  // Words: one block, scaled to norm `lexicalWeight`.
  const n = tokens.length;
  if (n > 0) {
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

  // The previous turn: a short reply to a question or request reads differently ("No, not tonight.").
  const prev = context.length ? context[context.length - 1].text.trimEnd() : '';
  if (prev) {
    const q = prev.endsWith('?');
    fb.add(q ? 'ctx:question' : 'ctx:statement', 0.5);
    if (q && tokens.length <= 7) fb.add('ctx:question&short', 0.5);
    if (q && has('clear_no')) fb.add('ctx:question&no');
  }
}
