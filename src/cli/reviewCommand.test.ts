import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { DEFAULT_PATHS, PACKAGE_ROOT } from '../io/paths.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { summariseFiles, type ReviewFlags } from './reviewCommand.js';

class Capture extends Writable {
  text = '';
  isTTY: boolean;
  columns = 100;
  constructor(isTTY: boolean) {
    super();
    this.isTTY = isTTY;
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

const resources = loadResourcesOrThrow();
const engineOf = () => ({ analyzer: createAnalyzer(resources), resources });
const files = ['session.txt', 'session.csv', 'session.json'].map((f) => path.join(PACKAGE_ROOT, 'examples', 'transcripts', f));
const flags: ReviewFlags = { json: true, csv: false, summary: true, redact: false, jobs: 1 };

describe('review --summary in this thread', () => {
  it('draws a progress bar on a terminal and keeps the table on stdout', async () => {
    const stdout = new Capture(false);
    const stderr = new Capture(true);
    const code = await summariseFiles(files, flags, { lexiconsDir: DEFAULT_PATHS.lexiconsDir, modelsDir: DEFAULT_PATHS.modelsDir }, engineOf, { stdout, stderr, color: false, progress: true });
    expect(code).toBe(0);
    expect(stderr.text).toMatch(/reviewing .*\d\/3 files/);
    expect(stdout.text).not.toMatch(/reviewing/);
    expect(JSON.parse(stdout.text).sessions).toHaveLength(3);
  });

  it('is quiet on stderr when it is not a terminal', async () => {
    const stdout = new Capture(false);
    const stderr = new Capture(false);
    await summariseFiles(files, flags, { lexiconsDir: DEFAULT_PATHS.lexiconsDir, modelsDir: DEFAULT_PATHS.modelsDir }, engineOf, { stdout, stderr, color: false, progress: false });
    expect(stderr.text).toBe('');
    expect(JSON.parse(stdout.text).sessions).toHaveLength(3);
  });
});
