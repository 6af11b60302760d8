import fs from 'node:fs';
import os from 'node:os';
import type { Writable } from 'node:stream';
import { SingleBar, Presets } from 'cli-progress';
import { Piscina } from 'piscina';
import type { Problem } from '../core/problem.js';
import type { ReviewReport } from '../core/review/reviewTypes.js';
import { reviewCsv } from '../present/review/reviewCsv.js';
import { reviewJson } from '../present/review/reviewJson.js';
import { renderReviewTerminal } from '../present/review/reviewTerminal.js';
import { sessionTableCsv, sessionTableJson, sessionTableText, type SessionRow } from '../present/review/sessionTable.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, exitCodeFor, type ExitCode } from './exitCodes.js';
import { htmlTarget } from './htmlTarget.js';
import type { Engine } from './engine.js';
import { reviewFile, type ReviewOptions } from './reviewFile.js';
import type { WorkerSetup } from './reviewWorker.js';
import { runBatchTask, type BatchResult, type BatchTask } from './runBatchTask.js';

export interface ReviewFlags extends ReviewOptions {
  json: boolean;
  csv: boolean;
  html?: string;
  summary: boolean;
  /** Worker threads for --summary; 1 reviews in this thread. */
  jobs: number;
}

export interface ReviewIo {
  stdout: Writable;
  stderr: Writable;
  color: boolean;
  /** Draw a progress bar (stderr is a terminal). */
  progress: boolean;
}

function say(io: ReviewIo, problems: readonly Problem[], prefix = ''): void {
  for (const p of problems) io.stderr.write(`attune review: ${prefix}${describeProblem(p)}\n`);
}

/** Every problem of the run decides the exit code: the worst wins, a partial failure is 1. */
function exitFor(failedFiles: Problem[][], total: number): ExitCode {
  if (failedFiles.length === 0) return EXIT.ok;
  if (failedFiles.length < total) return EXIT.partial;
  return exitCodeFor(failedFiles[0][0].code);
}

/**
 * `attune review FILE...` one file at a time in this thread: the terminal summary (default), the
 * full JSON report (`--json`, one object per session, one per line when there are several), a CSV row
 * per utterance (`--csv`), and `--html PATH`. A file that cannot be read is named on stderr and the
 * others are still reviewed.
 */
export async function reviewFiles(files: readonly string[], flags: ReviewFlags, engineOf: () => Engine, io: ReviewIo): Promise<ExitCode> {
  const engine = engineOf();
  const failed: Problem[][] = [];
  const reports: ReviewReport[] = [];
  for (const file of files) {
    const r = await reviewFile(file, flags, engine);
    say(io, r.warnings, 'warning: ');
    if (r.problems.length > 0) {
      say(io, r.problems);
      failed.push(r.problems);
      continue;
    }
    for (const report of r.reports) {
      say(io, report.warnings, 'warning: ');
      if (flags.json) io.stdout.write(`${JSON.stringify(reviewJson(report))}\n`);
      else if (!flags.csv) io.stdout.write(`${renderReviewTerminal(report, { color: io.color })}\n`);
      if (flags.csv) reports.push(report);
      if (flags.html) await writeHtml(flags.html, report, files.length > 1 || r.reports.length > 1, io);
    }
  }
  if (flags.csv) io.stdout.write(reviewCsv(reports));
  return exitFor(failed, files.length);
}

async function writeHtml(htmlPath: string, report: ReviewReport, many: boolean, io: ReviewIo): Promise<void> {
  if (many) fs.mkdirSync(htmlPath, { recursive: true });
  const target = htmlTarget(htmlPath, report.source.id, many);
  // Loaded only when asked: the chart libraries are the largest part of start-up otherwise.
  const { renderReviewHtml } = await import('../present/review/reviewHtml.js');
  fs.writeFileSync(target, await renderReviewHtml(report));
  io.stderr.write(`attune review: wrote ${target}\n`);
}

/**
 * `attune review FILE... --summary`: many sessions on all cores (worker threads), a progress bar on a
 * terminal, and one row per session at the end (table, or --csv / --json). Only the rows come back
 * from the workers, so memory stays flat however many files there are.
 */
export async function summariseFiles(files: readonly string[], flags: ReviewFlags, setup: WorkerSetup, engineOf: () => Engine, io: ReviewIo): Promise<ExitCode> {
  // Loading here first checks the data files once, so a broken one is reported plainly, not by a crashed worker.
  const engine = engineOf();
  const rows: SessionRow[][] = new Array(files.length);
  const failed: Problem[][] = [];
  const bar = io.progress ? new SingleBar({ format: 'reviewing |{bar}| {value}/{total} files · {eta_formatted} left', stream: io.stderr as NodeJS.WriteStream, hideCursor: true, clearOnComplete: true }, Presets.shades_classic) : null;
  bar?.start(files.length, 0);
  const record = (i: number, r: BatchResult) => {
    bar?.increment();
    if (r.problems.length > 0) {
      bar?.stop();
      say(io, r.problems);
      bar?.start(files.length, bar.getProgress() * files.length);
      failed.push(r.problems);
    }
    rows[i] = r.rows;
  };
  const htmlDir = flags.html;
  if (htmlDir) fs.mkdirSync(htmlDir, { recursive: true });
  const options: ReviewOptions = { therapist: flags.therapist, client: flags.client, redact: flags.redact };
  const jobs = Math.max(1, Math.min(flags.jobs, files.length));
  if (jobs === 1) {
    // One job: this thread does the work, with no thread start-up cost.
    for (let i = 0; i < files.length; i++) record(i, await runBatchTask({ file: files[i], options, ...(htmlDir ? { htmlDir } : {}) }, engine));
  } else {
    const pool = new Piscina<BatchTask, BatchResult>({ filename: workerFile(), workerData: setup, maxThreads: jobs, minThreads: jobs });
    try {
      await Promise.all(files.map((file, i) => pool.run({ file, options, ...(htmlDir ? { htmlDir } : {}) }).then((r) => record(i, r))));
    } finally {
      await pool.destroy();
    }
  }
  bar?.stop();
  const all = rows.flat().filter(Boolean);
  if (flags.json) io.stdout.write(`${JSON.stringify(sessionTableJson(all), null, 2)}\n`);
  else if (flags.csv) io.stdout.write(sessionTableCsv(all));
  else io.stdout.write(`${sessionTableText(all, { color: io.color })}\n`);
  return exitFor(failed, files.length);
}

/** The worker module beside this one: when run from the TypeScript sources, through the tsx shim. */
function workerFile(): string {
  return new URL(import.meta.url.endsWith('.ts') ? './reviewWorker.dev.mjs' : './reviewWorker.js', import.meta.url).href;
}

/** Default worker count: every core this process may use. */
export const defaultJobs = (): number => os.availableParallelism();
