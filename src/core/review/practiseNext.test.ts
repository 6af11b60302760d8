import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { createAnalyzer } from '../analyzeUtterance.js';
import type { MiCoding, Stance } from '../types.js';
import { PRACTICE_ITEMS, practiseNext } from './practiseNext.js';
import type { FocusShift, ReviewTurn, Rupture } from './reviewTypes.js';
import { sessionSummary } from './sessionSummary.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const P = { reflection: 0.25, question: 0.25, therapist_input: 0.25, other: 0.25 };
type Code = 'oq' | 'cq' | 'sr' | 'cr' | 'in';
const MI: Record<Code, MiCoding> = {
  oq: { behaviour: 'question', question: 'open', reflection: null, probabilities: P },
  cq: { behaviour: 'question', question: 'closed', reflection: null, probabilities: P },
  sr: { behaviour: 'reflection', question: null, reflection: 'simple', probabilities: P },
  cr: { behaviour: 'reflection', question: null, reflection: 'complex', probabilities: P },
  in: { behaviour: 'therapist_input', question: null, reflection: null, probabilities: P },
};
const THERAPIST = analyzer.analyze({ speaker: 'therapist', text: 'It sounds like you feel stuck. What would help?' });
const CLIENT = analyzer.analyze({ speaker: 'client', text: 'I feel stuck and tired of it all, really.' });

/** A session alternating therapist and client turns, the therapist's turns coded as given. */
function session(codes: ReadonlyArray<Code | [Code, Stance]>) {
  const turns: ReviewTurn[] = [];
  for (const c of codes) {
    const [code, stance] = Array.isArray(c) ? c : [c, 'none' as Stance];
    turns.push({ index: turns.length, speaker: 'T', role: 'therapist', text: THERAPIST.text, line: 1, analysis: { ...THERAPIST, mi: MI[code], stance } });
    turns.push({ index: turns.length, speaker: 'C', role: 'client', text: CLIENT.text, line: 1, analysis: CLIENT });
  }
  return { turns, summary: sessionSummary(turns), ruptures: [] as Rupture[], focus: [] as FocusShift[] };
}

describe('practiseNext', () => {
  it('names a low reflection-to-question ratio with its number and the MITI thresholds', () => {
    const items = practiseNext(session(['oq', 'oq', 'cq', 'oq', 'sr', 'oq', 'cr']));
    expect(items.some((i) => i.includes('0.4 reflections per question') && i.includes('1:1'))).toBe(true);
  });

  it('names few complex reflections and few open questions', () => {
    const items = practiseNext(session(['sr', 'sr', 'sr', 'cq', 'cq', 'cq', 'oq', 'sr', 'sr', 'sr', 'sr']));
    expect(items.some((i) => i.includes('0% of them were complex'))).toBe(true);
    expect(items.some((i) => i.includes('25% of your questions were open'))).toBe(true);
  });

  it('puts an unrepaired rupture first, with its turn as people count turns', () => {
    const s = session(['oq', 'cq', 'oq', 'sr', 'oq', 'cq']);
    const rupture: Rupture = { kind: 'withdrawal', turn: 5, cues: [], repaired: false, repair: null };
    const items = practiseNext({ ...s, ruptures: [rupture, { ...rupture, turn: 7, repaired: true, repair: { turn: 8, moves: [] } }] });
    expect(items[0]).toMatch(/^Repair ruptures: .* at turn 6 and/);
    expect(items.length).toBeLessThanOrEqual(PRACTICE_ITEMS);
  });

  it('names turns that lost the balance', () => {
    const items = practiseNext(session([['in', 'aggressive'], 'sr', 'cr', ['in', 'aggressive'], 'cr', 'cr', 'sr', 'cr', 'cr', 'cr']));
    expect(items[0]).toContain('turns 1 and 7');
    expect(items[0]).toMatch(/permission/);
    const passive = practiseNext(session([['in', 'passive'], 'cr', 'cr', 'oq']));
    expect(passive[0]).toMatch(/^Hold the frame kindly: turn 1 /);
  });

  it('names focus left on the therapist', () => {
    const s = session(['cr', 'cr', 'oq', 'cr']);
    const focus: FocusShift = { kind: 'therapist_self_disclosure', turn: 2, cues: [], refocused: false, refocusTurn: null };
    expect(practiseNext({ ...s, focus: [focus] }).some((i) => i.startsWith('Keep the focus on the client: at turn 3'))).toBe(true);
  });

  it('gives one thing to keep doing when nothing is weak, and says so when there is no therapist', () => {
    const good = practiseNext(session(['cr', 'cr', 'oq', 'cr', 'sr', 'oq']));
    expect(good).toHaveLength(1);
    expect(good[0]).toMatch(/^Keep reflecting/);
    const noTherapist = session([]);
    expect(practiseNext(noTherapist)[0]).toMatch(/check the speaker roles/);
  });

  it('never gives more than three', () => {
    const s = session(['cq', 'cq', ['in', 'aggressive'], ['in', 'passive'], 'sr', 'cq', ['in', 'aggressive'], ['in', 'passive'], 'cq', 'sr']);
    const rupture: Rupture = { kind: 'confrontation', turn: 1, cues: [], repaired: false, repair: null };
    expect(practiseNext({ ...s, ruptures: [rupture] })).toHaveLength(PRACTICE_ITEMS);
  });
});
