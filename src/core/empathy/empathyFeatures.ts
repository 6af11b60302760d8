import type { EmpathyWordLists } from '../lexicon/wordLists.js';
import { fnvStep, type FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { EMPATHY_MECHANISMS, type EmpathyMechanism } from '../types.js';
import type { CueScan } from './detectCues.js';
import { replyShapeHashes } from './replyShapeFeatures.js';
import { firstTokenAt } from './specificity.js';

/** Names the featurizer below; a model trained on another version is refused at load time. */
export const EMPATHY_FEATURE_SET = 'empathy-cues-v2';
export const EMPATHY_FEATURE_DIM = 1 << 14;
/**
 * Which features a model reads, chosen per mechanism by the training task and stored in its
 * `meta.features`: `full` adds light lexical features (words, sentence openings) to the `cues`
 * (cue, structure and shape features), which transfer better between kinds of talk.
 */
export const FEATURE_VARIANTS = ['full', 'cues'] as const;
export type FeatureVariant = (typeof FEATURE_VARIANTS)[number];

export function featureVariant(meta: Record<string, unknown>): FeatureVariant {
  return FEATURE_VARIANTS.includes(meta.features as FeatureVariant) ? (meta.features as FeatureVariant) : 'full';
}

const bucket = (n: number, cap: number) => Math.min(n, cap);
// Light lexical features read only the start of a long text: enough for a reply, bounded for a blob.
const LEXICAL_CHARS = 2000;

/**
 * Features for the learned refinement of each mechanism's level, for each requested variant: the cues
 * found (kind, role, rule level, specificity of the strongest), the rule levels of all three mechanisms,
 * the shape of the reply (length, sentences, questions), its MI shape against the other person's last
 * turn (`otherStems` and the closed-class `words`, see replyShapeFeatures.ts) and, in `full`, light
 * lexical features (words, sentence openings). Each part is hashed once and the vectors are
 * concatenations of parts (a name repeated across parts simply adds up in scoring).
 */
export function empathyFeatures(
  scan: CueScan,
  ruleLevels: Readonly<Record<EmpathyMechanism, number>>,
  otherStems: ReadonlySet<string>,
  variants: readonly FeatureVariant[],
  words: EmpathyWordLists,
): Partial<Record<FeatureVariant, Record<EmpathyMechanism, FeatureVector>>> {
  // Names are hashed without being built (FNV-1a is a stream: a name "prefix" + rest is the prefix's
  // hash continued by the rest); the comments give the names.
  const shared = new SparseAccumulator();
  shared.addHash(H_BIAS); // bias
  for (let i = 0; i < EMPATHY_MECHANISMS.length; i++) shared.addHash(withNumber(H_RULE[i], ruleLevels[EMPATHY_MECHANISMS[i]])); // rule:<m>:<level>
  for (const c of scan.cues) shared.addHash(hashString(c.entry.kind, H_CUE)); // cue:<kind>
  let questions = 0;
  for (const q of scan.questions) if (q) questions++;
  shared.addHash(withNumber(H_SENTENCES, bucket(scan.sentences.length, 5))); // shape:sentences:<n>
  shared.addHash(withNumber(H_QUESTIONS, bucket(questions, 3))); // shape:questions:<n>
  const nTokens = firstTokenAt(scan.tokens, LEXICAL_CHARS);
  const tokens = nTokens === scan.tokens.length ? scan.tokens : scan.tokens.slice(0, nTokens);
  shared.addHash(withNumber(H_TOKENS, bucket(Math.floor(tokens.length / 5), 12))); // shape:tokens:<n>
  replyShapeHashes(scan, otherStems, tokens, words, (h) => shared.addHash(h));

  const lexical = new SparseAccumulator();
  if (variants.includes('full')) {
    const seen = new Set<string>();
    for (const t of tokens) {
      if (seen.has(t.norm)) continue;
      seen.add(t.norm);
      lexical.addHash(hashString(t.norm, H_W), 0.5); // w:<word>
    }
    // Sentence openings ("so you", "what do"): the first two tokens at or after each sentence start.
    let k = 0;
    for (const s of scan.sentences) {
      while (k < tokens.length && tokens[k].start < s.start) k++;
      if (k >= tokens.length) break;
      if (tokens[k].start >= s.end) continue;
      const h = hashString(tokens[k].norm, H_OPEN); // open:<w1>[ <w2>]
      lexical.addHash(k + 1 < tokens.length && tokens[k + 1].start < s.end ? hashString(tokens[k + 1].norm, fnvStep(h, 32)) : h, 0.5);
    }
  }

  const own = {} as Record<EmpathyMechanism, SparseAccumulator>;
  for (const m of EMPATHY_MECHANISMS) {
    const f = (own[m] = new SparseAccumulator());
    f.addHash(withNumber(H_RULE_SELF, ruleLevels[m])); // rule:self:<level>
    let best = -1;
    const sentencesWith = new Set<number>();
    for (let i = 0; i < scan.cues.length; i++) {
      const c = scan.cues[i];
      if (c.mechanism !== m) continue;
      sentencesWith.add(c.sentence);
      f.addHash(withNumber(fnvStep(hashString(c.entry.kind, H_OWN), COLON), c.level)); // own:<kind>:<level>
      f.addHash(hashString(c.role, H_OWN_ROLE)); // own:role:<role>
      const b = best < 0 ? null : scan.cues[best];
      if (!b || c.level > b.level || (c.level === b.level && c.spec.content > b.spec.content)) best = i;
    }
    f.addHash(withNumber(H_OWN_N, bucket(sentencesWith.size, 3))); // own:n:<n>
    if (best >= 0) {
      const c = scan.cues[best];
      f.addHash(withNumber(H_BEST_CONTENT, bucket(c.spec.content, 8))); // best:content:<n>
      f.addHash(withNumber(H_BEST_TOKENS, bucket(Math.floor(c.spec.tokens / 2), 10))); // best:tokens:<n>
      f.addHash(withNumber(H_BEST_OVERLAP, bucket(c.spec.overlap, 3))); // best:overlap:<n>
      if (c.feeling) f.addHash(H_BEST_FEELING); // best:feeling
      f.addHash(withNumber(hashString(':content:', hashString(c.role, H_BEST)), bucket(c.spec.content, 6))); // best:<role>:content:<n>
    }
  }
  const out: Partial<Record<FeatureVariant, Record<EmpathyMechanism, FeatureVector>>> = {};
  for (const v of variants) {
    const parts = v === 'full' ? [shared, lexical] : [shared];
    const r = {} as Record<EmpathyMechanism, FeatureVector>;
    for (const m of EMPATHY_MECHANISMS) r[m] = SparseAccumulator.concat([...parts, own[m]]);
    out[v] = r;
  }
  return out;
}

const COLON = 58;
const H_BIAS = hashString('bias');
const H_RULE = EMPATHY_MECHANISMS.map((m) => hashString(`rule:${m}:`));
const H_RULE_SELF = hashString('rule:self:');
const H_CUE = hashString('cue:');
const H_SENTENCES = hashString('shape:sentences:');
const H_QUESTIONS = hashString('shape:questions:');
const H_TOKENS = hashString('shape:tokens:');
const H_W = hashString('w:');
const H_OPEN = hashString('open:');
const H_OWN = hashString('own:');
const H_OWN_ROLE = hashString('own:role:');
const H_OWN_N = hashString('own:n:');
const H_BEST = hashString('best:');
const H_BEST_CONTENT = hashString('best:content:');
const H_BEST_TOKENS = hashString('best:tokens:');
const H_BEST_OVERLAP = hashString('best:overlap:');
const H_BEST_FEELING = hashString('best:feeling');

/** hashString(String(n), h): single digits (levels, buckets) without building the string. */
function withNumber(h: number, n: number): number {
  if (n >= 0 && n <= 9 && Number.isInteger(n)) return fnvStep(h, 48 + n);
  return hashString(String(n), h);
}

/** Hashed features in insertion order, without merging (repeats add up in scoring). */
class SparseAccumulator {
  readonly indices: number[] = [];
  readonly values: number[] = [];
  addHash(hash: number, value = 1): void {
    this.indices.push(hash & (EMPATHY_FEATURE_DIM - 1));
    this.values.push(value);
  }
  static concat(parts: readonly SparseAccumulator[]): FeatureVector {
    let n = 0;
    for (const p of parts) n += p.indices.length;
    const indices = new Array<number>(n);
    const values = new Array<number>(n);
    let k = 0;
    for (const p of parts) {
      for (let i = 0; i < p.indices.length; i++, k++) {
        indices[k] = p.indices[i];
        values[k] = p.values[i];
      }
    }
    return { indices, values };
  }
}
