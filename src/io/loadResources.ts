import fs from 'node:fs';
import path from 'node:path';
import { parseLexicon } from '../core/lexicon/lexicon.js';
import { parseLinearModel } from '../core/model/linearModel.js';
import type { Problem, Result } from '../core/problem.js';
import type { Resources } from '../core/resources.js';
import { DEFAULT_PATHS } from './paths.js';

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

/**
 * The one function that reads the core's data files: every lexicon in `lexiconsDir` and every model in
 * `modelsDir`, each validated; problems name the file, the field and the bad value.
 */
export function loadResources(dirs: { lexiconsDir: string; modelsDir: string } = DEFAULT_PATHS): Result<Resources> {
  const problems: Problem[] = [];
  const resources: Resources = { lexicons: {}, models: {} };
  for (const file of jsonFiles(dirs.lexiconsDir)) {
    const json = readJson(file);
    if (!json.ok) { problems.push(...json.problems); continue; }
    const lex = parseLexicon(json.value, path.relative(process.cwd(), file) || file);
    if (lex.ok) resources.lexicons[lex.value.name] = lex.value;
    else problems.push(...lex.problems);
  }
  for (const file of jsonFiles(dirs.modelsDir)) {
    const json = readJson(file);
    if (!json.ok) { problems.push(...json.problems); continue; }
    const model = parseLinearModel(json.value, path.relative(process.cwd(), file) || file);
    if (model.ok) resources.models[model.value.task] = model.value;
    else problems.push(...model.problems);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: resources };
}

/** For tests and scripts: load the shipped resources or throw with every problem listed. */
export function loadResourcesOrThrow(dirs?: { lexiconsDir: string; modelsDir: string }): Resources {
  const r = loadResources(dirs);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.source ?? ''} ${p.path ?? ''}: ${p.message}${p.value ? ` (${p.value})` : ''}`).join('\n'));
  return r.value;
}
