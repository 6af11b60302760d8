/**
 * The typed library API of attune for Node programs.
 *
 *   import { analyzeUtterance } from 'attune';
 *   const a = analyzeUtterance({ speaker: 'client', text: 'I guess it is probably just me.' });
 *
 * Without `resources`, the shipped lexicons and models are loaded once, on first use. In the browser,
 * import `createAnalyzer` from the core and hand it resources bundled with the page.
 */
import { createAnalyzer, type Analyzer } from './core/analyzeUtterance.js';
import type { Resources } from './core/resources.js';
import type { UtteranceAnalysis, UtteranceInput } from './core/types.js';
import { loadResourcesOrThrow } from './io/loadResources.js';

export * from './core/types.js';
export type { Problem, ProblemCode, Result } from './core/problem.js';
export type { Resources } from './core/resources.js';
export type { Analyzer } from './core/analyzeUtterance.js';
export { createAnalyzer } from './core/analyzeUtterance.js';
export { parseUtteranceInput } from './core/input/parseUtteranceInput.js';
export { loadResources } from './io/loadResources.js';
export { analysisRecord } from './present/analysisRecord.js';

let shipped: Analyzer | undefined;
const analyzerFor = (resources?: Resources): Analyzer =>
  resources ? createAnalyzer(resources) : (shipped ??= createAnalyzer(loadResourcesOrThrow()));

/** Analyses one utterance (with optional earlier turns in `input.context`). */
export function analyzeUtterance(input: UtteranceInput, resources?: Resources): UtteranceAnalysis {
  return analyzerFor(resources).analyze(input);
}

/** Batch form: analyses in order, loading resources once. */
export function analyzeUtterances(inputs: Iterable<UtteranceInput>, resources?: Resources): UtteranceAnalysis[] {
  return analyzerFor(resources).analyzeMany(inputs);
}
