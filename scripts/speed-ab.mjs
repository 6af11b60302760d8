// Compares the analysis speed of two builds on this machine: `node scripts/speed-ab.mjs DIST_A DIST_B
// [PAIRS] [PASSES]`. Each pair runs a fresh process of A, then one of B (alternated, so that both see
// the same phases of a shared machine); each process codes the shipped AnnoMI utterances with context
// PASSES times after a warm-up and keeps its best pass. Prints every pair and the median ratio B/A.
// A build is a dist/ folder next to data/ and node_modules/ (an older commit: `git worktree add`,
// `npm install` there, then its dist/).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [a, b, pairs = '6', passes = '12'] = process.argv.slice(2);
if (process.argv[2] === '--one') {
  const dist = path.resolve(process.argv[3]);
  const { createAnalyzer } = await import(path.join(dist, 'core/analyzeUtterance.js'));
  const { loadResourcesOrThrow } = await import(path.join(dist, 'io/loadResources.js'));
  const { DEFAULT_PATHS } = await import(path.join(dist, 'io/paths.js'));
  const { contextOf, loadAnnoMi } = await import(path.join(dist, 'train/annomi.js'));
  const analyzer = createAnalyzer(loadResourcesOrThrow());
  const inputs = [];
  for (const t of loadAnnoMi(DEFAULT_PATHS.annomiDir)) t.utterances.forEach((u, i) => inputs.push({ speaker: u.speaker, text: u.text, context: contextOf(t, i, 3) }));
  for (let i = 0; i < 2000; i++) analyzer.analyze(inputs[i]);
  let best = 0;
  for (let r = 0; r < Number(process.argv[4]); r++) {
    const t = performance.now();
    for (const u of inputs) analyzer.analyze(u);
    best = Math.max(best, inputs.length / ((performance.now() - t) / 1000));
  }
  console.log(Math.round(best));
} else {
  if (!a || !b) throw new Error('usage: node scripts/speed-ab.mjs DIST_A DIST_B [PAIRS] [PASSES]');
  const self = fileURLToPath(import.meta.url);
  const one = (dist) => Number(execFileSync(process.execPath, [self, '--one', dist, passes], { encoding: 'utf8' }).trim());
  const ratios = [];
  for (let i = 0; i < Number(pairs); i++) {
    const ra = one(a);
    const rb = one(b);
    ratios.push(rb / ra);
    console.log(`A ${ra}  B ${rb}  B/A ${(rb / ra).toFixed(3)}`);
  }
  ratios.sort((x, y) => x - y);
  console.log(`median B/A ${ratios[ratios.length >> 1].toFixed(3)} over ${pairs} pairs (best of ${passes} passes each)`);
}
