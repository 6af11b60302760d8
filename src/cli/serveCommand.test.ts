import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { SQLITE_FILE } from '../store/openStore.js';
import { EXIT } from './exitCodes.js';
import { isLoopback, registerServeCommand, startServe, type RunningServer } from './serveCommand.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-serve-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(w, { text: () => chunks.join('') });
}

const config = () => ({ ...loadConfig({ ATTUNE_DATA_DIR: path.join(root, 'default-data') }, false) });

describe('attune serve', () => {
  it('listens on 127.0.0.1 on a free port, prints its URL, answers over HTTP and keeps data in the folder', async () => {
    const stdout = sink();
    const data = path.join(root, 'data-a');
    const running = (await startServe({ port: 0, host: '127.0.0.1', data }, { config: config(), stdout, stderr: sink(), webDir: path.join(root, 'no-web') })) as RunningServer;
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(stdout.text()).toContain(`attune: serving on ${running.url}`);
      const health = await fetch(new URL('/api/health', running.url));
      expect(await health.json()).toMatchObject({ status: 'ok', store: 'sqlite' });
      const page = await fetch(running.url);
      expect(await page.text()).toContain('npm run build');
      const entry = await fetch(new URL('/api/diary', running.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ occurredAt: '2025-01-01', situation: 'kept' }) });
      expect(entry.status).toBe(201);
      expect(fs.existsSync(path.join(data, SQLITE_FILE))).toBe(true);
    } finally {
      await running.close();
    }
    // The data outlives the server.
    const again = (await startServe({ port: 0, host: '127.0.0.1', data }, { config: config(), stdout: sink(), stderr: sink() })) as RunningServer;
    try {
      const list = (await (await fetch(new URL('/api/diary', again.url))).json()) as { entries: Array<{ situation: string }> };
      expect(list.entries.map((e) => e.situation)).toEqual(['kept']);
    } finally {
      await again.close();
    }
  });

  it('says when the port is taken, with exit code 2', async () => {
    const first = (await startServe({ port: 0, host: '127.0.0.1', data: path.join(root, 'data-b') }, { config: config(), stdout: sink(), stderr: sink() })) as RunningServer;
    try {
      const port = Number(new URL(first.url).port);
      const stderr = sink();
      const second = await startServe({ port, host: '127.0.0.1', data: path.join(root, 'data-c') }, { config: config(), stdout: sink(), stderr });
      expect(second).toBe(EXIT.usage);
      expect(stderr.text()).toMatch(new RegExp(`port ${port} is in use`));
    } finally {
      await first.close();
    }
  });

  it('stops with the data files\' problems when the shipped data is broken', async () => {
    const stderr = sink();
    const broken = { ...config(), lexiconsDir: path.join(root, 'missing-lexicons') };
    const r = await startServe({ port: 0, host: '127.0.0.1', data: path.join(root, 'data-d') }, { config: broken, stdout: sink(), stderr });
    expect(typeof r).toBe('number');
    expect(stderr.text()).toMatch(/^attune serve: /);
  });

  it('says when the store cannot be opened', async () => {
    const stderr = sink();
    const r = await startServe({ port: 0, host: '127.0.0.1' }, { config: config(), stdout: sink(), stderr, openStore: async () => { throw new Error('disk full'); } });
    expect(r).toBe(EXIT.unreadable);
    expect(stderr.text()).toContain('disk full');
  });

  it('is a command with --port (default 4173), --host (default 127.0.0.1) and --data', async () => {
    const program = new Command().exitOverride();
    const stdout = sink();
    let running: RunningServer | undefined;
    registerServeCommand(program, { config: config(), stdout, stderr: sink(), onListening: (r) => (running = r) });
    const serve = program.commands.find((c) => c.name() === 'serve')!;
    expect(serve.options.find((o) => o.long === '--port')?.defaultValue).toBe(4173);
    expect(serve.options.find((o) => o.long === '--host')?.defaultValue).toBe('127.0.0.1');
    await program.parseAsync(['node', 'attune', 'serve', '--port', '0', '--data', path.join(root, 'data-e')]);
    expect(running).toBeDefined();
    expect(stdout.text()).toContain('attune: serving on http://127.0.0.1:');
    await running!.close();
    serve.configureOutput({ writeErr: () => {}, writeOut: () => {} });
    await expect(program.parseAsync(['node', 'attune', 'serve', '--port', 'abc'])).rejects.toThrow(/port from 0 to 65535/);
  });

  it('knows the loopback addresses', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.1.1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '192.168.1.10', '::', 'example.com']) expect(isLoopback(h)).toBe(false);
  });
});
