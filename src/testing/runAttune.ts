import { spawn } from 'node:child_process';
import path from 'node:path';
import { PACKAGE_ROOT } from '../io/paths.js';
import { tempDir } from './tempDir.js';

// The command's data folder (saved sessions, caches) is a temporary one, never the tester's own.
let dataDir: string | undefined;
const testDataDir = () => (dataDir ??= tempDir('attune-cli-data-'));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real command line from the sources (through tsx, so tests see the current code), without
 * blocking: a synchronous spawn would stall the test worker's event loop, and vitest reports a worker
 * that cannot answer for a long time as an error even when every test passed.
 */
export function runAttune(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src/cli/main.ts'), ...args], {
      cwd: options.cwd ?? PACKAGE_ROOT,
      env: { ...process.env, NO_COLOR: '1', ATTUNE_DATA_DIR: testDataDir(), ...options.env },
      timeout: options.timeoutMs ?? 120_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    // A command that exits before reading all its input closes the pipe: not a test failure.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input);
  });
}
