import type { Lexicon } from './lexicon/lexicon.js';
import type { LinearModel } from './model/linearModel.js';
import type { SuggestionTemplates } from './suggest/suggestionTemplates.js';

/**
 * Everything the analysis core reads from data files, already validated. The outer layers load it
 * (src/io/loadResources.ts in Node, a bundler import in the browser) and hand it in.
 */
export interface Resources {
  /** By lexicon name, e.g. "style-markers". */
  lexicons: Record<string, Lexicon>;
  /** By task name, e.g. "mi-behaviour". */
  models: Record<string, LinearModel>;
  /** The wording of suggested rewrites (data/suggestions/templates.json); without it no example rewrites are offered. */
  suggestions?: SuggestionTemplates;
}
