import { createAnalyzer, type Analyzer } from '../core/analyzeUtterance.js';
import type { Resources } from '../core/resources.js';
import type { ReviewTurn, Role } from '../core/review/reviewTypes.js';
import type { Speaker, Turn } from '../core/types.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';

/** The analysis context of a turn, as the review reads transcripts: the previous three turns. */
const CONTEXT_TURNS = 3;

const SPEAKER_OF: Record<Role, Speaker> = { therapist: 'therapist', client: 'client', other: 'person' };
const NAME_OF: Record<Role, string> = { therapist: 'T', client: 'C', other: 'O' };

let shared: { resources: Resources; analyzer: Analyzer } | null = null;

/** The shipped resources and an analyser bound to them, loaded once per test file. */
export function reviewResources(): Resources {
  if (!shared) {
    const resources = loadResourcesOrThrow();
    shared = { resources, analyzer: createAnalyzer(resources) };
  }
  return shared.resources;
}

/**
 * ReviewTurns for a test transcript given as `[role, text]` pairs, each analysed by the real analyser
 * with the previous three turns as context (as the review does). Lines are numbered from 1.
 */
export function reviewTurns(pairs: ReadonlyArray<readonly [Role, string]>, resources?: Resources): ReviewTurn[] {
  const analyzer = resources ? createAnalyzer(resources) : (reviewResources(), shared!.analyzer);
  const turns: ReviewTurn[] = [];
  const said: Turn[] = [];
  pairs.forEach(([role, text], index) => {
    const speaker = SPEAKER_OF[role];
    const analysis = analyzer.analyze({ speaker, text, context: said.slice(-CONTEXT_TURNS) });
    turns.push({ index, speaker: NAME_OF[role], role, text, line: index + 1, analysis });
    said.push({ speaker, text });
  });
  return turns;
}

/** `turns` repeated to `count` turns and re-indexed: a long session from a few analysed ones (for timing). */
export function repeatTurns(turns: readonly ReviewTurn[], count: number): ReviewTurn[] {
  return Array.from({ length: count }, (_, index) => ({ ...turns[index % turns.length], index, line: index + 1 }));
}

/** The fastest of `runs` timings of `run` in milliseconds (timing tests share the machine: take the best). */
export function bestTime(run: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
