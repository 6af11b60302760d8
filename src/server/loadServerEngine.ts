import { createAnalyzer } from '../core/analyzeUtterance.js';
import { markerKindsOf } from '../core/practice/markerKinds.js';
import type { Problem, Result } from '../core/problem.js';
import type { Config } from '../config/config.js';
import { loadInstruments } from '../io/loadInstruments.js';
import { loadResources } from '../io/loadResources.js';
import { loadScenarios } from '../io/loadScenarios.js';
import type { ServerEngine } from './serverTypes.js';

export interface EngineSources {
  /** Scenario files or folders (default: the shipped library). */
  scenarios?: string | readonly string[];
  /** The questionnaires' folder (default: the shipped data/instruments). */
  instrumentsDir?: string;
}

/**
 * Everything the server analyses and scores with, loaded and validated once: the lexicons and models,
 * the scenario library (marker kinds checked against the lexicons) and the questionnaires. Any problem
 * in the shipped data stops the start: serving with part of the library would hide a packaging fault.
 */
export function loadServerEngine(config: Pick<Config, 'lexiconsDir' | 'modelsDir'>, sources: EngineSources = {}): Result<ServerEngine> {
  const resources = loadResources(config);
  if (!resources.ok) return resources;
  const scenarios = loadScenarios(sources.scenarios ?? undefined, { markerKinds: markerKindsOf(resources.value) });
  const instruments = loadInstruments(sources.instrumentsDir);
  const problems: Problem[] = [...scenarios.problems, ...(instruments.ok ? [] : instruments.problems)];
  if (problems.length || !instruments.ok) return { ok: false, problems };
  return {
    ok: true,
    value: { analyzer: createAnalyzer(resources.value), resources: resources.value, scenarios: scenarios.scenarios.map((s) => s.scenario), instruments: instruments.value },
  };
}
