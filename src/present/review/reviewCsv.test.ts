import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { neutraliseFormula, REVIEW_CSV_COLUMNS, reviewCsv } from './reviewCsv.js';

const report = sampleReport({ extraTurns: [{ speaker: 'Sam', role: 'client', text: '=HYPERLINK("http://x.example","click"), "quoted", and\na new line' }] });
const rows = (csv: string) => parse(csv, { columns: true }) as Array<Record<string, string>>;

describe('reviewCsv', () => {
  it('writes a header and one row per utterance, in order, every text intact', () => {
    const csv = reviewCsv(report);
    expect(csv.split('\n')[0]).toBe(REVIEW_CSV_COLUMNS.join(','));
    const out = rows(csv);
    expect(out).toHaveLength(report.turns.length);
    out.slice(0, -1).forEach((row, i) => {
      expect(row.index).toBe(String(i));
      expect(row.turn).toBe(String(i + 1));
      expect(row.text).toBe(report.turns[i].text);
      expect(row.speaker).toBe(report.turns[i].speaker);
      expect(row.session).toBe(report.source.id);
    });
  });

  it('gives every code of a turn, blank where it does not apply', () => {
    const out = rows(reviewCsv(report));
    for (const t of report.turns) {
      const row = out[t.index];
      const a = t.analysis;
      expect(row.role).toBe(t.role);
      expect(row.style).toBe(a.style);
      expect([row.er, row.ip, row.ex].map(Number)).toEqual([a.empathy.er, a.empathy.ip, a.empathy.ex]);
      expect(row.quadrant).toBe(a.balance.quadrant);
      expect(Number(row.empathy)).toBe(a.balance.empathy);
      expect(Number(row.assertiveness)).toBe(a.balance.assertiveness);
      expect(row.start).toBe(String(t.start));
      if (t.role === 'therapist') {
        expect(row.mi_behaviour).toBe(a.mi!.behaviour);
        expect(row.reflection).toBe(a.mi!.reflection ?? '');
        expect(row.question).toBe(a.mi!.question ?? '');
        expect(row.stance).toBe(a.stance);
        expect(row.talk).toBe('');
      } else {
        expect(row.mi_behaviour).toBe('');
        expect(row.stance).toBe('');
        expect(row.talk).toBe(a.talk);
      }
    }
  });

  it('puts safety, rupture, repair, focus, structure and highlights on their turns', () => {
    const out = rows(reviewCsv(report));
    const s = report.safety[0];
    expect(out[s.turn].safety).toBe('suicide');
    for (const x of report.ruptures) {
      expect(out[x.turn].rupture).toContain(x.kind);
      expect(out[x.turn].rupture).toContain(x.repaired ? 'repaired at turn' : 'not repaired');
      if (x.repair) expect(out[x.repair.turn].repair).toContain(`repairs turn ${x.turn + 1}`);
    }
    for (const f of report.focus) expect(out[f.turn].focus).not.toBe('');
    for (const m of report.structure) expect(out[m.turn].structure).not.toBe('');
    const bad = report.highlights.problematic[0];
    expect(out[bad.turn].highlight).toContain('problematic');
    expect(out[bad.turn].alternative).toBe(bad.alternative);
    const flagged = new Set([...report.safety, ...report.ruptures, ...report.focus, ...report.structure].map((x) => x.turn));
    const quiet = report.turns.find((t) => !flagged.has(t.index) && !report.ruptures.some((x) => x.repair?.turn === t.index) && !report.focus.some((f) => f.refocusTurn === t.index));
    expect(quiet).toBeDefined();
    expect([out[quiet!.index].safety, out[quiet!.index].rupture, out[quiet!.index].structure]).toEqual(['', '', '']);
  });

  it('neutralises spreadsheet formulas in free text and keeps quotes and new lines', () => {
    const out = rows(reviewCsv(report));
    const last = out[out.length - 1];
    expect(last.text).toBe(`'${report.turns[report.turns.length - 1].text}`);
    expect(neutraliseFormula('-1')).toBe("'-1");
    expect(neutraliseFormula('@cmd')).toBe("'@cmd");
    expect(neutraliseFormula('plain - text')).toBe('plain - text');
  });

  it('writes many sessions under one header, each row naming its session', () => {
    const other = { ...report, source: { ...report.source, id: 'second.txt' } };
    const out = rows(reviewCsv([report, other]));
    expect(out).toHaveLength(2 * report.turns.length);
    expect(out[report.turns.length].session).toBe('second.txt');
    expect(out[report.turns.length].index).toBe('0');
  });
});
