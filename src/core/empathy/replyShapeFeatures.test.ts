import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { detectEmpathyCues } from './detectCues.js';
import { hashString } from '../text/hash.js';
import { replyShapeFeatures, replyShapeHashes } from './replyShapeFeatures.js';
import { contentStems } from './specificity.js';

const empty: Lexicon = { name: 'empty', source: 'test', entries: [] };
const WORDS = loadWordListsOrThrow().empathy;
const features = (text: string, other = '') => {
  const scan = detectEmpathyCues(text, empty, contentStems(other));
  return replyShapeFeatures(scan, contentStems(other), scan.tokens, WORDS);
};

describe('replyShapeFeatures', () => {
  it('marks a "you" statement that takes up the client’s words as reflection-like', () => {
    expect(features("Mm-hmm. So you've cut down on the drinking a lot.", 'I cut down my drinking a lot this month.')).toContain('mi:s:you:overlap:1');
    expect(features('The clinic opens at nine.', 'I cut down my drinking a lot this month.')).not.toContain('mi:s:you:overlap:1');
    expect(features('The clinic opens at nine.', 'I cut down my drinking.')).toContain('mi:s:overlap:0');
  });

  it('tells open questions about the inner life from screening questions', () => {
    expect(features('What makes it important to you right now?')).toContain('mi:q:open:inner');
    expect(features('How many drinks do you have on a weekend?')).toContain('mi:q:open:screen');
    expect(features('How many drinks do you have on a weekend?')).not.toContain('mi:q:open:inner');
    expect(features('Okay. Do you smoke?')).toContain('mi:q:closed');
  });

  it('reads how much the other person said', () => {
    expect(features('Okay.', '')).toContain('mi:other:0');
    expect(features('Okay.', 'Yeah, the whole thing with my sister, her husband, the kids and the money has been wearing me down at work and at home.')).toContain('mi:other:3');
  });

  it('gives each name once, guards last; replyShapeHashes gives their hashes in the same order', () => {
    const other = contentStems('I cut down my drinking a lot this month.');
    const texts = ["So you've cut down a lot. You cut down. How many drinks? How many days? Is that right?", 'What makes it matter? You said you cut down.', '', 'Okay.'];
    for (const text of texts) {
      const base = detectEmpathyCues(text, empty, other);
      const scan = { ...base, guarded: new Map([[0, new Set(['er', 'ip'])], [1, new Set(['ip', 'reflection'])]]) };
      const names = replyShapeFeatures(scan, other, scan.tokens, WORDS);
      expect(new Set(names).size).toBe(names.length);
      expect(names.slice(-3)).toEqual(['mi:guard:er', 'mi:guard:ip', 'mi:guard:reflection']);
      const hashes: number[] = [];
      replyShapeHashes(scan, other, scan.tokens, WORDS, (h) => hashes.push(h));
      expect(hashes).toEqual(names.map((n) => hashString(n)));
    }
    const repeated = features("You cut down. You cut down. You cut down.", 'I cut down my drinking.');
    expect(repeated.filter((n) => n === 'mi:s:you:overlap:1')).toHaveLength(1);
  });
});
