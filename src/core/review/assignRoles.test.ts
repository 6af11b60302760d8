import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer, type Analyzer } from '../analyzeUtterance.js';
import { assignRoles, EVIDENCE_SAMPLE } from './assignRoles.js';
import type { Transcript } from './reviewTypes.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());

const COUNSELLOR = [
  'What brings you in today?',
  'It sounds like the move has left you feeling cut off from everyone.',
  'So part of you wants to reach out, and part of you is afraid of being a burden.',
  'How have the evenings been since then?',
  'You feel invisible even with your own family.',
  'What would you like to be different a month from now?',
];
const CLIENT = [
  'I moved here in spring for work and I barely know anyone.',
  "Yeah. I go to work, I come home, I eat, I sleep. That's it.",
  "I don't want to bother my sister, she has the kids and her own problems.",
  'Long. I just sit there with the TV on.',
  'My mum calls but it is always about my brother.',
  'I guess I would like to have one friend I could call.',
];

function session(first: 'counsellor' | 'client', names = { counsellor: 'Dr Lee', client: 'Sam' }, statedRoles: Transcript['statedRoles'] = {}): Transcript {
  const turns = [];
  for (let i = 0; i < COUNSELLOR.length; i++) {
    const pair = [
      { speaker: names.counsellor, text: COUNSELLOR[i] },
      { speaker: names.client, text: CLIENT[i] },
    ];
    turns.push(...(first === 'counsellor' ? pair : pair.reverse()));
  }
  return { id: 't', format: 'text', turns: turns.map((t, i) => ({ ...t, line: i + 1 })), statedRoles, warnings: [] };
}

describe('assignRoles: inference', () => {
  it('takes the speaker who asks and reflects as the therapist, whoever speaks first', () => {
    for (const first of ['counsellor', 'client'] as const) {
      const r = assignRoles(session(first), analyzer);
      expect(r.source).toBe('inferred');
      expect(r.roles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client' });
      const lee = r.evidence.find((e) => e.speaker === 'Dr Lee');
      const sam = r.evidence.find((e) => e.speaker === 'Sam');
      expect(lee?.turns).toBe(6);
      expect(lee?.share).toBeGreaterThan(sam?.share ?? 1);
      expect(lee?.share).toBeCloseTo(((lee?.questions ?? 0) + (lee?.reflections ?? 0)) / 6, 2);
      expect(lee?.analysed).toBe(6);
    }
  });

  it('is not fooled by a client who asks the questions: the therapist talks about the client', () => {
    const script = [
      ['Ana', 'What should I do? Is it my fault that my brother stopped talking to me?'],
      ['Kim', "You're wondering whether you caused this."],
      ['Ana', 'Do you think I was too harsh with him? Should I call him?'],
      ['Kim', 'You want to get this right, and you are worried about making it worse.'],
      ['Ana', 'Am I overreacting? Is that normal?'],
      ['Kim', 'Part of you wants to reach out, and part of you is afraid of how he will react.'],
    ] as const;
    const t: Transcript = { id: 't', format: 'text', statedRoles: {}, warnings: [], turns: script.map(([speaker, text], i) => ({ speaker, text, line: i + 1 })) };
    const r = assignRoles(t, analyzer);
    expect(r.roles).toEqual({ Ana: 'client', Kim: 'therapist' });
    const kim = r.evidence.find((e) => e.speaker === 'Kim');
    const ana = r.evidence.find((e) => e.speaker === 'Ana');
    expect(kim?.secondPersonShare).toBeGreaterThan(ana?.secondPersonShare ?? 1);
  });

  it('makes a speaker with a few turns `other`', () => {
    const t = session('counsellor');
    t.turns.splice(3, 0, { speaker: 'Interpreter', text: 'She says the evenings are the worst.', line: 99 });
    expect(assignRoles(t, analyzer).roles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client', Interpreter: 'other' });
  });

  it('samples at most EVIDENCE_SAMPLE turns per speaker, spread over the session', () => {
    const long = session('counsellor');
    const turns = Array.from({ length: 10 }, () => long.turns).flat().map((t, i) => ({ ...t, line: i + 1 }));
    let calls = 0;
    const counting: Analyzer = { analyze: (x) => (calls++, analyzer.analyze(x)), analyzeMany: (xs) => Array.from(xs, (x) => (calls++, analyzer.analyze(x))) };
    const r = assignRoles({ ...long, turns }, counting);
    expect(r.evidence.map((e) => [e.turns, e.analysed])).toEqual([[60, EVIDENCE_SAMPLE], [60, EVIDENCE_SAMPLE]]);
    expect(calls).toBe(2 * EVIDENCE_SAMPLE);
    expect(r.roles['Dr Lee']).toBe('therapist');
  });

  it('handles an empty transcript and a single speaker', () => {
    expect(assignRoles({ ...session('counsellor'), turns: [] }, analyzer)).toEqual({ roles: {}, source: 'inferred', evidence: [] });
    const solo = session('counsellor');
    solo.turns = solo.turns.filter((t) => t.speaker === 'Sam');
    expect(assignRoles(solo, analyzer).roles).toEqual({ Sam: 'therapist' });
  });
});

describe('assignRoles: names and stated roles', () => {
  it('lets names given by the user win, case-insensitively, the other speaker taking the other role', () => {
    const r = assignRoles(session('counsellor'), analyzer, { therapist: ['sam'] });
    expect(r.source).toBe('flags');
    expect(r.roles).toEqual({ 'Dr Lee': 'client', Sam: 'therapist' });
    expect(r.evidence).toEqual([]); // nothing was inferred, so nothing was analysed for it
    expect(assignRoles(session('counsellor'), analyzer, { client: ['DR LEE'] }).roles).toEqual({ 'Dr Lee': 'client', Sam: 'therapist' });
  });

  it('gives the missing role to the busiest unnamed speaker and makes the rest `other`', () => {
    const t = session('counsellor');
    t.turns.push({ speaker: 'Mum', text: 'Can I say something?', line: 50 });
    expect(assignRoles(t, analyzer, { therapist: ['Dr Lee'] }).roles).toEqual({ 'Dr Lee': 'therapist', Sam: 'client', Mum: 'other' });
  });

  it('ignores names that match nobody and falls back to the file, then to inference', () => {
    const stated = session('counsellor', undefined, { 'Dr Lee': 'client', Sam: 'therapist' });
    const r = assignRoles(stated, analyzer, { therapist: ['Nobody'] });
    expect(r.source).toBe('file');
    expect(r.roles).toEqual({ 'Dr Lee': 'client', Sam: 'therapist' });
  });

  it('uses stated roles only when they cover every speaker', () => {
    const partial = session('counsellor', undefined, { Sam: 'therapist' });
    expect(assignRoles(partial, analyzer).source).toBe('inferred');
    const caseOnly = session('counsellor', undefined, { 'dr lee': 'therapist', sam: 'client' });
    expect(assignRoles(caseOnly, analyzer)).toMatchObject({ source: 'file', roles: { 'Dr Lee': 'therapist', Sam: 'client' } });
  });
});
