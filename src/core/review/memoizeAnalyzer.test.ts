import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../analyzeUtterance.js';
import type { UtteranceAnalysis, UtteranceInput } from '../types.js';
import { memoizeAnalyzer } from './memoizeAnalyzer.js';

/** A fake analyser that records its inputs (the memo's behaviour does not depend on what it returns). */
function recording() {
  const seen: UtteranceInput[] = [];
  const analyze = (input: UtteranceInput) => {
    seen.push(input);
    return { text: input.text, speaker: input.speaker } as UtteranceAnalysis;
  };
  const analyzer: Analyzer = { analyze, analyzeMany: (xs) => Array.from(xs, analyze) };
  return { analyzer, seen };
}

describe('memoizeAnalyzer', () => {
  it('analyses the same speaker, text and read context once', () => {
    const { analyzer, seen } = recording();
    const memo = memoizeAnalyzer(analyzer);
    const ctx = [{ speaker: 'client' as const, text: 'a' }, { speaker: 'client' as const, text: 'b' }, { speaker: 'therapist' as const, text: 'c' }];
    const first = memo.analyze({ speaker: 'therapist', text: 'Hi', context: ctx });
    // An older turn beyond the three the analyser reads changes nothing.
    expect(memo.analyze({ speaker: 'therapist', text: 'Hi', context: [{ speaker: 'client', text: 'old' }, ...ctx] })).toBe(first);
    expect(seen).toHaveLength(1);
  });

  it('analyses again when the speaker, the text or the context differ', () => {
    const { analyzer, seen } = recording();
    const memo = memoizeAnalyzer(analyzer);
    memo.analyze({ speaker: 'therapist', text: 'Hi' });
    memo.analyze({ speaker: 'client', text: 'Hi' });
    memo.analyze({ speaker: 'therapist', text: 'Hi.' });
    memo.analyze({ speaker: 'therapist', text: 'Hi', context: [{ speaker: 'client', text: 'x' }] });
    memo.analyze({ speaker: 'therapist', text: 'Hi', context: [{ speaker: 'person', text: 'x' }] });
    memo.analyzeMany([{ speaker: 'therapist', text: 'Hi' }]);
    expect(seen).toHaveLength(5);
  });
});
