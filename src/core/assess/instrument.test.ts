import { describe, expect, it } from 'vitest';
import { INSTRUMENT_FORMAT, instrumentItems, parseInstrument, type InstrumentFile } from './instrument.js';

function fixture(over: Partial<InstrumentFile> = {}): InstrumentFile {
  return {
    format: INSTRUMENT_FORMAT,
    id: 'test-scale',
    title: 'Test',
    responseFormats: { accuracy: { labels: ['1', '2', '3', '4', '5'], values: [1, 2, 3, 4, 5] } },
    scoring: 'mean',
    scales: [
      {
        id: 'a',
        title: 'A',
        minAnswered: 2,
        items: [
          { id: 'a-1', text: 'One.', format: 'accuracy', reverse: false },
          { id: 'a-2', text: 'Two.', format: 'accuracy', reverse: true },
          { id: 'a-3', text: 'Three.', format: 'accuracy', reverse: false },
        ],
      },
    ],
    interpretation: { note: 'Scores describe; they do not diagnose.', bands: [] },
    missingRule: 'at least 2',
    source: 'test',
    citation: 'test',
    licence: 'public domain',
    ...over,
  };
}

describe('parseInstrument', () => {
  it('accepts a valid instrument and lists its items in order', () => {
    const r = parseInstrument(fixture(), 'x.json');
    expect(r.ok).toBe(true);
    if (r.ok) expect(instrumentItems(r.value).map((i) => i.id)).toEqual(['a-1', 'a-2', 'a-3']);
  });

  it('names the file, field and value of a schema problem', () => {
    const bad = fixture();
    bad.scales[0].items[1] = { ...bad.scales[0].items[1], reverse: 'yes' as unknown as boolean };
    const r = parseInstrument(bad, 'data/instruments/x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems).toContainEqual(expect.objectContaining({ code: 'invalid_resource', source: 'data/instruments/x.json', path: 'scales.0.items.1.reverse', value: 'yes' }));
  });

  it('refuses a missing citation, an unknown field and labels without one value each', () => {
    const noCitation: Record<string, unknown> = { ...fixture(), extra: 1 };
    delete noCitation.citation;
    const r = parseInstrument(noCitation, 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['citation', '']));
    const r2 = parseInstrument(fixture({ responseFormats: { accuracy: { labels: ['a', 'b', 'c'], values: [1, 2] } } }), 'f.json');
    expect(!r2.ok && r2.problems[0].path).toBe('responseFormats.accuracy.values');
  });

  it('refuses an unknown answer format, repeated ids, minAnswered above the item count and unordered bands', () => {
    const f = fixture({ interpretation: { note: 'n', bands: [{ from: 50, label: 'high' }, { from: 0, label: 'low' }] } });
    f.scales[0].items[2] = { ...f.scales[0].items[2], id: 'a-1', format: 'degree' };
    f.scales.push({ ...f.scales[0], items: [f.scales[0].items[1]] , minAnswered: 1 });
    const r = parseInstrument(f, 'f.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => [p.path, p.value])).toEqual(
        expect.arrayContaining([
          ['scales.0.items.2.id', 'a-1'],
          ['scales.0.items.2.format', 'degree'],
          ['scales.1.id', 'a'],
          ['scales.1.items.0.id', 'a-2'],
          ['interpretation.bands.1.from', '0'],
        ]),
      );
    }
    const tooMany = fixture();
    tooMany.scales[0].minAnswered = 4;
    const r2 = parseInstrument(tooMany, 'f.json');
    expect(!r2.ok && r2.problems[0].path).toBe('scales.0.minAnswered');
  });
});
