import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markerKindsOf } from '../core/practice/markerKinds.js';
import { tempDir } from '../testing/tempDir.js';
import { loadResourcesOrThrow } from './loadResources.js';
import { DEFAULT_SCENARIOS_DIR, loadScenarios } from './loadScenarios.js';

const vocabulary = { markerKinds: markerKindsOf(loadResourcesOrThrow()) };
const shipped = fs.readFileSync(path.join(DEFAULT_SCENARIOS_DIR, 'say-no-extra-work.yaml'), 'utf8');

describe('the shipped scenario library', () => {
  const load = loadScenarios(undefined, vocabulary);

  it('validates, every file, with marker kinds checked against the lexicons', () => {
    expect(load.problems).toEqual([]);
    expect(load.files.length).toBeGreaterThanOrEqual(6);
    expect(load.scenarios).toHaveLength(load.files.length);
  });

  it('covers both roles and a range of levels', () => {
    const roles = new Set(load.scenarios.map((s) => s.scenario.role));
    const levels = new Set(load.scenarios.map((s) => s.scenario.level));
    expect([...roles].sort()).toEqual(['person', 'therapist']);
    expect(levels.size).toBeGreaterThanOrEqual(4);
  });
});

describe('loadScenarios', () => {
  const dir = tempDir('attune-scenarios-');
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it('names the file, the field and its line for a broken field', () => {
    const file = write('broken.yaml', shipped.replace('level: 1', 'level: 9').replace('change: { respect: 20, pressure: -15 }', 'change: { respect: 20, presure: -15 }'));
    const load = loadScenarios([file], vocabulary);
    expect(load.scenarios).toEqual([]);
    const levelLine = shipped.split('\n').findIndex((l) => l.startsWith('level:')) + 1;
    expect(load.problems).toEqual([expect.objectContaining({ code: 'invalid_scenario', source: expect.stringContaining('broken.yaml'), path: 'level', line: levelLine })]);
    // Fixed schema, the reference check follows.
    const refs = loadScenarios([write('refs.yaml', shipped.replace('change: { respect: 20, pressure: -15 }', 'change: { respect: 20, presure: -15 }'))], vocabulary);
    expect(refs.problems[0]).toMatchObject({ path: expect.stringMatching(/^rules\.\d+\.change\.presure$/), value: 'presure' });
    const changeLine = shipped.split('\n').findIndex((l) => l.includes('change: { respect: 20, pressure: -15 }')) + 1;
    expect(refs.problems[0].line).toBe(changeLine);
  });

  it('names an unknown marker kind', () => {
    const load = loadScenarios([write('kinds.yaml', shipped.replace('markers: { any: [clear_no] }', 'markers: { any: [clear_nope] }'))], vocabulary);
    expect(load.problems[0]).toMatchObject({ code: 'invalid_scenario', value: 'clear_nope', path: expect.stringMatching(/markers\.any\.0$/) });
  });

  it('reports YAML syntax errors with their line', () => {
    const load = loadScenarios([write('syntax.yaml', 'format: attune-scenario/1\nid: x\ntitle: "unclosed\n')]);
    expect(load.problems[0]).toMatchObject({ code: 'invalid_yaml', line: expect.any(Number) });
  });

  it('reads JSON scenarios, strictly', () => {
    // A validated scenario written back as JSON (defaults filled in) is itself valid.
    const json = write('s.json', JSON.stringify({ ...loadScenarios(undefined).scenarios[0].scenario, id: 'json-copy' }));
    expect(loadScenarios([json], vocabulary).problems).toEqual([]);
    expect(loadScenarios([write('bad.json', '{"id": "x",}')]).problems[0]).toMatchObject({ code: 'invalid_json' });
  });

  it('refuses a second scenario with the same id and keeps the first', () => {
    const a = write('a.yaml', shipped);
    const b = write('b.yaml', shipped);
    const load = loadScenarios([a, b], vocabulary);
    expect(load.scenarios.map((s) => s.file)).toEqual([a]);
    expect(load.problems).toEqual([expect.objectContaining({ code: 'duplicate_scenario', path: 'id', source: expect.stringContaining('b.yaml') })]);
  });

  it('reports a missing file as unreadable and reads a directory by extension', () => {
    expect(loadScenarios([path.join(dir, 'nope.yaml')]).problems[0]).toMatchObject({ code: 'file_unreadable' });
    const sub = path.join(dir, 'lib');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, 'one.yml'), shipped);
    fs.writeFileSync(path.join(sub, 'notes.txt'), 'not a scenario');
    const load = loadScenarios(sub, vocabulary);
    expect(load.files.map((f) => path.basename(f))).toEqual(['one.yml']);
    expect(load.scenarios).toHaveLength(1);
  });
});
