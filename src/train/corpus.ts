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

/**
 * The records of a JSON Lines file (blank lines skipped). `check` validates one record and returns it
 * typed, or a reason; any bad line throws an error naming the file and line.
 */
export function readJsonLines<T>(file: string, check: (record: Record<string, unknown>) => T | string): T[] {
  const out: T[] = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
    }
    const r = record !== null && typeof record === 'object' && !Array.isArray(record) ? check(record as Record<string, unknown>) : 'not a JSON object';
    if (typeof r === 'string') throw new Error(`${file}:${i + 1}: ${r}`);
    out.push(r);
  });
  return out;
}
