import fs from 'node:fs';
import type { Problem } from '../core/problem.js';
import { sessionRow, type SessionRow } from '../present/review/sessionTable.js';
import { htmlTarget } from './htmlTarget.js';
import type { Engine } from './engine.js';
import { reviewFile, type ReviewOptions } from './reviewFile.js';

export interface BatchTask {
  file: string;
  options: ReviewOptions;
  /** Folder for one HTML report per session, when asked. */
  htmlDir?: string;
}

/** Only the small per-session rows come back, so the batch's memory stays flat. */
export interface BatchResult {
  file: string;
  rows: SessionRow[];
  problems: Problem[];
  warnings: Problem[];
  htmlWritten: string[];
}

/** One file of a `--summary` batch, in a worker thread or in this one. */
export async function runBatchTask(task: BatchTask, engine: Engine): Promise<BatchResult> {
  const r = await reviewFile(task.file, task.options, engine);
  const htmlWritten: string[] = [];
  if (task.htmlDir) {
    const { renderReviewHtml } = await import('../present/review/reviewHtml.js');
    for (const report of r.reports) {
      const target = htmlTarget(task.htmlDir, report.source.id, true);
      fs.writeFileSync(target, await renderReviewHtml(report));
      htmlWritten.push(target);
    }
  }
  return { file: r.file, rows: r.reports.map(sessionRow), problems: r.problems, warnings: r.warnings, htmlWritten };
}
