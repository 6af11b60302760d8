/**
 * `attune practice` driven as a person would: in a real pseudo-terminal (tmux), typing replies and
 * commands and reading the screen. Skipped only where tmux is not installed (CI installs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../io/paths.js';
import { tempDir } from '../testing/tempDir.js';
import { readTranscripts } from '../transcript/readTranscript.js';

const ENTRY = path.join(PACKAGE_ROOT, 'src/cli/main.ts');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `attune-test-${process.pid}`;

function tmux(...args: string[]): string {
  const r = spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
  return r.stdout;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Starts `attune practice ARGS` in a new tmux window of 100 × 50; the shell prints the exit code after. */
function start(name: string, args: string[], dataDir: string): void {
  const command = ['env', 'NO_COLOR=1', `ATTUNE_DATA_DIR=${quote(dataDir)}`, quote(process.execPath), '--import', 'tsx', quote(ENTRY), 'practice', ...args.map(quote)].join(' ');
  tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '50', '-c', PACKAGE_ROOT, `sh -c ${quote(`${command}; echo "[exit $?]"; sleep 600`)}`);
}

/** The whole screen and its scrollback, wrapped lines joined. */
const screen = (name: string) => tmux('capture-pane', '-p', '-J', '-S', '-3000', '-t', name);

async function waitFor(name: string, what: RegExp | string, timeoutMs = 45_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = screen(name);
    if (typeof what === 'string' ? text.includes(what) : what.test(text)) return text;
    // The command ended without showing it: no use waiting.
    const ended = /^\[exit \d+\]$/m.test(text);
    if (ended || Date.now() > deadline) throw new Error(`${ended ? 'the command ended' : 'timed out'} before showing ${String(what)}; the screen shows:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Types the text as keystrokes (literally), then Enter. */
function type(name: string, text: string): void {
  tmux('send-keys', '-t', name, '-l', text);
  tmux('send-keys', '-t', name, 'Enter');
}

afterAll(() => {
  if (!hasTmux) return;
  // The server can leave its socket file behind: remove it too.
  const socketPath = spawnSync('tmux', ['-L', socket, 'display-message', '-p', '#{socket_path}'], { encoding: 'utf8' }).stdout.trim();
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  if (socketPath) fs.rmSync(socketPath, { force: true });
});

describe.skipIf(!hasTmux)('attune practice in a terminal (tmux)', () => {
  it('shows the opening line, feedback after a reply, help, and the summary after /quit, then saves the session', async () => {
    const data = tempDir('attune-tmux-');
    start('quit', ['say-no-extra-work', '--seed', '3'], data);
    let text = await waitFor('quit', /^Me: $/m);
    expect(text).toContain('Practice: Can you take this on too? Saying no to extra work');
    expect(text).toMatch(/^Mark: .*Henderson report/m);

    type('quit', "I'm so sorry, maybe I could try to fit it in?");
    text = await waitFor('quit', 'Try this');
    expect(text).toContain('What your reply did');
    expect(text).toMatch(/! hedge: "maybe"/);
    expect(text).toContain('How Mark took it');
    expect(text).toMatch(/rapport 60 \(=\) · respect 40 → 15 \(-25\)/);
    expect(text).toContain('What went well');
    expect(text).toContain('Put the no in your first sentence');
    await waitFor('quit', /Try this[\s\S]*\nMark: [^\n]+\n(?:[^\n]*\n)*?Me: $/m);

    type('quit', '/help');
    await waitFor('quit', /Commands\n[\s\S]*\/quit +end the session/);

    type('quit', '/quit');
    text = await waitFor('quit', '[exit 0]');
    expect(text).toContain('Session stopped after 1 turn, before it reached an ending.');
    expect(text).toContain('Balance path');
    expect(text).toMatch(/! say no: not shown yet/);
    expect(text).toContain('attune practice say-no-extra-work');
    expect(text).toMatch(/Saved to .*practice\/.*_say-no-extra-work\.txt/);

    const saved = fs.readdirSync(path.join(data, 'practice'));
    expect(saved).toHaveLength(1);
    const read = readTranscripts(fs.readFileSync(path.join(data, 'practice', saved[0]), 'utf8'), saved[0]);
    expect(read.ok && read.value[0].turns.map((t) => [t.speaker, t.text.slice(0, 12)])).toEqual([
      ['Mark', expect.any(String)],
      ['Me', "I'm so sorry"],
      ['Mark', expect.any(String)],
    ]);
  }, 120_000);

  it('plays a session to its ending, and Ctrl-D at the picker leaves without one', async () => {
    const data = tempDir('attune-tmux-');
    start('end', ['say-no-extra-work', '--no-save'], data);
    await waitFor('end', /^Me: $/m);
    type('end', "No, I can't take it on this week.");
    await waitFor('end', 'Mark registers a real no.');
    type('end', "No, I can't take it on this week.");
    const text = await waitFor('end', '[exit 0]');
    expect(text).toMatch(/Session over: success · Mark accepts your no/);
    expect(text).toMatch(/\+ say no: shown reliably/);
    expect(fs.existsSync(path.join(data, 'practice'))).toBe(false);

    start('picker', [], data);
    await waitFor('picker', /Number or id \(Enter: [a-z0-9-]+\): $/m);
    tmux('send-keys', '-t', 'picker', 'C-d');
    const left = await waitFor('picker', '[exit 0]');
    expect(left).not.toContain('Practice:');
  }, 120_000);
});
