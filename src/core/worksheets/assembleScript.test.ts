import { describe, expect, it } from 'vitest';
import { assembleScript } from './assembleScript.js';

describe('assembleScript', () => {
  it('DEAR MAN: the spoken parts in order, each a sentence; how-to notes left out', () => {
    expect(
      assembleScript('dear_man', {
        negotiate: 'how about a call instead?',
        describe: '  you came home at 11   without texting ',
        mindful: "I'd still like a text.",
        express: 'I felt worried',
        assert: 'Could you text me next time?',
        appear_confident: 'steady voice',
      }),
    ).toBe('You came home at 11 without texting. I felt worried. Could you text me next time? How about a call instead?');
  });

  it('"I" statement: one sentence, leads not doubled when typed, missing parts left out', () => {
    const expected = "I feel hurt when plans change on the day because I had set the evening aside, and I'd like a message the day before.";
    expect(assembleScript('i_statement', { feeling: 'hurt', when: 'plans change on the day', because: 'I had set the evening aside', like: 'a message the day before' })).toBe(expected);
    expect(assembleScript('i_statement', { feeling: 'I feel hurt.', when: 'When plans change on the day,', because: 'because I had set the evening aside', like: "and I'd like a message the day before." })).toBe(expected);
    expect(assembleScript('i_statement', { feeling: 'worried', like: 'a text' })).toBe("I feel worried, and I'd like a text.");
    expect(assembleScript('i_statement', { when: 'you leave without saying' })).toBe('When you leave without saying.');
    expect(assembleScript('i_statement', {})).toBe('');
  });

  it('keeps the end punctuation people typed and adds a full stop where there is none', () => {
    expect(assembleScript('give', { gentle: 'Can we talk?', easy: 'no rush!' })).toBe('Can we talk? No rush!');
    expect(assembleScript('fast', { fair: '  ', values: 'honesty matters to me' })).toBe('Honesty matters to me.');
  });
});
