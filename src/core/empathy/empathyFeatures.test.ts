import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hashString } from '../text/hash.js';
import { detectEmpathyCues } from './detectCues.js';
import { EMPATHY_FEATURE_DIM, empathyFeatures } from './empathyFeatures.js';
import { contentStems } from './specificity.js';

const empty: Lexicon = { name: 'empty', source: 'test', entries: [] };
const WORDS = loadWordListsOrThrow().empathy;
const bucketOf = (name: string) => hashString(name) & (EMPATHY_FEATURE_DIM - 1);

describe('empathyFeatures', () => {
  const other = contentStems('I have been so tired at work.');
  const text = `So you feel tired. ${'Work has been a lot lately and it keeps going. '.repeat(6)}What do you think?`;
  const scan = detectEmpathyCues(text, empty, other);
  const xs = empathyFeatures(scan, { er: 2, ip: 0, ex: 12 }, other, ['full', 'cues'], WORDS);

  it('hashes the names it would build (levels and buckets of one or two digits, openings of two words)', () => {
    const full = xs.full!.ex.indices;
    const words = Math.min(Math.floor(scan.tokens.length / 5), 12);
    expect(words).toBeGreaterThanOrEqual(10);
    for (const name of ['bias', 'rule:er:2', 'rule:ip:0', 'rule:ex:12', 'rule:self:12', `shape:tokens:${words}`, 'shape:questions:1', 'w:tired', 'open:so you', 'open:what do', 'own:n:0', 'mi:other:1']) {
      expect(full, name).toContain(bucketOf(name));
    }
    expect(xs.full!.er.indices).toContain(bucketOf('rule:self:2'));
  });

  it('leaves the lexical features out of the cues variant', () => {
    expect(xs.cues!.ex.indices).not.toContain(bucketOf('w:tired'));
    expect(xs.cues!.ex.indices.length).toBeLessThan(xs.full!.ex.indices.length);
  });
});
