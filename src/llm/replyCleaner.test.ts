import { describe, expect, it } from 'vitest';
import { cleanReply, createReplyCleaner } from './replyCleaner.js';

/** The pieces the cleaner returns for a reply split at every point, joined. */
function streamedAt(text: string, name: string, cut: number): { joined: string; pieces: string[] } {
  const c = createReplyCleaner(name);
  const pieces = [c.push(text.slice(0, cut)), c.push(text.slice(cut)), c.end()];
  return { joined: pieces.join(''), pieces };
}

const CASES: Array<[string, string]> = [
  ['I suppose it is the evenings.', 'I suppose it is the evenings.'],
  ['  \n I suppose so.  \n', 'I suppose so.'],
  ['Ruth: I suppose so.', 'I suppose so.'],
  ['**Ruth:** I suppose so.', 'I suppose so.'],
  ['ruth:I suppose so.', 'I suppose so.'],
  ['"I suppose so."', 'I suppose so.'],
  ['Ruth: “It is silly, really.”', 'It is silly, really.'],
  ['<think>She is guarded, so keep it short.</think>\n\nIt is only the sleeping.', 'It is only the sleeping.'],
  ['<think>x</think>Ruth: "Fine."', 'Fine.'],
  ['He said "no" and left.', 'He said "no" and left.'],
  ['I said "no"', 'I said "no"'],
  ['Ruthless people, I suppose.', 'Ruthless people, I suppose.'],
  ['<thinking is hard>', '<thinking is hard>'],
  ['<think>never closed', ''],
  ['   ', ''],
];

describe('replyCleaner', () => {
  it('keeps only the spoken words', () => {
    for (const [input, expected] of CASES) expect(cleanReply(input, 'Ruth'), input).toBe(expected);
  });

  it('gives the same text however the reply is split, and shows no held-back part early', () => {
    for (const [input, expected] of CASES) {
      for (let cut = 0; cut <= input.length; cut++) {
        const { joined, pieces } = streamedAt(input, 'Ruth', cut);
        expect(joined, `${JSON.stringify(input)} cut at ${cut}`).toBe(expected);
        // Nothing shown is taken back: every prefix of what is shown starts the final text.
        expect(expected.startsWith(pieces[0] + pieces[1]), `${JSON.stringify(input)} cut at ${cut}`).toBe(true);
      }
    }
  });

  it('streams the body as it comes once the beginning is decided', () => {
    const c = createReplyCleaner('Mark');
    expect(c.push('Mark: ')).toBe('');
    expect(c.push('Look, ')).toBe('Look,');
    expect(c.push('I need ')).toBe(' I need');
    expect(c.push('this.')).toBe(' this.');
    expect(c.end()).toBe('');
  });

  it('copes with a name that has regex characters', () => {
    expect(cleanReply('Dr. (Ann): Hello.', 'Dr. (Ann)')).toBe('Hello.');
  });
});
