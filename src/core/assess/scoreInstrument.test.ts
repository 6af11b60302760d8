import { describe, expect, it } from 'vitest';
import { INSTRUMENT_FORMAT, parseInstrument, type Instrument, type InstrumentFile } from './instrument.js';
import { bandOf, scoreInstrument } from './scoreInstrument.js';

function parsed(file: InstrumentFile): Instrument {
  const r = parseInstrument(file, 'fixture');
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const base = { format: INSTRUMENT_FORMAT, scoring: 's', missingRule: 'm', source: 's', citation: 'c', licence: 'l' } as const;

/** IPIP-like: 1..5, two of four items keyed "−", scored with at least half answered. */
const ipip = parsed({
  ...base,
  id: 'ipip-like',
  title: 'IPIP-like',
  responseFormats: { accuracy: { labels: ['VI', 'MI', 'N', 'MA', 'VA'], values: [1, 2, 3, 4, 5] } },
  scales: [
    {
      id: 'x',
      title: 'X',
      minAnswered: 2,
      items: [
        { id: 'x1', text: 't', format: 'accuracy', reverse: false },
        { id: 'x2', text: 't', format: 'accuracy', reverse: true },
        { id: 'x3', text: 't', format: 'accuracy', reverse: false },
        { id: 'x4', text: 't', format: 'accuracy', reverse: true },
      ],
    },
  ],
  interpretation: { note: 'Scores describe; they do not diagnose.', bands: [] },
});

/** CBI-like: options map to 100/75/50/25/0, one reversed item, bands at 0 and 50. */
const cbi = parsed({
  ...base,
  id: 'cbi-like',
  title: 'CBI-like',
  responseFormats: {
    frequency: { labels: ['Always', 'Often', 'Sometimes', 'Seldom', 'Never'], values: [100, 75, 50, 25, 0] },
    degree: { labels: ['VH', 'H', 'S', 'L', 'VL'], values: [100, 75, 50, 25, 0] },
  },
  scales: [
    { id: 'p', title: 'P', minAnswered: 2, items: ['p1', 'p2', 'p3'].map((id) => ({ id, text: 't', format: 'frequency', reverse: false })) },
    {
      id: 'w',
      title: 'W',
      minAnswered: 2,
      items: [
        { id: 'w1', text: 't', format: 'degree', reverse: false },
        { id: 'w2', text: 't', format: 'frequency', reverse: false },
        { id: 'w3', text: 't', format: 'frequency', reverse: true },
      ],
    },
  ],
  interpretation: { note: 'n', bands: [{ from: 0, label: 'low' }, { from: 50, label: 'high' }] },
});

const scoresOf = (inst: Instrument, answers: Record<string, number | null>) => {
  const r = scoreInstrument(inst, answers);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('scoreInstrument: IPIP key', () => {
  it('scores "−" keyed items 6 − x and takes the mean', () => {
    // 5, 6−2=4, 3, 6−1=5 → 17/4
    const s = scoresOf(ipip, { x1: 5, x2: 2, x3: 3, x4: 1 });
    expect(s.scales[0]).toMatchObject({ scaleId: 'x', score: 4.25, min: 1, max: 5, answered: 4, items: 4, band: null });
    expect(s.issues).toEqual([]);
    expect(s.note).toMatch(/do not diagnose/);
  });

  it('all lowest on "+" and all highest on "−" items gives the minimum', () => {
    expect(scoresOf(ipip, { x1: 1, x2: 5, x3: 1, x4: 5 }).scales[0].score).toBe(1);
  });

  it('scores the mean of the answered items when enough are answered, and says which are missing', () => {
    // 5, 4, 5 → 14/3 = 4.666… → 4.67
    const s = scoresOf(ipip, { x1: 5, x2: 2, x3: null, x4: 1 });
    expect(s.scales[0]).toMatchObject({ score: 4.67, answered: 3 });
    expect(s.issues).toEqual([{ code: 'missing_answers', scaleId: 'x', items: ['x3'] }]);
  });

  it('gives no score with fewer than minAnswered answers', () => {
    const s = scoresOf(ipip, { x2: 4 });
    expect(s.scales[0]).toMatchObject({ score: null, answered: 1, band: null });
    expect(s.issues).toEqual([{ code: 'too_few_answers', scaleId: 'x', items: ['x1', 'x3', 'x4'], expected: 2 }]);
    // Exactly minAnswered is enough: 2 and 6−4=2.
    expect(scoresOf(ipip, { x1: 2, x2: 4 }).scales[0].score).toBe(2);
  });

  it('refuses answers that are not options, and answers to items it does not have', () => {
    const r = scoreInstrument(ipip, { x1: 0, x2: 6, x3: 2.5, x4: '3' as unknown as number, nope: 3 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues).toEqual([
        { code: 'invalid_answer', itemId: 'x1', value: '0', expected: 5 },
        { code: 'invalid_answer', itemId: 'x2', value: '6', expected: 5 },
        { code: 'invalid_answer', itemId: 'x3', value: '2.5', expected: 5 },
        { code: 'invalid_answer', itemId: 'x4', value: '"3"', expected: 5 },
        { code: 'unknown_item', itemId: 'nope', value: 'nope' },
      ]);
    }
  });

  it('does not take inherited properties for answers', () => {
    const s = scoresOf(ipip, Object.create({ x1: 5 }) as Record<string, number>);
    expect(s.scales[0].answered).toBe(0);
  });
});

describe('scoreInstrument: CBI key', () => {
  it('maps options to 100/75/50/25/0, reverses the reversed item and takes each scale mean', () => {
    // p: 100, 75, 50 → 75 (high). w: 25, 0, reversed 5th option → 100 → 125/3 = 41.67 (low).
    const s = scoresOf(cbi, { p1: 1, p2: 2, p3: 3, w1: 4, w2: 5, w3: 5 });
    expect(s.scales.map((x) => [x.scaleId, x.score, x.band?.label, x.min, x.max])).toEqual([
      ['p', 75, 'high', 0, 100],
      ['w', 41.67, 'low', 0, 100],
    ]);
  });

  it('reads a score of exactly 50 as in the upper band, and scores each scale on its own answers', () => {
    const s = scoresOf(cbi, { p1: 3, p2: 3, w1: 1 });
    expect(s.scales[0]).toMatchObject({ score: 50, band: { from: 50, label: 'high' } });
    expect(s.scales[1]).toMatchObject({ score: null, band: null });
    expect(s.issues.map((i) => [i.code, i.scaleId])).toEqual([
      ['missing_answers', 'p'],
      ['too_few_answers', 'w'],
    ]);
  });
});

describe('bandOf', () => {
  it('finds the last band a score reaches and none below the first', () => {
    const bands = [{ from: 0, label: 'a' }, { from: 50, label: 'b' }, { from: 75, label: 'c' }];
    expect([-1, 0, 49.99, 50, 74, 75, 100].map((x) => bandOf(x, bands)?.label ?? null)).toEqual([null, 'a', 'a', 'b', 'b', 'c', 'c']);
  });
});
