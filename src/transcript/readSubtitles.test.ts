import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeContent } from './normalizeContent.js';
import { readSubtitles } from './readSubtitles.js';

const fixture = (name: string) => normalizeContent(fs.readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const read = (content: string, format: 'vtt' | 'srt' = 'vtt') => {
  const r = readSubtitles(content, 'f', format);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const said = (t: { turns: Array<{ speaker: string; text: string }> }) => t.turns.map((x) => `${x.speaker}: ${x.text}`);

describe('readSubtitles', () => {
  it('merges consecutive cues of one speaker into one turn, keeping the first start and last end', () => {
    const t = read('WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>One.\n\n00:02.500 --> 00:04.000\n<v A>Two.\n\n00:04.200 --> 00:05.000\n<v B>Three.\n\n00:05.000 --> 00:06.000\n<v A>Four.\n');
    expect(said(t)).toEqual(['A: One. Two.', 'B: Three.', 'A: Four.']);
    expect(t.turns[0]).toMatchObject({ start: 1, end: 4, line: 3 });
  });

  it('continues the last speaker for a cue naming nobody, "Unknown" before any, with a warning', () => {
    const t = read('WEBVTT\n\n00:00.000 --> 00:01.000\nHello?\n\n00:01.000 --> 00:02.000\n<v A>Hi.\n\n00:02.000 --> 00:03.000\nStill me.\n');
    expect(said(t)).toEqual(['Unknown: Hello?', 'A: Hi. Still me.']);
    expect(t.warnings).toMatchObject([{ line: 3, message: expect.stringContaining('Unknown') }]);
  });

  it('keeps one turn per cue when no cue names a speaker', () => {
    const t = read('1\n00:00:01,000 --> 00:00:02,000\nHello.\n\n2\n00:00:02,000 --> 00:00:03,000\nHi there.\n', 'srt');
    expect(said(t)).toEqual(['Unknown: Hello.', 'Unknown: Hi there.']);
    expect(t.warnings[0].message).toMatch(/no speaker names/);
  });

  it('reads Zoom captions with a BOM, CRLF, header metadata and "Name: text" cues', () => {
    const t = read(fixture('bom-crlf.vtt'));
    expect(said(t)).toEqual([
      'Priya Shah: Morning, Alex. Shall we start with how the week has been?',
      "Alex Morgan: Honestly, not great. I've been sleeping badly again. Lying awake going over work stuff.",
      'Priya Shah: So the nights have been hard, and work follows you to bed.',
    ]);
    expect(t.turns[1]).toMatchObject({ line: 9, start: 5.01, end: 12.05 });
    expect(t.warnings).toEqual([]);
  });

  it('reads overlapping cues in file order and splits a cue with two voices', () => {
    const t = read(fixture('overlapping.vtt'));
    expect(said(t)).toEqual([
      'Jordan: I just feel like nobody at home listens to me anymore.',
      'Dr Okafor: Mm.',
      "Jordan: Like, I'll say something and it just disappears. And then they wonder why I stay in my room.",
      "Dr Okafor: It sounds like you've stopped expecting to be heard.",
      'Jordan: Yeah.',
      'Dr Okafor: What would it look like, if someone at home really listened?',
    ]);
    expect(t.turns[2]).toMatchObject({ start: 4, end: 9.8 });
    expect(t.turns[4].line).toBe(17);
  });

  it('reads multi-line SRT cues, dialogue dashes, a missing blank line and SSA overrides', () => {
    const t = read(fixture('multiline.srt'), 'srt');
    expect(said(t)).toEqual([
      'THERAPIST: Last week you mentioned the argument with your manager.',
      "CLIENT: Yeah. I didn't say anything in the meeting, I just sat there. And afterwards I was furious with myself.",
      'THERAPIST: Furious that you stayed quiet.',
      'CLIENT: Exactly.',
      'THERAPIST: What would you have wanted to say?',
    ]);
    expect(t.statedRoles).toEqual({ THERAPIST: 'therapist', CLIENT: 'client' });
    expect(t.turns[2].line).toBe(14);
  });

  it('skips NOTE and STYLE blocks and reads UUID cue identifiers (Teams)', () => {
    const t = read(fixture('teams-uuid.vtt'));
    expect(said(t)).toEqual([
      'Morgan Ellis: Thanks for joining on video today, Chris. Can you hear me OK?',
      "Chris Taylor: Yes, fine. Sorry, the connection was dropping earlier, I'm in the car park at work.",
      'Morgan Ellis: No need to apologise. Is it private enough there to talk?',
    ]);
    expect(t.turns[0].line).toBe(10);
    expect(t.statedRoles).toEqual({});
    expect(t.warnings).toEqual([]);
  });

  it('strips inline markup, keeps (laughs), drops an [inaudible]-only cue with a warning', () => {
    const t = read(fixture('markup.vtt'));
    expect(said(t)).toEqual([
      "Sam: I really didn't want to come today.",
      "Dr Lee: That's OK. You came anyway. What made the difference?",
      'Sam: My sister & her nagging, mostly. (laughs)',
      'Dr Lee: So it helps to have someone in your corner.',
    ]);
    expect(t.warnings).toMatchObject([{ line: 19, value: '[inaudible]' }]);
  });

  it('does not merge across another speaker whose cue was only a note', () => {
    const t = read('WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>One.\n\n00:01.000 --> 00:02.000\n<v B>[inaudible]\n\n00:02.000 --> 00:03.000\n<v A>Two.\n');
    expect(said(t)).toEqual(['A: One.', 'A: Two.']);
  });

  it('takes a one-off "Word:" inside a cue for words when real speakers recur', () => {
    const t = read('1\n00:00:01,000 --> 00:00:02,000\nAmy: Hi.\n\n2\n00:00:02,000 --> 00:00:03,000\nBen: Honestly: no.\n\n3\n00:00:03,000 --> 00:00:04,000\nAmy: OK.\n\n4\n00:00:04,000 --> 00:00:05,000\nBen: Fine.\n', 'srt');
    expect(said(t)).toEqual(['Amy: Hi.', 'Ben: Honestly: no.', 'Amy: OK.', 'Ben: Fine.']);
  });

  it('skips an unreadable cue with a warning naming its line', () => {
    const t = read('WEBVTT\n\n00:00.000 --> 00:01.000\n<v A>One.\n\n00:01.000 -> 00:02.000\n<v B>Lost.\n\nstray words\n\n00:02.000 --> 00:03.000\n<v B>Two.\n');
    expect(said(t)).toEqual(['A: One.', 'B: Two.']);
    expect(t.warnings).toMatchObject([
      { line: 6, message: expect.stringContaining('timing not readable'), value: '00:01.000 -> 00:02.000' },
      { line: 9, message: expect.stringContaining('outside any cue'), value: 'stray words' },
    ]);
  });

  it('fails with the first unreadable line when no cue can be read', () => {
    const r = readSubtitles(fixture('garbled.srt'), 'garbled.srt', 'srt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toEqual([expect.objectContaining({ code: 'unreadable_transcript', source: 'garbled.srt', line: 2 })]);
  });

  it('fails on a header with no cues', () => {
    const r = readSubtitles('WEBVTT\n\nNOTE nothing here\n', 'e.vtt', 'vtt');
    expect(r.ok).toBe(false);
  });
});
