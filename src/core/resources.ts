import type { Lexicon } from './lexicon/lexicon.js';
import type { WordLists } from './lexicon/wordLists.js';
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
  /**
   * The featurizers' closed-class word lists (data/word-lists.json). Optional so that a detector that
   * does not read them can be given resources without them; the analyser (createAnalyzer) and the
   * empathy models require them (requireWordLists).
   */
  wordLists?: WordLists;
}
