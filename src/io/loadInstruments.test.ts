import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { instrumentItems, type Instrument } from '../core/assess/instrument.js';
import { scoreInstrument } from '../core/assess/scoreInstrument.js';
import { DEFAULT_INSTRUMENTS_DIR, loadInstrumentFile, loadInstruments } from './loadInstruments.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-instruments-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function shipped(): Instrument[] {
  const r = loadInstruments();
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.value;
}
const byId = (id: string) => {
  const i = shipped().find((x) => x.id === id);
  if (!i) throw new Error(`no instrument ${id}`);
  return i;
};

describe('the shipped instruments', () => {
  it('all load, each with a citation, a licence and a note on what scores mean', () => {
    const files = fs.readdirSync(DEFAULT_INSTRUMENTS_DIR).filter((f) => f.endsWith('.json'));
    const all = shipped();
    expect(all.map((i) => i.id).sort()).toEqual(['cbi', 'ipip-16pf-assertiveness', 'ipip-bfas-compassion', 'ipip-neo-e3-assertiveness']);
    expect(all).toHaveLength(files.length);
    for (const i of all) {
      expect(i.citation.length).toBeGreaterThan(20);
      expect(i.licence).not.toBe('');
      expect(i.interpretation.note).toMatch(/describe; they do not diagnose/);
    }
  });

  it('IPIP scales: ten items with their "−" keyed ones reversed, scored with at least half answered, no bands', () => {
    const reversed: Record<string, number> = { 'ipip-neo-e3-assertiveness': 5, 'ipip-16pf-assertiveness': 4, 'ipip-bfas-compassion': 5 };
    for (const [id, count] of Object.entries(reversed)) {
      const inst = byId(id);
      expect(inst.scales).toHaveLength(1);
      const items = instrumentItems(inst);
      expect(items).toHaveLength(10);
      expect(items.filter((i) => i.reverse)).toHaveLength(count);
      expect(inst.scales[0].minAnswered).toBe(5);
      expect(inst.interpretation.bands).toEqual([]);
      expect(inst.interpretation.note).toMatch(/no clinical cut-offs/);
    }
    expect(instrumentItems(byId('ipip-neo-e3-assertiveness')).filter((i) => i.reverse).map((i) => i.text)).toEqual([
      'Wait for others to lead the way.',
      'Keep in the background.',
      'Have little to say.',
      "Don't like to draw attention to myself.",
      'Hold back my opinions.',
    ]);
  });

  it('CBI: personal 6, work-related 7, client-related 6 items; only the leisure-energy item reversed; cut at 50', () => {
    const cbi = byId('cbi');
    expect(cbi.scales.map((s) => [s.id, s.items.length, s.minAnswered])).toEqual([
      ['personal', 6, 3],
      ['work', 7, 3],
      ['client', 6, 3],
    ]);
    expect(instrumentItems(cbi).filter((i) => i.reverse).map((i) => i.text)).toEqual(['Do you have enough energy for family and friends during leisure time?']);
    expect(cbi.interpretation.bands.map((b) => b.from)).toEqual([0, 50]);
    expect(cbi.citation).toMatch(/Kristensen.*2005.*Work & Stress, 19\(3\), 192-207/);
  });
});

describe('scoring the shipped instruments (hand-computed)', () => {
  it('IPIP-NEO E3: the "−" keyed items score 6 − x', () => {
    const inst = byId('ipip-neo-e3-assertiveness');
    // Items 1–5 "+" answered 4; items 6–10 "−" answered 2 → 6 − 2 = 4 each → mean 4.
    const answers = Object.fromEntries(instrumentItems(inst).map((i, n) => [i.id, n < 5 ? 4 : 2]));
    const r = scoreInstrument(inst, answers);
    expect(r.ok && r.value.scales[0].score).toBe(4);
    // "Take charge." 5, "Hold back my opinions." 5 (→ 1), the rest unanswered: 2 of 10 < 5 → no score.
    const few = scoreInstrument(inst, { 'ipip-neo-e3-assertiveness-1': 5, 'ipip-neo-e3-assertiveness-10': 5 });
    expect(few.ok && few.value.scales[0].score).toBeNull();
  });

  it('CBI: work-related burnout with the reversed item', () => {
    const cbi = byId('cbi');
    const work = cbi.scales.find((s) => s.id === 'work');
    if (!work) throw new Error('no work scale');
    // cbi-7..12 "to a high degree"/"often" (option 2 → 75); cbi-13 "seldom" enough energy (option 4 → reversed 75).
    const answers = Object.fromEntries(work.items.map((i) => [i.id, i.reverse ? 4 : 2]));
    const r = scoreInstrument(cbi, answers);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.value.scales.find((s) => s.scaleId === 'work');
    expect(w).toMatchObject({ score: 75, answered: 7, band: { from: 50 } });
    // cbi-13 "always" has enough energy (option 1) scores 0: (6 × 75 + 0) / 7 = 64.29.
    const r2 = scoreInstrument(cbi, { ...answers, 'cbi-13': 1 });
    expect(r2.ok && r2.value.scales.find((s) => s.scaleId === 'work')?.score).toBe(64.29);
    // The other two scales were not answered at all: no score, and said so.
    expect(r.value.issues.filter((i) => i.code === 'too_few_answers').map((i) => i.scaleId)).toEqual(['personal', 'client']);
  });
});

describe('loadInstruments', () => {
  it('names the file, the field and the bad value', () => {
    const dir = path.join(tmp, 'bad');
    fs.mkdirSync(dir);
    const good = JSON.parse(fs.readFileSync(path.join(DEFAULT_INSTRUMENTS_DIR, 'ipip-bfas-compassion.json'), 'utf8'));
    good.scales[0].items[3].format = 'likert7';
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(good));
    fs.writeFileSync(path.join(dir, 'b.json'), '{ not json');
    const r = loadInstruments(dir);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'invalid_resource', source: expect.stringContaining('a.json'), path: 'scales.0.items.3.format', value: 'likert7' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ code: 'invalid_json', source: expect.stringContaining('b.json') }));
  });

  it('refuses two files with one id, a missing file and a missing directory', () => {
    const dir = path.join(tmp, 'dup');
    fs.mkdirSync(dir);
    const raw = fs.readFileSync(path.join(DEFAULT_INSTRUMENTS_DIR, 'cbi.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'a.json'), raw);
    fs.writeFileSync(path.join(dir, 'b.json'), raw);
    const r = loadInstruments(dir);
    expect(!r.ok && r.problems).toEqual([expect.objectContaining({ source: expect.stringContaining('b.json'), path: 'id', value: 'cbi' })]);
    expect(loadInstrumentFile(path.join(dir, 'none.json'))).toMatchObject({ ok: false, problems: [{ code: 'file_unreadable' }] });
    expect(loadInstruments(path.join(dir, 'none'))).toMatchObject({ ok: false, problems: [{ code: 'file_unreadable' }] });
  });
});
