import fs from 'node:fs';
import path from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { parseScenario, type Scenario, type ScenarioVocabulary } from '../core/practice/scenario.js';
import type { Problem } from '../core/problem.js';
import { PACKAGE_ROOT } from './paths.js';

/** Where the shipped scenario library lives. */
export const DEFAULT_SCENARIOS_DIR = path.join(PACKAGE_ROOT, 'scenarios');

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

export interface LoadedScenario {
  /** The file as given (or found in a directory). */
  file: string;
  scenario: Scenario;
}

export interface ScenarioLoad {
  /** Every file tried, in order. */
  files: string[];
  /** The scenarios that validated, in file order. */
  scenarios: LoadedScenario[];
  /** Problems of the others: each names the file (`source`), the field (`path`), the line where known. */
  problems: Problem[];
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** The 1-based line of the deepest node on `fieldPath` that the document has. */
function lineOf(doc: Document, lines: LineCounter, fieldPath: string): number | undefined {
  const keys = fieldPath === '' ? [] : fieldPath.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/** Reads, parses and validates one file; problems carry the line of the field where it can be found. */
function loadFile(file: string, vocabulary: ScenarioVocabulary | undefined): { scenario?: Scenario; problems: Problem[] } {
  const source = shown(file);
  let raw: string;
  try {
    if (fs.statSync(file).isDirectory()) throw new Error('is a directory');
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [{ code: 'file_unreadable', message: (err as Error).message.replace(/^[A-Z]+: /, ''), source }] };
  }
  const lines = new LineCounter();
  // JSON is YAML too: one parser gives the positions for both; JSON files must still be strict JSON.
  const doc = parseDocument(raw, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (/\.json$/i.test(file)) {
    try {
      JSON.parse(raw);
    } catch (err) {
      return { problems: [{ code: 'invalid_json', message: (err as Error).message, source }] };
    }
  } else if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({ code: 'invalid_yaml' as const, message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), source, line: lines.linePos(e.pos[0]).line })),
    };
  }
  const json: unknown = doc.toJS();
  const parsed = parseScenario(json, source, vocabulary);
  if (parsed.ok) return { scenario: parsed.value, problems: [] };
  return {
    problems: parsed.problems.map((p) => {
      const line = p.path !== undefined ? lineOf(doc, lines, p.path) : undefined;
      return line !== undefined ? { ...p, line } : p;
    }),
  };
}

function expand(target: string): string[] {
  try {
    if (fs.statSync(target).isDirectory()) {
      return fs.readdirSync(target).filter((f) => SCENARIO_FILE.test(f)).sort().map((f) => path.join(target, f));
    }
  } catch {
    // Not there: loadFile reports it as unreadable.
  }
  return [target];
}

/**
 * The one reader of scenario files: each path is a file (YAML or JSON) or a directory whose
 * `*.yaml`, `*.yml` and `*.json` files are read in name order (default: the shipped library). Every file is
 * validated (parseScenario, with marker kinds checked against `vocabulary` when given); two files with
 * one id are a `duplicate_scenario` problem on the second. Valid scenarios load even when others fail.
 */
export function loadScenarios(paths: string | readonly string[] = DEFAULT_SCENARIOS_DIR, vocabulary?: ScenarioVocabulary): ScenarioLoad {
  const files = [paths].flat().flatMap(expand);
  const out: ScenarioLoad = { files, scenarios: [], problems: [] };
  const ids = new Map<string, string>();
  for (const file of files) {
    const r = loadFile(file, vocabulary);
    out.problems.push(...r.problems);
    if (!r.scenario) continue;
    const first = ids.get(r.scenario.id);
    if (first !== undefined) {
      out.problems.push({ code: 'duplicate_scenario', message: `id already used by ${shown(first)}`, source: shown(file), path: 'id', value: r.scenario.id });
      continue;
    }
    ids.set(r.scenario.id, file);
    out.scenarios.push({ file, scenario: r.scenario });
  }
  return out;
}
