import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../core/review/reviewTypes.js';
import { readTranscripts } from './readTranscript.js';

const examples = new URL('../../examples/transcripts/', import.meta.url);
const fixtures = new URL('./fixtures/', import.meta.url);
const readFile = (dir: URL, name: string) => readTranscripts(fs.readFileSync(new URL(name, dir), 'utf8'), name);
const one = (r: ReturnType<typeof readTranscripts>): Transcript => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  expect(r.value).toHaveLength(1);
  return r.value[0];
};

describe('readTranscripts: the shipped example session', () => {
  const read = Object.fromEntries(['vtt', 'srt', 'txt', 'csv', 'json'].map((ext) => [ext, one(readFile(examples, `session.${ext}`))]));

  it('detects each format and reads it without warnings', () => {
    expect(Object.values(read).map((t) => [t.id, t.format, t.warnings])).toEqual([
      ['session.vtt', 'vtt', []], ['session.srt', 'srt', []], ['session.txt', 'text', []], ['session.csv', 'csv', []], ['session.json', 'json', []],
    ]);
  });

  it('gives the same conversation in all five formats (cues merged back into whole turns)', () => {
    const words = read.txt.turns.map((t) => t.text);
    expect(words.length).toBeGreaterThanOrEqual(40);
    for (const t of Object.values(read)) expect(t.turns.map((x) => x.text)).toEqual(words);
    const bySide = (t: Transcript) => t.turns.map((x) => (x.speaker === t.turns[0].speaker ? 'first' : 'second'));
    for (const t of Object.values(read)) expect(bySide(t)).toEqual(bySide(read.txt));
  });

  it('states roles where the file does, not for names alone', () => {
    expect(read.txt.statedRoles).toEqual({ Therapist: 'therapist', Client: 'client' });
    expect(read.csv.statedRoles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client' });
    for (const t of [read.vtt, read.srt, read.json]) {
      expect(t.statedRoles).toEqual({});
      expect(new Set(t.turns.map((x) => x.speaker))).toEqual(new Set(['Dr Lee', 'Sam']));
    }
  });

  it('keeps times where the file has them', () => {
    expect(read.vtt.turns[0]).toMatchObject({ start: 4.2, line: 3 });
    expect(read.vtt.turns.every((t, i, all) => t.start! <= t.end! && (i === 0 || all[i - 1].start! < t.start!))).toBe(true);
    expect(read.txt.turns[0].start).toBeUndefined();
  });
});

describe('readTranscripts: awkward files', () => {
  it('reads every fixture that is meant to be readable', () => {
    const formats = Object.fromEntries(
      ['bom-crlf.vtt', 'overlapping.vtt', 'multiline.srt', 'teams-uuid.vtt', 'markup.vtt', 'otter.txt', 'header-and-markup.txt', 'semicolon.csv', 'turns.jsonl', 'old-mac.txt', 'annomi-style.csv'].map((f) => {
        const r = readFile(fixtures, f);
        if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.problems)}`);
        return [f, r.value.map((t) => t.format).join(',')];
      }),
    );
    expect(formats).toEqual({
      'bom-crlf.vtt': 'vtt', 'overlapping.vtt': 'vtt', 'multiline.srt': 'srt', 'teams-uuid.vtt': 'vtt', 'markup.vtt': 'vtt', 'otter.txt': 'text',
      'header-and-markup.txt': 'text', 'semicolon.csv': 'csv', 'turns.jsonl': 'json', 'old-mac.txt': 'text', 'annomi-style.csv': 'annomi,annomi',
    });
  });

  it('gives one problem naming the file and line for each broken fixture', () => {
    for (const [file, line] of [['broken.json', 5], ['broken.csv', 3], ['garbled.srt', 2]] as const) {
      const r = readFile(fixtures, file);
      expect(r, file).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: file, line })] });
    }
  });

  it('reads content by what it is, not by a misleading extension', () => {
    const t = one(readTranscripts('WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>Hi.\n', 'notes.txt'));
    expect(t.format).toBe('vtt');
  });

  it('fails on an empty file, a blank one and a binary one', () => {
    for (const content of ['', '\uFEFF', ' \r\n\n\t']) {
      expect(readTranscripts(content, 'e.txt')).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: 'e.txt', line: 1, message: 'empty file' })] });
    }
    const bin = readTranscripts('PK\u0003\u0004\nword/document.xml\u0000\u0000', 'notes.docx');
    expect(bin).toEqual({ ok: false, problems: [expect.objectContaining({ source: 'notes.docx', line: 2, message: expect.stringContaining('binary') })] });
  });

  it('gives one clear problem for content that is no format at all', () => {
    const r = readTranscripts('\nMinutes of the meeting\nwe discussed the budget\n', 'minutes.md');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: 'minutes.md', line: 2, message: expect.stringMatching(/speaker labels.*WebVTT, SRT, CSV or JSON/) })] });
  });
});

describe('readTranscripts: very long files', () => {
  const N = 100_000;
  const speaker = (i: number) => (i % 2 ? 'Client' : 'Therapist');
  const words = (i: number) => `It sounds like turn ${i} was hard, and I wonder what you made of it?`;
  const clock = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
  const check = (r: ReturnType<typeof readTranscripts>, n: number) => {
    const t = one(r);
    expect(t.turns).toHaveLength(n);
    expect(t.turns[n - 1]).toMatchObject({ speaker: speaker(n - 1), text: words(n - 1) });
    expect(t.warnings).toEqual([]);
  };

  it(`reads ${N} turns of text, CSV and JSON`, () => {
    check(readTranscripts(Array.from({ length: N }, (_, i) => `${speaker(i)}: ${words(i)}`).join('\n'), 'big.txt'), N);
    check(readTranscripts(`speaker,text\n${Array.from({ length: N }, (_, i) => `${speaker(i)},"${words(i)}"`).join('\n')}`, 'big.csv'), N);
    check(readTranscripts(JSON.stringify(Array.from({ length: N }, (_, i) => ({ speaker: speaker(i), text: words(i) }))), 'big.json'), N);
  });

  it(`reads ${N} WebVTT cues`, () => {
    const vtt = `WEBVTT\n\n${Array.from({ length: N }, (_, i) => `${clock(i)} --> ${clock(i + 1)}\n<v ${speaker(i)}>${words(i)}\n`).join('\n')}`;
    check(readTranscripts(vtt, 'big.vtt'), N);
  });
});
