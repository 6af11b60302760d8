import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../lexicon/lexicon.js';
import { detectEmpathyCues } from './detectCues.js';
import { contentStems } from './specificity.js';

const parsed = parseLexicon(JSON.parse(fs.readFileSync(new URL('../../../data/lexicons/empathy-cues.json', import.meta.url), 'utf8')), 'empathy-cues.json');
if (!parsed.ok) throw new Error('lexicon');
const lexicon = parsed.value;
const kinds = (text: string, other = '') => detectEmpathyCues(text, lexicon, contentStems(other)).cues.map((c) => [c.entry.kind, c.level, text.slice(c.start, c.end)]);

describe('detectEmpathyCues', () => {
  it('counts a reflection only when it opens a statement', () => {
    expect(kinds('You keep going over it.').map((k) => k[0])).toContain('ip_reflection');
    expect(kinds('Did you keep going over it?').map((k) => k[0])).not.toContain('ip_reflection');
    expect(kinds('I think you keep going over it.').map((k) => k[0])).not.toContain('ip_reflection');
    expect(kinds('You should try going to the gym.').map((k) => k[0])).not.toContain('ip_reflection');
  });

  it('keeps a reflection that only ends in a question mark, drops interpretations inside real questions', () => {
    expect(kinds('So you think it began after the holiday?').map((k) => k[0])).toContain('ip_reflection');
    expect(kinds('Do you think it began after the holiday?').map((k) => k[0])).not.toContain('ip_reflection');
    expect(kinds('What feels like the hardest part about picking a day?').map((k) => k[0])).toEqual(['ex_question_open']);
  });

  it('counts a wh-word only when it opens a clause of a question', () => {
    expect(kinds('What happened?')).toEqual([['ex_question_open', 1, 'What']]);
    expect(kinds('aw no 😢 what set it off?').map((k) => k[0])).toContain('ex_question_open');
    expect(kinds('I know what happened.').map((k) => k[0])).not.toContain('ex_question_open');
    expect(kinds('Tell me what happened?').map((k) => k[0])).not.toContain('ex_question_open');
  });

  it('keeps closed questions about the other person and drops those about things or logistics', () => {
    expect(kinds('Do you have anyone with you tonight?').map((k) => k[0])).toContain('ex_question_closed');
    expect(kinds('Is it raining there?').map((k) => k[0])).not.toContain('ex_question_closed');
    expect(kinds('Did you bring your sleep diary?')).toEqual([]);
  });

  it('grades a frame by what follows it', () => {
    expect(kinds('It sounds like things have been a lot.').find((k) => k[0] === 'ip_frame')?.[1]).toBe(1);
    expect(kinds('It sounds like you feel invisible at home.').find((k) => k[0] === 'ip_frame')?.[1]).toBe(2);
  });
});
