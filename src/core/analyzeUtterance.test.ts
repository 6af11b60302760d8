import { describe, expect, it } from 'vitest';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { createAnalyzer } from './analyzeUtterance.js';
import type { UtteranceAnalysis } from './types.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const total = (a: UtteranceAnalysis) => a.empathy.er + a.empathy.ip + a.empathy.ex;

function expectWellFormed(a: UtteranceAnalysis) {
  for (const m of [...a.markers, ...(a.stanceMarkers ?? []), ...a.empathy.rationales]) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(a.text.length);
  }
  const sum = Object.values(a.styleScores).reduce((s, v) => s + v, 0);
  expect(sum).toBeCloseTo(1, 2);
  expect(a.balance.label.length).toBeGreaterThan(0);
}

describe('analyzeUtterance: the examples the product is built on', () => {
  it('reads a minimising client as passive', () => {
    const a = analyzer.analyze({ speaker: 'client', text: "I guess I feel kind of alone sometimes, but it's probably just me being overly sensitive." });
    expect(a.style).toBe('passive');
    expect(a.markers.map((m) => m.leaning)).toContain('passive');
    expect(a.talk).toBeDefined();
    expectWellFormed(a);
  });

  it('reads blame aimed at everyone, the therapist included, as aggressive', () => {
    const a = analyzer.analyze({ speaker: 'client', text: "Nobody around me understands or cares. It's like I'm invisible to everyone, including you!" });
    expect(a.style).toBe('aggressive');
    expect(a.balance.offBalance).toBe('aggressive');
  });

  it('reads an owned struggle with a clear wish as assertive', () => {
    const a = analyzer.analyze({ speaker: 'client', text: "I've been struggling with a sense of isolation, and it's impacting my well-being. I'd like to explore strategies to build more meaningful connections and address these feelings of loneliness." });
    expect(a.style).toBe('assertive');
    expect(a.markers.some((m) => m.leaning === 'assertive')).toBe(true);
  });

  it('reads a warm redirect of an oversharing client as empathic and assertive', () => {
    const a = analyzer.analyze({
      speaker: 'therapist',
      text: "I appreciate your willingness to share, but let's focus on one topic at a time to ensure we explore it thoroughly. Is it alright if we come back to the other issue later?",
      context: [{ speaker: 'client', text: 'And then my sister called, and my boss, and the landlord, and my knee, and my ex texted again...' }],
    });
    expect(a.stance).toBe('assertive');
    expect(total(a)).toBeGreaterThan(0);
    expect(a.mi).toBeDefined();
    expect(a.balance.offBalance).toBeNull();
    expectWellFormed(a);
  });

  it('codes a therapist reflection and question with subtypes only where they apply', () => {
    const r = analyzer.analyze({ speaker: 'therapist', text: 'So you feel invisible even with your own family.', context: [{ speaker: 'client', text: 'Even at home nobody notices me.' }] });
    expect(r.mi?.behaviour).toBe('reflection');
    expect(r.mi?.question).toBeNull();
    const q = analyzer.analyze({ speaker: 'therapist', text: 'What would you like to be different a year from now?' });
    expect(q.mi).toMatchObject({ behaviour: 'question', question: 'open', reflection: null });
  });

  it('gives only therapist turns a stance and MI code, only client turns a talk code', () => {
    const p = analyzer.analyze({ speaker: 'person', text: 'Could you text me next time?' });
    expect(p.stance).toBeUndefined();
    expect(p.mi).toBeUndefined();
    expect(p.talk).toBeUndefined();
  });
});

describe('analyzeUtterance: awkward input never crashes or hangs', () => {
  const cases: Array<[string, string]> = [
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['emoji', '😢😢 💔'],
    ['Chinese', '我最近感到非常孤独，没有人理解我。'],
    ['Spanish', 'Me siento muy sola últimamente y nadie me entiende.'],
    ['control characters', 'I\u0000 feel\u0007 ok\u001b[31m'],
    ['replacement characters', 'bad \uFFFD\uFFFD bytes'],
    ['lone surrogate', 'half \uD83D an emoji'],
  ];
  for (const speaker of ['therapist', 'client', 'person'] as const) {
    for (const [name, text] of cases) {
      it(`${name} (${speaker})`, () => {
        const a = analyzer.analyze({ speaker, text });
        expectWellFormed(a);
        if (name === 'empty' || name === 'whitespace') {
          expect(a.style).toBe('neutral');
          expect(total(a)).toBe(0);
          expect(a.notes.map((n) => n.code)).toContain('empty_text');
        }
      });
    }
  }

  it('analyses 100,000 characters quickly and says it read a prefix', () => {
    const text = 'I guess you never listen to me, sorry! '.repeat(2600).slice(0, 100_000);
    const t0 = performance.now();
    const a = analyzer.analyze({ speaker: 'therapist', text, context: [{ speaker: 'client', text }] });
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(a.notes.map((n) => n.code)).toContain('truncated');
    expectWellFormed(a);
  });

  it('notes text that is not English', () => {
    expect(analyzer.analyze({ speaker: 'client', text: 'Me siento muy sola últimamente y nadie me entiende.' }).notes.map((n) => n.code)).toContain('non_english');
  });
});
