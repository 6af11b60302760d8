import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContent } from './normalizeContent.js';
import { readJson } from './readJson.js';

const fixture = (name: string) => normalizeContent(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const read = (content: string) => {
  const r = readJson(content, 'f.json');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('readJson', () => {
  it('reads an array of turns with speaker/name/role and text/utterance fields and their lines', () => {
    const t = read('[\n {"speaker": "Dr Lee", "text": "Hi.", "start": 1.5, "end": 3},\n {"name": "Sam", "utterance": "Hello.", "timestamp": "00:00:04"},\n {"role": "Therapist", "text": "Welcome."}\n]');
    expect(t.turns).toEqual([
      { speaker: 'Dr Lee', text: 'Hi.', line: 2, start: 1.5, end: 3 },
      { speaker: 'Sam', text: 'Hello.', line: 3, start: 4 },
      { speaker: 'Therapist', text: 'Welcome.', line: 4 },
    ]);
    expect(t.statedRoles).toEqual({ Therapist: 'therapist' });
  });

  it('reads {turns: [...]} and a role beside a name', () => {
    const t = read('{"session": {"turns": 3}, "turns": [\n{"speaker": "Dr Lee", "role": "counselor", "text": "Hi."},\n{"speaker": "Sam", "role": "client", "text": "Hey."}]}');
    expect(t.statedRoles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client' });
    expect(t.turns.map((x) => x.line)).toEqual([2, 3]);
  });

  it('reads JSON Lines', () => {
    const t = read(fixture('turns.jsonl'));
    expect(t.turns.map((x) => [x.speaker, x.start, x.line])).toEqual([['Dr Lee', 2, 1], ['Sam', 6, 2], ['Dr Lee', 10, 3]]);
    expect(t.statedRoles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client' });
  });

  it('skips odd turns with warnings naming line and path', () => {
    const t = read('{"turns": [\n"hello",\n{"speaker": "A"},\n{"text": "Hi."},\n{"speaker": "B", "text": "<i>Yo</i>", "start": "later"}\n]}');
    expect(t.turns.map((x) => `${x.speaker}: ${x.text}`)).toEqual(['Unknown: Hi.', 'B: Yo']);
    expect(t.warnings.map((w) => [w.line, w.path])).toEqual([[2, 'turns.0'], [3, 'turns.1'], [4, 'turns.2'], [5, 'turns.3'], [5, 'turns.3']]);
  });

  it('fails on truncated JSON, naming the line', () => {
    const r = readJson(fixture('broken.json'), 'broken.json');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: 'broken.json', line: 5, message: expect.stringMatching(/^not valid JSON/) })] });
  });

  it('fails on a bad line of JSON Lines, naming it', () => {
    const r = readJson('{"speaker": "A", "text": "Hi."}\n{"speaker": "B", "text": oops}\n', 'x.jsonl');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ source: 'x.jsonl', line: 2, message: expect.stringMatching(/JSON Lines/) })] });
  });

  it('fails on JSON without turns', () => {
    const r = readJson('{"title": "Session 4"}', 'x.json');
    expect(r.ok || r.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('no turns') });
    expect(readJson('[{"speaker": "A"}]', 'y.json').ok).toBe(false);
  });
});
