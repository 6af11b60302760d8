import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { DEFAULT_SCENARIOS_DIR } from '../io/loadScenarios.js';
import { tempDir } from '../testing/tempDir.js';
import { EXIT } from './exitCodes.js';
import { checkScenarioFiles } from './scenarioCommand.js';

const resources = loadResourcesOrThrow();

function capture(): { io: { stdout: Writable }; text: () => string } {
  let out = '';
  const stdout = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
  return { io: { stdout }, text: () => out };
}

describe('attune scenario check', () => {
  const shippedFiles = fs.readdirSync(DEFAULT_SCENARIOS_DIR).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => path.join(DEFAULT_SCENARIOS_DIR, f));

  it('passes every shipped scenario, one OK line each', () => {
    const c = capture();
    expect(checkScenarioFiles(shippedFiles, resources, c.io)).toBe(EXIT.ok);
    const lines = c.text().trim().split('\n');
    expect(lines.filter((l) => l.startsWith('OK '))).toHaveLength(shippedFiles.length);
    expect(lines.at(-1)).toMatch(/valid$/);
  });

  it('checks a directory too', () => {
    const c = capture();
    expect(checkScenarioFiles([DEFAULT_SCENARIOS_DIR], resources, c.io)).toBe(EXIT.ok);
    expect(c.text()).toContain('say-no-extra-work');
  });

  it('prints each problem with its file, line, field and reason, and exits 1', () => {
    const dir = tempDir('attune-check-');
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, fs.readFileSync(shippedFiles[0], 'utf8').replace(/^level: \d/m, 'level: 0'));
    const c = capture();
    expect(checkScenarioFiles([shippedFiles[0], bad], resources, c.io)).toBe(EXIT.partial);
    const out = c.text();
    expect(out).toMatch(/^OK /m);
    expect(out).toMatch(/bad\.yaml:line \d+: invalid scenario: .*\(level = 0\)/);
    expect(out).toMatch(/1 of 2 scenario files with problems/);
  });

  it('exits 4 when a file cannot be read', () => {
    const c = capture();
    expect(checkScenarioFiles(['/nonexistent/scenario.yaml'], resources, c.io)).toBe(EXIT.unreadable);
    expect(c.text()).toMatch(/cannot read file/);
  });
});
