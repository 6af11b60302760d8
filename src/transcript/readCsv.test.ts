import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContent } from './normalizeContent.js';
import { readCsv } from './readCsv.js';

const fixture = (name: string) => normalizeContent(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const read = (content: string, source = 'f.csv') => {
  const r = readCsv(content, source);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('readCsv', () => {
  it('reads columns in any order, quoted commas and line breaks, with the line each row begins on', () => {
    const [t] = read('text,speaker,start\n"Hi, Sam.",Dr Lee,00:00:02\n"Well,\nhello.",Sam,5.5\n\nBye.,Dr Lee,\n');
    expect(t.format).toBe('csv');
    expect(t.turns).toEqual([
      { speaker: 'Dr Lee', text: 'Hi, Sam.', line: 2, start: 2 },
      { speaker: 'Sam', text: 'Well, hello.', line: 3, start: 5.5 },
      { speaker: 'Dr Lee', text: 'Bye.', line: 6 },
    ]);
    expect(t.statedRoles).toEqual({});
  });

  it('states roles from a role column, and uses the role as the speaker when there is no name', () => {
    const [a] = read('speaker,role,text\nDr Lee,Therapist,Hi.\nSam,client,Hello.\nPat,interpreter,Hola.\n');
    expect(a.statedRoles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client', Pat: 'other' });
    const [b] = read('role,text\ntherapist,Hi.\nclient,Hello.\n');
    expect(b.turns.map((x) => x.speaker)).toEqual(['therapist', 'client']);
    expect(b.statedRoles).toEqual({ therapist: 'therapist', client: 'client' });
  });

  it('reads a semicolon CSV from European Excel with a BOM and CRLF', () => {
    const [t] = read(fixture('semicolon.csv'));
    expect(t.turns.map((x) => [x.speaker, x.text, x.start])).toEqual([
      ['Counsellor', "Hello, I'm glad you could make it.", 3],
      ['Patient', 'Thanks; it was hard to get here.', 6],
      ['Counsellor', 'Hard in what way?', 10],
    ]);
    expect(t.statedRoles).toEqual({ Counsellor: 'therapist', Patient: 'client' });
  });

  it('reads an AnnoMI CSV as one transcript per transcript_id, each utterance once', () => {
    const ts = read(fixture('annomi-style.csv'), 'annomi-style.csv');
    expect(ts.map((t) => [t.id, t.format, t.turns.length])).toEqual([['annomi-style.csv#7', 'annomi', 3], ['annomi-style.csv#12', 'annomi', 2]]);
    expect(ts[0].statedRoles).toEqual({ therapist: 'therapist', client: 'client' });
    expect(ts[0].turns[1]).toEqual({ speaker: 'client', text: "Better than before, I think. I've kept it to weekends.", line: 3, start: 11 });
    expect(ts[0].warnings).toMatchObject([{ line: 4, message: expect.stringContaining('read once') }]);
    expect(ts[1].warnings).toEqual([]);
  });

  it('warns about rows it skips or fills in, each kind once', () => {
    const [t] = read('speaker,text,time,role\nT,Hi.,soon,\n,Hello.,,\nT,,,\nC,<b>Yes</b>,,boss\nC,[inaudible],,\n');
    expect(t.turns.map((x) => `${x.speaker}: ${x.text}`)).toEqual(['T: Hi.', 'Unknown: Hello.', 'C: Yes']);
    expect(t.warnings.map((w) => [w.line, w.message.split(' (')[0]])).toEqual([
      [2, 'time not readable; left out'],
      [3, 'row without a speaker read as "Unknown"'],
      [4, 'row without text skipped'],
      [5, 'stray markup removed'],
      [5, 'role not recognised'],
      [6, 'row with only transcriber notes skipped'],
    ]);
  });

  it('fails on a header without a text or speaker column, naming line 1', () => {
    const r = readCsv('a,b\n1,2\n', 'x.csv');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: 'x.csv', line: 1, message: expect.stringContaining('text column') })] });
    const s = readCsv('text,date\nhi,today\n', 'y.csv');
    expect(s.ok || s.problems[0].message).toMatch(/speaker column/);
  });

  it('fails on an unclosed quote, naming the line the field opens on', () => {
    const r = readCsv(fixture('broken.csv'), 'broken.csv');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ source: 'broken.csv', line: 3, message: expect.stringContaining('never closed') })] });
  });

  it('fails on a header with no rows', () => {
    expect(readCsv('speaker,text\n', 'e.csv').ok).toBe(false);
  });
});
