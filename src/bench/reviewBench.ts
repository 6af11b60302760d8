import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { buildReview } from '../core/review/buildReview.js';
import type { Transcript, TranscriptTurn } from '../core/review/reviewTypes.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { DEFAULT_PATHS } from '../io/paths.js';
import { loadAnnoMi, type AnnoMiTranscript } from '../train/annomi.js';

/**
 * `npm run bench:review`: how long the review takes.
 * 1. One 60-minute session (600 turns of real AnnoMI talk, transcripts joined end to end): the time to
 *    analyse every turn and assemble the report, in this process (median of repeated runs).
 * 2. A batch of 1,000 session files through the real command (`attune review --summary`, all cores):
 *    sessions per second, wall clock including process start.
 * It prints figures; it asserts nothing.
 */
const BATCH = Number(process.argv[2] ?? 1000);

const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const annomi = loadAnnoMi(DEFAULT_PATHS.annomiDir);

function turnsOf(t: AnnoMiTranscript): TranscriptTurn[] {
  return t.utterances.map((u, i) => ({ speaker: u.speaker === 'therapist' ? 'Therapist' : 'Client', text: u.text, line: i + 1 }));
}

const longTurns: TranscriptTurn[] = [];
for (let i = 0; longTurns.length < 600; i++) longTurns.push(...turnsOf(annomi[i % annomi.length]));
const session: Transcript = { id: 'bench-600', format: 'text', turns: longTurns.slice(0, 600), statedRoles: { Therapist: 'therapist', Client: 'client' }, warnings: [] };

for (let i = 0; i < 3; i++) buildReview(session, analyzer, resources); // warm the JIT
const times: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  buildReview(session, analyzer, resources);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-bench-review-'));
const files: string[] = [];
let batchTurns = 0;
for (let i = 0; i < BATCH; i++) {
  const t = annomi[i % annomi.length];
  const file = path.join(dir, `session-${String(i).padStart(4, '0')}.txt`);
  fs.writeFileSync(file, t.utterances.map((u) => `${u.speaker === 'therapist' ? 'Therapist' : 'Client'}: ${u.text}`).join('\n'));
  batchTurns += t.utterances.length;
  files.push(file);
}
const t0 = performance.now();
const run = spawnSync(process.execPath, [path.join(DEFAULT_PATHS.root, 'bin', 'attune.js'), 'review', '--summary', '--csv', ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
const batchS = (performance.now() - t0) / 1000;
fs.rmSync(dir, { recursive: true, force: true });
if (run.status !== 0) throw new Error(`attune review --summary failed (${run.status}): ${run.stderr}`);
const rows = run.stdout.trim().split('\n').length - 1;

console.log(`attune review bench — Node ${process.version}, ${os.availableParallelism()} cores`);
console.log(`  one 600-turn session   median ${times[7].toFixed(1)} ms, best ${times[0].toFixed(1)} ms, worst ${times[times.length - 1].toFixed(1)} ms (analysis + report, in process, 15 runs)`);
console.log(`  batch of ${BATCH} sessions  ${(BATCH / batchS).toFixed(1)} sessions/s (${batchS.toFixed(1)} s wall clock for ${batchTurns.toLocaleString('en')} turns, \`attune review --summary\` on every core; ${rows} rows)`);
