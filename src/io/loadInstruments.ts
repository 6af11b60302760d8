import fs from 'node:fs';
import path from 'node:path';
import { parseInstrument, type Instrument } from '../core/assess/instrument.js';
import type { Problem, Result } from '../core/problem.js';
import { PACKAGE_ROOT } from './paths.js';

/** Where the shipped questionnaires live. */
export const DEFAULT_INSTRUMENTS_DIR = path.join(PACKAGE_ROOT, 'data', 'instruments');

const shown = (file: string) => path.relative(process.cwd(), file) || file;

/** One instrument file, read and validated; problems name the file, the field and the bad value. */
export function loadInstrumentFile(file: string): Result<Instrument> {
  const source = shown(file);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, problems: [{ code: 'file_unreadable', message: (err as Error).message.replace(/^[A-Z]+: /, ''), source }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return { ok: false, problems: [{ code: 'invalid_json', message: (err as Error).message, source }] };
  }
  return parseInstrument(json, source);
}

/**
 * Every `*.json` questionnaire in `dir` (default: the shipped data/instruments), in file-name order,
 * each validated; two files with one id are a problem on the second. Fails with every problem when
 * any file is bad: a broken instrument is a packaging fault, and scoring with part of the set would hide it.
 */
export function loadInstruments(dir: string = DEFAULT_INSTRUMENTS_DIR): Result<Instrument[]> {
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    return { ok: false, problems: [{ code: 'file_unreadable', message: (err as Error).message.replace(/^[A-Z]+: /, ''), source: shown(dir) }] };
  }
  const problems: Problem[] = [];
  const instruments: Instrument[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const r = loadInstrumentFile(file);
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const first = ids.get(r.value.id);
    if (first !== undefined) {
      problems.push({ code: 'invalid_resource', message: `id already used by ${shown(first)}`, source: shown(file), path: 'id', value: r.value.id });
      continue;
    }
    ids.set(r.value.id, file);
    instruments.push(r.value);
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: instruments };
}
