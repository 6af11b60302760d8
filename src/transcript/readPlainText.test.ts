import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContent } from './normalizeContent.js';
import { readPlainText } from './readPlainText.js';

const fixture = (name: string) => normalizeContent(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const read = (content: string) => {
  const r = readPlainText(content, 'f.txt');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const said = (t: { turns: Array<{ speaker: string; text: string }> }) => t.turns.map((x) => `${x.speaker}: ${x.text}`);

describe('readPlainText', () => {
  it('reads labels, continues unlabelled lines and keeps each labelled line its own turn', () => {
    const t = read('Therapist: How was it?\nClient: Hard.\nReally hard.\n\nClient: Anyway.\nCounsellor: Go on.\nPatient: OK.');
    expect(said(t)).toEqual(['Therapist: How was it?', 'Client: Hard. Really hard.', 'Client: Anyway.', 'Counsellor: Go on.', 'Patient: OK.']);
    expect(t.turns.map((x) => x.line)).toEqual([1, 2, 5, 6, 7]);
    expect(t.statedRoles).toEqual({ Therapist: 'therapist', Client: 'client', Counsellor: 'therapist', Patient: 'client' });
  });

  it('reads names, which state no role, and one person spelled two ways as one speaker', () => {
    const t = read('Dr Lee: Hello Sam.\nSAM: Hi.\nDr Lee: How are you?\nSam: Fine.');
    expect(said(t)).toEqual(['Dr Lee: Hello Sam.', 'SAM: Hi.', 'Dr Lee: How are you?', 'SAM: Fine.']);
    expect(t.statedRoles).toEqual({});
  });

  it('reads T:/C: with times after the name, skips a title block, strips stray markup', () => {
    const t = read(fixture('header-and-markup.txt'));
    expect(said(t)).toEqual([
      'T: Welcome back. How did the week go?',
      "C: Up and down. Mostly down, if I'm honest & I didn't do the diary. I kept meaning to.",
      "T: You kept meaning to, and it didn't happen.",
      "C: It's probably just me being lazy.",
      "T: Let's not call it lazy yet. What got in the way?",
    ]);
    expect(t.turns.map((x) => x.start)).toEqual([4, 9, 20, 31, 35]);
    expect(t.statedRoles).toEqual({ T: 'therapist', C: 'client' });
    expect(t.warnings).toMatchObject([
      { line: 1, message: expect.stringContaining('before the first speaker') },
      { line: 4, message: expect.stringContaining('stray markup') },
      { line: 8, value: '[inaudible]' },
    ]);
  });

  it('reads times before the name and a time on its own line', () => {
    const t = read('[00:00:01] Therapist: Hi.\n00:00:04\nClient: Hello.');
    expect(t.turns.map((x) => x.start)).toEqual([1, 4]);
    expect(said(t)).toEqual(['Therapist: Hi.', 'Client: Hello.']);
  });

  it("reads Otter's export: name and time on one line, words below", () => {
    const t = read(fixture('otter.txt'));
    expect(said(t)).toEqual([
      'Riley Chen: Hi Jo, thanks for coming in. Where would you like to start today?',
      "Jo Adams: I don't know. Work, I suppose. It's been a lot.",
      'Riley Chen: A lot in what way?',
      'Jo Adams: Deadlines mostly. And my manager keeps adding things. I never say no.',
      "Riley Chen: It's hard for you to say no to her.",
    ]);
    expect(t.turns.map((x) => x.start)).toEqual([2, 7, 12, 15, 3723]);
    expect(t.turns[3].line).toBe(10);
  });

  it('reads screenplay-style labels alone on a line', () => {
    const t = read('THERAPIST\nWhat brings you in?\n\nCLIENT\nMy sister made me.\n');
    expect(said(t)).toEqual(['THERAPIST: What brings you in?', 'CLIENT: My sister made me.']);
  });

  it('keeps a one-off capitalised "Word:" inside a turn as words', () => {
    const t = read('Amy: I told her.\nHonestly: it was awful.\nBen: That sounds hard.\nAmy: It was.\nBen: Mm.');
    expect(said(t)[0]).toBe('Amy: I told her. Honestly: it was awful.');
  });

  it('reads lone-CR line endings (old Mac exports) once normalised', () => {
    const t = read(fixture('old-mac.txt'));
    expect(said(t)).toEqual([
      'Therapist: What would a good week look like for you?',
      'Client: Seeing at least one friend. And not cancelling at the last minute.',
      'Therapist: Seeing a friend, and keeping the plan.',
    ]);
    expect(t.turns[2].line).toBe(5);
  });

  it('fails with the first line when no speaker label is found', () => {
    const r = readPlainText('\n\nDear diary, today was long.\nNothing else.', 'diary.txt');
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'unreadable_transcript', source: 'diary.txt', line: 3, value: 'Dear diary, today was long.' })] });
  });

  it('fails when the labels hold no words', () => {
    const r = readPlainText('Therapist:\nClient: [inaudible]\n', 'x.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ line: 1 });
  });
});
