import type { FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { EMPATHY_MECHANISMS, type EmpathyMechanism } from '../types.js';
import type { CueScan } from './detectCues.js';
import { replyShapeFeatures } from './replyShapeFeatures.js';
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

const bucket = (n: number, cap: number) => String(Math.min(n, cap));
// Light lexical features read only the start of a long text: enough for a reply, bounded for a blob.
const LEXICAL_CHARS = 2000;

/**
 * Features for the learned refinement of each mechanism's level, for each requested variant: the cues
 * found (kind, role, rule level, specificity of the strongest), the rule levels of all three mechanisms,
 * the shape of the reply (length, sentences, questions), its MI shape against the other person's last
 * turn (`otherStems`, see replyShapeFeatures.ts) and, in `full`, light lexical features (words, sentence
 * openings). Each part is hashed once and the vectors are concatenations of parts (a name repeated
 * across parts simply adds up in scoring).
 */
export function empathyFeatures(
  scan: CueScan,
  ruleLevels: Readonly<Record<EmpathyMechanism, number>>,
  otherStems: ReadonlySet<string>,
  variants: readonly FeatureVariant[],
): Partial<Record<FeatureVariant, Record<EmpathyMechanism, FeatureVector>>> {
  const shared = new SparseAccumulator();
  shared.add('bias');
  for (const m of EMPATHY_MECHANISMS) shared.add(`rule:${m}:${ruleLevels[m]}`);
  for (const c of scan.cues) shared.add(`cue:${c.entry.kind}`);
  let questions = 0;
  for (const q of scan.questions) if (q) questions++;
  shared.add(`shape:sentences:${bucket(scan.sentences.length, 5)}`);
  shared.add(`shape:questions:${bucket(questions, 3)}`);
  const nTokens = firstTokenAt(scan.tokens, LEXICAL_CHARS);
  const tokens = nTokens === scan.tokens.length ? scan.tokens : scan.tokens.slice(0, nTokens);
  shared.add(`shape:tokens:${bucket(Math.floor(tokens.length / 5), 12)}`);
  for (const name of replyShapeFeatures(scan, otherStems, tokens)) shared.add(name);

  const lexical = new SparseAccumulator();
  if (variants.includes('full')) {
    const seen = new Set<string>();
    for (const t of tokens) {
      if (seen.has(t.norm)) continue;
      seen.add(t.norm);
      lexical.add(`w:${t.norm}`, 0.5);
    }
    // Sentence openings ("so you", "what do"): the first two tokens at or after each sentence start.
    let k = 0;
    for (const s of scan.sentences) {
      while (k < tokens.length && tokens[k].start < s.start) k++;
      if (k >= tokens.length) break;
      if (tokens[k].start >= s.end) continue;
      lexical.add(`open:${tokens[k].norm}${k + 1 < tokens.length && tokens[k + 1].start < s.end ? ' ' + tokens[k + 1].norm : ''}`, 0.5);
    }
  }

  const own = {} as Record<EmpathyMechanism, SparseAccumulator>;
  for (const m of EMPATHY_MECHANISMS) {
    const f = (own[m] = new SparseAccumulator());
    f.add(`rule:self:${ruleLevels[m]}`);
    let best = -1;
    const sentencesWith = new Set<number>();
    for (let i = 0; i < scan.cues.length; i++) {
      const c = scan.cues[i];
      if (c.mechanism !== m) continue;
      sentencesWith.add(c.sentence);
      f.add(`own:${c.entry.kind}:${c.level}`);
      f.add(`own:role:${c.role}`);
      const b = best < 0 ? null : scan.cues[best];
      if (!b || c.level > b.level || (c.level === b.level && c.spec.content > b.spec.content)) best = i;
    }
    f.add(`own:n:${bucket(sentencesWith.size, 3)}`);
    if (best >= 0) {
      const c = scan.cues[best];
      f.add(`best:content:${bucket(c.spec.content, 8)}`);
      f.add(`best:tokens:${bucket(Math.floor(c.spec.tokens / 2), 10)}`);
      f.add(`best:overlap:${bucket(c.spec.overlap, 3)}`);
      if (c.feeling) f.add('best:feeling');
      f.add(`best:${c.role}:content:${bucket(c.spec.content, 6)}`);
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

/** Hashed features in insertion order, without merging (repeats add up in scoring). */
class SparseAccumulator {
  readonly indices: number[] = [];
  readonly values: number[] = [];
  add(name: string, value = 1): void {
    this.indices.push(hashString(name) & (EMPATHY_FEATURE_DIM - 1));
    this.values.push(value);
  }
  static concat(parts: readonly SparseAccumulator[]): FeatureVector {
    const indices: number[] = [];
    const values: number[] = [];
    for (const p of parts) {
      for (const i of p.indices) indices.push(i);
      for (const v of p.values) values.push(v);
    }
    return { indices, values };
  }
}
