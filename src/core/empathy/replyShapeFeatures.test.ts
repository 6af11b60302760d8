import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../lexicon/lexicon.js';
import { detectEmpathyCues } from './detectCues.js';
import { replyShapeFeatures } from './replyShapeFeatures.js';
import { contentStems } from './specificity.js';

const empty: Lexicon = { name: 'empty', source: 'test', entries: [] };
const features = (text: string, other = '') => {
  const scan = detectEmpathyCues(text, empty, contentStems(other));
  return replyShapeFeatures(scan, contentStems(other), scan.tokens);
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
});
