import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../io/paths.js';
import { sseBody, startFakeChatServer, type FakeChatServer } from '../llm/testing/fakeChatServer.js';
import { tempDir } from '../testing/tempDir.js';

// The real command line against a local server that speaks the chat-completions protocol: the model
// voices the other person when asked, and the session carries on with the scenario's lines when the
// model fails. spawn (not spawnSync): the fake server lives in this process and must keep answering.
function attune(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PACKAGE_ROOT, 'src/cli/main.ts'), ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let server: FakeChatServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function repliesFile(): string {
  const file = path.join(tempDir('attune-practice-llm-'), 'replies.txt');
  fs.writeFileSync(file, "I can't take it on this week, I'm at capacity with the audit.\nI could look at it on Monday if that helps.\n");
  return file;
}

type Line = { speaker: string; voice?: string; text: string };
const otherLines = (out: string): Line[] => (JSON.parse(out).turns as Line[]).filter((t) => t.speaker === 'other');

describe('attune practice --llm', { timeout: 120_000 }, () => {
  it('lets the model voice the other person, inside the persona and state', async () => {
    server = await startFakeChatServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(sseBody(['Ah, ', 'fair enough, ', 'I hear you.']));
    });
    const r = await attune(['practice', 'say-no-extra-work', '--replies', repliesFile(), '--json', '--seed', '7', '--llm', server.baseUrl, '--model', 'test-model']);
    expect(r.status, r.stderr).toBe(0);
    const lines = otherLines(r.stdout);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.voice === 'model' && l.text === 'Ah, fair enough, I hear you.')).toBe(true);
    const body = server.requests[0].body as { model: string; messages: Array<{ content: string }> };
    expect(body.model).toBe('test-model');
    expect(body.messages.map((m) => m.content).join('\n')).toMatch(/Mark/);
  });

  it('carries on with the scenario lines, saying so once, when the model fails', async () => {
    server = await startFakeChatServer((_req, res) => {
      res.writeHead(500);
      res.end('boom');
    });
    const r = await attune(['practice', 'say-no-extra-work', '--replies', repliesFile(), '--json', '--seed', '7', '--llm', server.baseUrl, '--model', 'test-model']);
    expect(r.status, r.stderr).toBe(0);
    expect(otherLines(r.stdout).every((l) => l.voice === 'script')).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(r.stderr.match(/carrying on with the scenario's own lines/g)).toHaveLength(1);
  });

  it('refuses --llm without --model and a URL that is not http(s), before anything is sent', async () => {
    expect((await attune(['practice', 'say-no-extra-work', '--llm', 'http://127.0.0.1:9/v1'])).status).toBe(2);
    const bad = await attune(['practice', 'say-no-extra-work', '--llm', 'ftp://example.org', '--model', 'm']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/http:\/\/ or https:\/\//);
  });
});
