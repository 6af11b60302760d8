import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer, type Analyzer } from '../analyzeUtterance.js';
import { EVIDENCE_SAMPLE } from './assignRoles.js';
import { buildReview } from './buildReview.js';
import { detectFocusShifts } from './detectFocusShifts.js';
import { detectRuptures } from './detectRuptures.js';
import { detectSafety } from './detectSafety.js';
import { detectStructure } from './detectStructure.js';
import type { Transcript } from './reviewTypes.js';

const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);

const SCRIPT: ReadonlyArray<readonly [string, string]> = [
  ['Dr Lee', "Let's start by agreeing what we focus on today. What feels most important?"],
  ['Sam', 'I feel so lonely since the move. Nobody notices me.'],
  ['Dr Lee', 'It sounds like you feel invisible even at home. What is that like for you?'],
  ['Sam', "Honestly, some nights I think everyone would be better off without me."],
  ['Mum', 'She has not been sleeping.'],
  ['Dr Lee', 'Do you call your sister?'],
  ['Sam', "No. Look, this isn't helping. You don't get it."],
  ['Dr Lee', 'You need to stop feeling sorry for yourself and call her.'],
  ['Sam', 'Fine, whatever.'],
  ['Dr Lee', 'So part of you wants to reach out, and part of you is afraid of being a burden.'],
  ['Sam', 'Yeah. I guess I would like to have one friend I could call.'],
  ['Dr Lee', 'What would be a first small step toward that?'],
];

function transcript(script = SCRIPT, extra: Partial<Transcript> = {}): Transcript {
  return {
    id: 'session.txt', format: 'text', statedRoles: {}, warnings: [],
    turns: script.map(([speaker, text], i) => ({ speaker, text, line: i + 1, start: i * 10, end: i * 10 + 8 })),
    ...extra,
  };
}

function counting(): { analyzer: Analyzer; calls: () => number } {
  let n = 0;
  const analyze: Analyzer['analyze'] = (input) => (n++, analyzer.analyze(input));
  return { analyzer: { analyze, analyzeMany: (xs) => Array.from(xs, analyze) }, calls: () => n };
}

describe('buildReview', () => {
  const report = buildReview(transcript(), analyzer, resources);

  it('assigns roles and analyses every turn as its role, with the three turns before it as context', () => {
    expect(report.roles.roles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client', Mum: 'other' });
    expect(report.turns.map((t) => t.index)).toEqual(SCRIPT.map((_, i) => i));
    const mum = report.turns[4];
    expect(mum).toMatchObject({ speaker: 'Mum', role: 'other', start: 40, end: 48, line: 5 });
    expect(mum.analysis.speaker).toBe('person');
    expect(report.turns[1].analysis.talk).toBeDefined();
    const t = report.turns[7];
    const expected = analyzer.analyze({
      speaker: 'therapist', text: t.text,
      context: [{ speaker: 'person', text: SCRIPT[4][1] }, { speaker: 'therapist', text: SCRIPT[5][1] }, { speaker: 'client', text: SCRIPT[6][1] }],
    });
    expect(t.analysis).toEqual(expected);
  });

  it('runs the alliance detectors over the analysed turns', () => {
    expect(report.safety).toEqual(detectSafety(report.turns, resources));
    expect(report.ruptures).toEqual(detectRuptures(report.turns, resources));
    expect(report.focus).toEqual(detectFocusShifts(report.turns, resources));
    expect(report.structure).toEqual(detectStructure(report.turns, resources));
  });

  it('assembles the summary, highlights and what to practise', () => {
    expect(report.format).toBe('attune-review/1');
    expect(report.source).toEqual({ id: 'session.txt', format: 'text' });
    expect(report.summary).toMatchObject({ turns: 12, therapistTurns: 6, clientTurns: 5, durationSeconds: 118 });
    expect(report.highlights.problematic.map((h) => h.turn)).toContain(7);
    expect(report.highlights.empathic.map((h) => h.turn)).toContain(2);
    expect(report.practiseNext.length).toBeGreaterThanOrEqual(1);
    expect(report.practiseNext.length).toBeLessThanOrEqual(3);
    expect(report.redacted).toBe(false);
    const json = JSON.stringify(report); // plain data (compared as text: -0 and 0 print alike)
    expect(JSON.stringify(JSON.parse(json))).toBe(json);
  });

  it('passes the transcript warnings on and adds problems with the names given', () => {
    const warning = { code: 'invalid_input' as const, message: 'skipped a cue', line: 3 };
    const r = buildReview(transcript(SCRIPT, { warnings: [warning] }), analyzer, resources, { therapist: ['dr lee', 'Dr Who'], redacted: true });
    expect(r.roles.source).toBe('flags');
    expect(r.warnings[0]).toEqual(warning);
    expect(r.warnings.slice(1)).toEqual([expect.objectContaining({ code: 'unknown_speaker', value: 'Dr Who' })]);
    expect(r.redacted).toBe(true);
  });

  it('builds a 600-turn session analysing each turn once (roles stated by the file need no evidence sample)', () => {
    const turns: Array<readonly [string, string]> = [];
    // Numbered so that no two turns read the same (identical turns in identical context are analysed once).
    for (let k = 0; turns.length < 600; k++) turns.push(...SCRIPT.filter(([s]) => s !== 'Mum').map(([s, t]) => [s, `${t} (${k})`] as const));
    const long = transcript(turns.slice(0, 600) as typeof SCRIPT, { statedRoles: { 'Dr Lee': 'therapist', Sam: 'client' } });
    const c = counting();
    const r = buildReview(long, c.analyzer, resources);
    expect(r.roles.source).toBe('file');
    expect(r.turns).toHaveLength(600);
    expect(r.summary.therapistTurns).toBe(long.turns.filter((t) => t.speaker === 'Dr Lee').length);
    expect(c.calls()).toBe(600);
    for (const list of Object.values(r.highlights)) expect(list.length).toBeLessThanOrEqual(3);
    // Inferred roles: the therapist's evidence sample is reused; only the client's sample costs extra.
    const inferred = counting();
    const ri = buildReview({ ...long, statedRoles: {} }, inferred.analyzer, resources);
    expect(ri.roles.source).toBe('inferred');
    expect(inferred.calls()).toBe(600 + EVIDENCE_SAMPLE);
  });
});
