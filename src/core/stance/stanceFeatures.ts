import { FeatureBuilder, type FeatureVector } from '../model/featureVector.js';
import { tokenize } from '../text/tokenize.js';
import type { Marker } from '../types.js';

/** Names the featurizer below; a model trained on another one is refused. Bump on any change. */
export const STANCE_FEATURE_SET = 'stance-v4';
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
/** Long replies are featurized on their head: the directive move of a reply is rarely past this. */
const MAX_TOKENS = 400;
/** Enough characters for MAX_TOKENS words; tokenizing more would only be thrown away. */
const MAX_CHARS = 4000;

/**
 * Features for the stance model: the moves found (kind and leaning), what the client's last turn asked
 * for crossed with how the reply meets it (request × leaning, request × following only), plus light lexical evidence (unigrams, bigrams,
 * the opening word, question marks; no length feature, which only learnt the corpus), the lexical part scaled by 1/√tokens so length does not dominate.
 */
export function stanceFeatures(text: string, markers: readonly Marker[], requests: readonly string[], dim = STANCE_FEATURE_DIM): FeatureVector {
  const f = new FeatureBuilder(dim);
  const leanings = new Set<string>();
  const kinds = new Map<string, number>();
  for (const m of markers) {
    if (NOT_EVIDENCE.has(m.kind)) continue;
    kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
    leanings.add(m.leaning);
  }
  for (const [k, n] of kinds) f.add(`k:${k}`, n > 1 ? 1.5 : 1);
  for (const l of leanings) f.add(`l:${l}`);
  if (kinds.size === 0) f.add('k:-');
  // What the client asked for matters only through how the reply meets it: a request alone says
  // nothing about the reply, and "any ask at all" (ctx_request_general) is too common in real talk.
  const directive = leanings.has('assertive') || leanings.has('aggressive') || leanings.has('passive');
  for (const r of requests) {
    if (r === GENERAL_REQUEST) continue;
    if (!directive) f.add(`r:${r}|follow`);
    for (const l of leanings) f.add(`r:${r}|l:${l}`);
  }

  const gated = markers.filter((m) => CONTEXT_GATED.has(m.kind));
  const toks = tokenize(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const n = Math.min(toks.length, MAX_TOKENS);
  if (n > 0) {
    const s = 1 / Math.sqrt(n);
    let prev = '<s>';
    let g = 0;
    for (let i = 0; i < n; i++) {
      const t = toks[i];
      while (g < gated.length && gated[g].end <= t.start) g++;
      if (g < gated.length && gated[g].start <= t.start) continue;
      const w = t.norm;
      if (prev === '<s>') f.add(`first:${w}`);
      f.add(`w:${w}`, s);
      f.add(`b:${prev} ${w}`, s);
      prev = w;
    }
  }
  let q = 0;
  for (let i = 0; i < text.length && i < MAX_CHARS; i++) if (text.charCodeAt(i) === 63) q++;
  if (q > 0) f.add('shape:question', q > 1 ? 1.5 : 1);
  return f.build(false);
}
