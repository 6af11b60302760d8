import type { Analyzer } from '../core/analyzeUtterance.js';
import type { Resources } from '../core/resources.js';

/** What every command analyses with: the data files loaded once and the analyser bound to them. */
export interface Engine {
  analyzer: Analyzer;
  resources: Resources;
}
