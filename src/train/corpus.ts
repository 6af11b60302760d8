import fs from 'node:fs';
import path from 'node:path';
import type { ResourcePaths } from '../io/paths.js';

/**
 * The labelled corpus on disk: `data/corpus/<task>/train*.jsonl` (what rules and models may learn
 * from) and `heldout*.jsonl` (read only by evaluation). Shared by every training task.
 */
export type CorpusTask = 'style' | 'stance' | 'empathy';

/** The task's corpus files whose names start with `prefix` and end in .jsonl, sorted, as full paths. */
export function corpusFiles(paths: Pick<ResourcePaths, 'corpusDir'>, task: CorpusTask, prefix: 'train' | 'heldout'): string[] {
  const dir = path.join(paths.corpusDir, task);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** What a record check returns for a record it refuses. */
export interface Invalid {
  invalid: string;
}
export const invalid = (reason: string): Invalid => ({ invalid: reason });
const isInvalid = (v: unknown): v is Invalid => v !== null && typeof v === 'object' && typeof (v as Invalid).invalid === 'string';

/**
 * The records of a JSON Lines file (blank lines skipped). `check` validates one record and returns it
 * typed, or `invalid(reason)`; any bad line throws an error naming the file and line.
 */
export function readJsonLines<T>(file: string, check: (record: Record<string, unknown>) => T | Invalid): T[] {
  const out: T[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
    }
    const r = record !== null && typeof record === 'object' && !Array.isArray(record) ? check(record as Record<string, unknown>) : invalid('not a JSON object');
    if (isInvalid(r)) throw new Error(`${file}:${i + 1}: ${r.invalid}`);
    out.push(r);
  });
  return out;
}
