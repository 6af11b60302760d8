import type { Analyzer } from '../analyzeUtterance.js';
import type { UtteranceAnalysis, UtteranceInput } from '../types.js';

/** Context turns the analyser reads (older ones change nothing), so the key stops there too. */
const CONTEXT_TURNS = 3;

/**
 * An analyser that remembers its results for one job: role inference analyses a sample of turns as a
 * therapist's, and the review then analyses the therapist's turns again with the same context; the
 * second time is free. Keyed on speaker, text and the context the analyser reads.
 */
export function memoizeAnalyzer(analyzer: Analyzer): Analyzer {
  const seen = new Map<string, UtteranceAnalysis>();
  const analyze = (input: UtteranceInput): UtteranceAnalysis => {
    const context = (input.context ?? []).slice(-CONTEXT_TURNS);
    const key = [input.id ?? '', input.speaker, input.text, ...context.flatMap((t) => [t.speaker, t.text])].join('\u0000');
    let hit = seen.get(key);
    if (!hit) {
      hit = analyzer.analyze(input);
      seen.set(key, hit);
    }
    return hit;
  };
  return { analyze, analyzeMany: (inputs) => Array.from(inputs, analyze) };
}
