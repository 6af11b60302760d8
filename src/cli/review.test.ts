import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../io/paths.js';
import { runAttune } from '../testing/runAttune.js';
import { tempDir } from '../testing/tempDir.js';

const attune = (args: string[], cwd = PACKAGE_ROOT) => runAttune(args, { cwd });


const example = (name: string) => path.join(PACKAGE_ROOT, 'examples', 'transcripts', name);

describe('attune review', { timeout: 180_000 }, () => {
  it('prints a one-screen summary of the shipped session, safety first, and how roles were decided', async () => {
    const r = await attune(['review', example('session.vtt')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    // The shipped session has a client who says everyone would be better off without them.
    expect(lines.slice(0, 3).join('\n')).toMatch(/safety/i);
    expect(r.stdout).toMatch(/Dr Lee = therapist/);
    expect(r.stdout).toMatch(/supports clinical judgement/);
  });

  it('--json prints the documented report with the MITI scores as numbers and the flagged turns', async () => {
    const r = await attune(['review', '--json', example('session.vtt')]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.format).toBe('attune-review/1');
    for (const k of ['reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions']) expect(typeof report.summary[k]).toBe('number');
    expect(report.turns.length).toBeGreaterThan(20);
    expect(report.turns[0]).toMatchObject({ role: expect.stringMatching(/therapist|client/), text: expect.any(String) });
    expect(report.roles).toMatchObject({ source: 'inferred', roles: { 'Dr Lee': 'therapist', Sam: 'client' } });
    expect(report.safety.length).toBeGreaterThan(0);
    for (const s of report.safety) expect(report.turns[s.turn].role).toBe('client');
    expect(Array.isArray(report.ruptures)).toBe(true);
  });

  it('reads the same session from every shipped format and finds the same therapist', async () => {
    for (const f of ['session.txt', 'session.srt', 'session.csv', 'session.json']) {
      const r = await attune(['review', '--json', example(f)]);
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
      const report = JSON.parse(r.stdout);
      const therapist = Object.entries(report.roles.roles).find(([, role]) => role === 'therapist')?.[0];
      expect(therapist, f).toMatch(/Lee|Therapist/);
      expect(report.safety.length, f).toBeGreaterThan(0);
    }
  });

  it('--therapist names the therapist and the report says the roles came from the flags', async () => {
    const r = await attune(['review', '--json', '--therapist', 'Sam', example('session.vtt')]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).roles).toMatchObject({ source: 'flags', roles: { Sam: 'therapist', 'Dr Lee': 'client' } });
  });

  it('--csv prints one row per utterance after a header', async () => {
    const json = JSON.parse((await attune(['review', '--json', example('session.vtt')])).stdout);
    const r = await attune(['review', '--csv', example('session.vtt')]);
    expect(r.status).toBe(0);
    const rows = r.stdout.trim().split('\n');
    expect(rows.length).toBe(json.turns.length + 1);
    expect(rows[0]).toMatch(/speaker/);
  });

  it('--redact leaves no name of the session in any output, and keeps one placeholder per person', async () => {
    const json = await attune(['review', '--json', '--redact', '--therapist', 'Dr Lee', example('session.vtt')]);
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(/\bSam\b|\bLee\b/);
    const report = JSON.parse(json.stdout);
    expect(report.redacted).toBe(true);
    // The named therapist still gets the therapist role after renaming.
    expect(Object.values(report.roles.roles)).toContain('therapist');
    expect(report.roles.source).toBe('flags');
    const speakers = new Set(report.turns.map((t: { speaker: string }) => t.speaker));
    expect(speakers.size).toBe(2);
    const csv = await attune(['review', '--csv', '--redact', example('session.vtt')]);
    expect(csv.stdout).not.toMatch(/\bSam\b|\bLee\b/);
    const text = await attune(['review', '--redact', example('session.vtt')]);
    expect(text.stdout).not.toMatch(/\bSam\b|\bLee\b/);
  });

  it('--html writes one self-contained file', async () => {
    const dir = tempDir('attune-review-html-');
    const out = path.join(dir, 'report.html');
    const r = await attune(['review', '--html', out, example('session.vtt')]);
    expect(r.status).toBe(0);
    const html = fs.readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<(?:script|link|img)[^>]+(?:src|href)=["']?https?:/i);
  });

  it('names a file it cannot read, still reviews the others, and exits 1', async () => {
    const dir = tempDir('attune-review-bad-');
    const bad = path.join(dir, 'broken.vtt');
    fs.writeFileSync(bad, 'WEBVTT\n\nthis is not a cue\n');
    const r = await attune(['review', '--json', path.join(dir, 'missing.txt'), bad, example('session.txt')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(r.stderr).toContain('broken.vtt');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).source.id).toContain('session.txt');
  });

  it('exits 4 when no file could be read, and 2 for --json with --csv', async () => {
    expect((await attune(['review', '/nonexistent/session.vtt'])).status).toBe(4);
    expect((await attune(['review', '--json', '--csv', example('session.vtt')])).status).toBe(2);
  });

  it('--summary compares sessions one row each, the same on worker threads as in one thread', async () => {
    const files = ['session.vtt', 'session.txt', 'session.srt', 'session.csv'].map(example);
    const threads = await attune(['review', '--summary', '--json', '--jobs', '2', ...files]);
    const single = await attune(['review', '--summary', '--json', '--jobs', '1', ...files]);
    expect(threads.status, threads.stderr).toBe(0);
    const rows = JSON.parse(threads.stdout).sessions;
    expect(rows.map((r: { file: string }) => path.basename(r.file))).toEqual(['session.vtt', 'session.txt', 'session.srt', 'session.csv']);
    expect(JSON.parse(single.stdout)).toEqual(JSON.parse(threads.stdout));
    for (const row of rows) expect(row.safetyFlags).toBeGreaterThan(0);
    const table = await attune(['review', '--summary', ...files]);
    expect(table.status).toBe(0);
    for (const f of ['session.vtt', 'session.txt']) expect(table.stdout).toContain(f);
    const csv = await attune(['review', '--summary', '--csv', ...files]);
    expect(csv.stdout.trim().split('\n')).toHaveLength(files.length + 1);
  });
});
