import { FeatureBuilder, type FeatureVector } from '../model/featureVector.js';
import { hashString } from '../text/hash.js';
import { EMPATHY_MECHANISMS, type EmpathyMechanism } from '../types.js';
import type { CueScan } from './detectCues.js';
import { firstTokenAt } from './specificity.js';

/** Names the featurizer below; a model trained on another version is refused at load time. */
export const EMPATHY_FEATURE_SET = 'empathy-cues-v1';
export const EMPATHY_FEATURE_DIM = 1 << 14;

const bucket = (n: number, cap: number) => String(Math.min(n, cap));
// Light lexical features read only the start of a long text: enough for a reply, bounded for a blob.
const LEXICAL_CHARS = 2000;

/**
 * Features for the learned refinement of each mechanism's level: the cues found (kind, role, rule
 * level, specificity of the strongest), the rule levels of all three mechanisms, the shape of the
 * reply (length, sentences, questions) and light lexical features (words, sentence openings). The
 * part shared by the three mechanisms is computed once.
 */
export function empathyFeatures(scan: CueScan, ruleLevels: Readonly<Record<EmpathyMechanism, number>>): Record<EmpathyMechanism, FeatureVector> {
  const shared: string[] = ['bias'];
  const weak: string[] = [];
  for (const m of EMPATHY_MECHANISMS) shared.push(`rule:${m}:${ruleLevels[m]}`);
  for (const c of scan.cues) shared.push(`cue:${c.entry.kind}`);
  let questions = 0;
  for (const q of scan.questions) if (q) questions++;
  shared.push(`shape:sentences:${bucket(scan.sentences.length, 5)}`, `shape:questions:${bucket(questions, 3)}`);
  const nTokens = firstTokenAt(scan.tokens, LEXICAL_CHARS);
  const tokens = nTokens === scan.tokens.length ? scan.tokens : scan.tokens.slice(0, nTokens);
  shared.push(`shape:tokens:${bucket(Math.floor(tokens.length / 5), 12)}`);
  const seen = new Set<string>();
  for (const t of tokens) {
    if (seen.has(t.norm)) continue;
    seen.add(t.norm);
    weak.push(`w:${t.norm}`);
  }
  // Sentence openings ("so you", "what do"): the first two tokens at or after each sentence start.
  let k = 0;
  for (const s of scan.sentences) {
    while (k < tokens.length && tokens[k].start < s.start) k++;
    if (k >= tokens.length) break;
    if (tokens[k].start >= s.end) continue;
    weak.push(`open:${tokens[k].norm}${k + 1 < tokens.length && tokens[k + 1].start < s.end ? ' ' + tokens[k + 1].norm : ''}`);
  }

  // The shared part is hashed once; each mechanism adds its own features to a copy.
  const base = new FeatureBuilder(EMPATHY_FEATURE_DIM);
  for (const name of shared) base.add(name);
  for (const name of weak) base.add(name, 0.5);
  const common = base.build();
  const out = {} as Record<EmpathyMechanism, FeatureVector>;
  for (const m of EMPATHY_MECHANISMS) {
    const f = new SparseAccumulator(common);
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
    out[m] = f.build();
  }
  return out;
}

/** Per-mechanism features appended to the shared vector (a rare hash collision simply adds up in scoring). */
class SparseAccumulator {
  private readonly indices: number[];
  private readonly values: number[];
  constructor(start: FeatureVector) {
    this.indices = start.indices.slice();
    this.values = start.values.slice();
  }
  add(name: string, value = 1): void {
    this.indices.push(hashString(name) & (EMPATHY_FEATURE_DIM - 1));
    this.values.push(value);
  }
  build(): FeatureVector {
    return { indices: this.indices, values: this.values };
  }
}
