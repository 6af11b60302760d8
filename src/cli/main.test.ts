import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../io/paths.js';
import { runAttune } from '../testing/runAttune.js';
import { tempDir } from '../testing/tempDir.js';

const attune = (args: string[], input?: string | Buffer) => runAttune(args, { input });

const jsonLines = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('attune code', () => {
  it('codes the shipped example, one JSON line per input line, in order', async () => {
    const r = await attune(['code', path.join(PACKAGE_ROOT, 'examples/utterances.jsonl')]);
    expect(r.status).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10']);
    const therapist = out.find((o) => o.id === 'u5');
    expect(therapist).toMatchObject({ stance: expect.any(String), mi: { behaviour: expect.any(String) } });
    expect(therapist.mi).toHaveProperty('reflection');
    expect(therapist.mi).toHaveProperty('question');
    expect(out.find((o) => o.id === 'u1')).toMatchObject({ style: 'passive', talk: expect.any(String) });
    for (const o of out) {
      expect(o.empathy).toMatchObject({ er: expect.any(Number), ip: expect.any(Number), ex: expect.any(Number), rationales: expect.any(Array) });
      expect(o.balance.label).toEqual(expect.any(String));
      for (const r of o.empathy.rationales) expect(o.text.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('reports a malformed line on stderr by number and goes on with the others', async () => {
    const input = [
      '{"id":"a","speaker":"client","text":"I feel fine."}',
      '{"id":"b","speaker":"client","text":',
      '',
      '{"id":"c","text":"no speaker here"}',
      '{"id":"d","speaker":"robot","text":"beep"}',
      '{"id":"e","speaker":"person","text":"Could you please text me next time?"}',
    ].join('\n');
    const r = await attune(['code', '-'], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: not valid JSON/);
    expect(r.stderr).toMatch(/line 4: missing "speaker"/);
    expect(r.stderr).toMatch(/line 5: unknown speaker/);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', undefined, 'c', 'd', 'e']);
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'invalid_json' } });
    expect(out[2]).toMatchObject({ line: 4, error: { code: 'missing_speaker' } });
  });

  it('survives invalid UTF-8, a byte-order mark and CRLF line ends', async () => {
    const input = Buffer.concat([
      Buffer.from('\uFEFF{"id":"x","speaker":"client","text":"ok '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' fine"}\r\n{"id":"y","speaker":"client","text":"Yes."}\r\n'),
    ]);
    const r = await attune(['code'], input);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/line 1: invalid UTF-8/);
    expect(jsonLines(r.stdout).map((o) => o.id)).toEqual(['x', 'y']);
  });

  it('names a file it cannot read', async () => {
    const r = await attune(['code', '/nonexistent/file.jsonl']);
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/\/nonexistent\/file\.jsonl: cannot read file/);
  });

  it('explains one utterance in words with --text', async () => {
    const r = await attune(['code', '--speaker', 'therapist', '--context', 'Nobody at home even notices me.', '--text', 'It sounds like you feel invisible even with your own family.']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Empathy \(EPITOME\)/);
    expect(r.stdout).toMatch(/interpretations\s+[12]/);
    expect(r.stdout).toMatch(/Counselling behaviour: reflection/);
    expect(r.stdout).toMatch(/Balance: /);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('refuses an unknown speaker option with a usage error', async () => {
    const r = await attune(['code', '--speaker', 'robot', '--text', 'hi']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/therapist, client or person/);
  });

  it('keeps the lexicon index plans in its data folder, and answers the same with them', async () => {
    const dataDir = tempDir('attune-code-cache-');
    const line = `${JSON.stringify({ id: 'c1', speaker: 'client', text: "It's probably just me, sorry." })}\n`;
    const first = await runAttune(['code'], { input: line, env: { ATTUNE_DATA_DIR: dataDir } });
    const plans = path.join(dataDir, 'cache', 'pattern-plans.json');
    expect(fs.existsSync(plans)).toBe(true);
    const second = await runAttune(['code'], { input: line, env: { ATTUNE_DATA_DIR: dataDir } });
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });
});
