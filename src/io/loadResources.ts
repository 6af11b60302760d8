import fs from 'node:fs';
import path from 'node:path';
import { parseLexicon, type Lexicon } from '../core/lexicon/lexicon.js';
import { parseWordLists, type WordLists } from '../core/lexicon/wordLists.js';
import { parseLinearModel } from '../core/model/linearModel.js';
import type { Problem, Result } from '../core/problem.js';
import type { Resources } from '../core/resources.js';
import { parseSuggestionTemplates, type SuggestionTemplates } from '../core/suggest/suggestionTemplates.js';
import { DEFAULT_PATHS, PACKAGE_ROOT } from './paths.js';

function readJson(file: string): Result<unknown> {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, problems: [{ code: 'file_unreadable', message: (err as Error).message, source: file }] };
  }
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (err) {
    return { ok: false, problems: [{ code: 'invalid_json', message: (err as Error).message, source: file }] };
  }
}

function jsonFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

const formatProblems = (problems: readonly Problem[]) =>
  problems.map((p) => `${p.source ?? ''} ${p.path ?? ''}: ${p.message}${p.value ? ` (${p.value})` : ''}`).join('\n');

/**
 * Base64 by Node's native decoder, a few times faster than atob at start-up; only for canonical
 * base64 (what the trainer writes), which both decode alike: anything else is left to the core (null).
 */
function decodeCanonicalBase64(b64: string): Uint8Array | null {
  const bytes = Buffer.from(b64, 'base64');
  return bytes.toString('base64') === b64 ? bytes : null;
}

/** One lexicon file, read and validated. */
export function loadLexiconFile(file: string): Result<Lexicon> {
  const json = readJson(file);
  return json.ok ? parseLexicon(json.value, path.relative(process.cwd(), file) || file) : json;
}

/** For training scripts that need one lexicon by name (so another one being edited cannot stop them). */
export function loadLexiconOrThrow(lexiconsDir: string, name: string): Lexicon {
  const r = loadLexiconFile(path.join(lexiconsDir, `${name}.json`));
  if (!r.ok) throw new Error(formatProblems(r.problems));
  return r.value;
}

/** The shipped wording of suggested rewrites. */
export const DEFAULT_SUGGESTIONS_FILE = path.join(PACKAGE_ROOT, 'data', 'suggestions', 'templates.json');

/** The suggestion templates file, read and validated. */
export function loadSuggestionsFile(file: string): Result<SuggestionTemplates> {
  const json = readJson(file);
  return json.ok ? parseSuggestionTemplates(json.value, path.relative(process.cwd(), file) || file) : json;
}

/** The shipped closed-class word lists of the featurizers. */
export const DEFAULT_WORD_LISTS_FILE = path.join(PACKAGE_ROOT, 'data', 'word-lists.json');

/** The featurizers' word lists file, read and validated. */
export function loadWordListsFile(file: string): Result<WordLists> {
  const json = readJson(file);
  return json.ok ? parseWordLists(json.value, path.relative(process.cwd(), file) || file) : json;
}

/** For training scripts: the word lists (default: the shipped file) or throw with every problem listed. */
export function loadWordListsOrThrow(file: string = DEFAULT_WORD_LISTS_FILE): WordLists {
  const r = loadWordListsFile(file);
  if (!r.ok) throw new Error(formatProblems(r.problems));
  return r.value;
}

export interface ResourceDirs {
  lexiconsDir: string;
  modelsDir: string;
  /** The suggestion templates file (default: the shipped data/suggestions/templates.json). */
  suggestionsFile?: string;
  /** The featurizers' word lists (default: the shipped data/word-lists.json); the models were trained with them. */
  wordListsFile?: string;
}

/**
 * What to load, for a command that needs less than everything (`attune code` analyses utterances: it
 * needs neither the safety, alliance and worksheet lexicons nor the suggestion templates, and reading
 * and validating them costs its start-up time).
 */
export interface ResourceSelection {
  /**
   * Only these lexicons, by name (default: every lexicon file). A lexicon is looked for in
   * `<name>.json`; if one is not found there, the other files are read too, as without a selection.
   */
  lexicons?: readonly string[];
  /** Whether to load the suggestion templates (default true). */
  suggestions?: boolean;
}

/**
 * The one function that reads the core's data files: every lexicon in `lexiconsDir` (or those
 * `select`ed), every model in `modelsDir`, the featurizers' word lists and the suggestion templates
 * (unless `select`ed out), each validated; problems name the file, the field and the bad value.
 */
export function loadResources(dirs: ResourceDirs = DEFAULT_PATHS, select: ResourceSelection = {}): Result<Resources> {
  const problems: Problem[] = [];
  const resources: Resources = { lexicons: {}, models: {} };
  const files = jsonFiles(dirs.lexiconsDir);
  const loadLexicons = (which: string[]) => {
    for (const file of which) {
      const lex = loadLexiconFile(file);
      if (lex.ok) resources.lexicons[lex.value.name] = lex.value;
      else problems.push(...lex.problems);
    }
  };
  if (select.lexicons) {
    const wanted = new Set(select.lexicons.map((name) => `${name}.json`));
    loadLexicons(files.filter((f) => wanted.has(path.basename(f))));
    // A lexicon in a file not named after it: read the others, in order, as an unselected load would.
    if (select.lexicons.some((name) => !(name in resources.lexicons))) {
      for (const name of Object.keys(resources.lexicons)) delete resources.lexicons[name];
      problems.length = 0;
      loadLexicons(files);
    }
  } else loadLexicons(files);
  for (const file of jsonFiles(dirs.modelsDir)) {
    const json = readJson(file);
    if (!json.ok) { problems.push(...json.problems); continue; }
    const model = parseLinearModel(json.value, path.relative(process.cwd(), file) || file, undefined, decodeCanonicalBase64);
    if (model.ok) resources.models[model.value.task] = model.value;
    else problems.push(...model.problems);
  }
  const wordLists = loadWordListsFile(dirs.wordListsFile ?? DEFAULT_WORD_LISTS_FILE);
  if (wordLists.ok) resources.wordLists = wordLists.value;
  else problems.push(...wordLists.problems);
  if (select.suggestions !== false) {
    const suggestions = loadSuggestionsFile(dirs.suggestionsFile ?? DEFAULT_SUGGESTIONS_FILE);
    if (suggestions.ok) resources.suggestions = suggestions.value;
    else problems.push(...suggestions.problems);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: resources };
}

/** For tests and scripts: load the shipped resources or throw with every problem listed. */
export function loadResourcesOrThrow(dirs?: ResourceDirs, select?: ResourceSelection): Resources {
  const r = loadResources(dirs, select);
  if (!r.ok) throw new Error(formatProblems(r.problems));
  return r.value;
}
