import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { SAFETY_NOTE } from './reviewWords.js';
import { SESSION_COLUMNS, sessionRow, sessionTableCsv, sessionTableJson, sessionTableText, type SessionRow } from './sessionTable.js';
import { displayWidth } from './terminalText.js';

const report = sampleReport();
const quiet = sampleReport({ safety: false, id: `${'a-long-folder/'.repeat(5)}=second.vtt` });
const empty = sampleReport({ session: [{ speaker: 'A', role: 'client', text: 'Hello.' }], id: 'empty.txt' });
const rows: SessionRow[] = [report, quiet, empty].map(sessionRow);

describe('sessionRow', () => {
  it('keeps the numbers a supervisor compares, from the report', () => {
    const r = rows[0];
    const s = report.summary;
    expect(r.file).toBe(report.source.id);
    expect(r.turns).toBe(report.turns.length);
    expect(r.reflectionToQuestion).toBeCloseTo(s.reflectionToQuestion!, 2);
    expect(r.percentComplexReflections).toBeCloseTo(s.percentComplexReflections!, 1);
    expect(r.percentOpenQuestions).toBeCloseTo(s.percentOpenQuestions!, 1);
    expect(r.meanEmpathy).toBeCloseTo(s.empathy.mean, 2);
    expect(r.attunedShare).toBeCloseTo(s.quadrantShares.attuned_and_clear, 3);
    expect([r.rupturesRepaired, r.rupturesTotal]).toEqual([report.ruptures.filter((x) => x.repaired).length, report.ruptures.length]);
    expect(r.safetyFlags).toBe(report.safety.length);
    expect(rows[1].safetyFlags).toBe(0);
  });

  it('is plain data that survives structured cloning (worker threads)', () => {
    expect(structuredClone(rows[0])).toEqual(rows[0]);
  });

  it('leaves scores null where a session cannot have them', () => {
    expect(rows[2]).toMatchObject({ reflectionToQuestion: null, percentComplexReflections: null, meanEmpathy: null, attunedShare: null });
  });
});

describe('session table outputs', () => {
  it('CSV: a header and one row per session, blank where a score is undefined', () => {
    const out = parse(sessionTableCsv(rows), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(out[0])).toEqual([...SESSION_COLUMNS]);
    expect(out).toHaveLength(3);
    expect(Number(out[0].reflectionToQuestion)).toBe(rows[0].reflectionToQuestion);
    expect(out[1].file).toBe(rows[1].file);
    expect(out[2].reflectionToQuestion).toBe('');
  });

  it('JSON: the rows under a format tag', () => {
    const j = JSON.parse(JSON.stringify(sessionTableJson(rows)));
    expect(j.format).toBe('attune-review-summary/1');
    expect(j.sessions).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('text: one line per session within 80 columns, the safety note when any session is flagged', () => {
    const out = sessionTableText(rows, { color: false });
    const lines = out.split('\n');
    for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(80);
    expect(lines[0]).toMatch(/^file\s+turns\s+R:Q\s+%CR\s+%OQ\s+empathy\s+attuned\s+ruptures\s+safety$/);
    expect(lines[1]).toMatch(/^sample-session\.txt\s+17\s/);
    expect(lines[1]).toContain(`${rows[0].rupturesRepaired}/${rows[0].rupturesTotal}`);
    expect(lines[2]).toContain('second.vtt');
    expect(lines[3]).toMatch(/^empty\.txt\s+1(\s+—){5}\s+0\s+0$/);
    expect(out).toContain(SAFETY_NOTE);
    expect(sessionTableText(rows.slice(1), { color: false })).not.toContain(SAFETY_NOTE);
    expect(out).not.toContain('\u001b');
    expect(sessionTableText(rows, { color: true })).toContain('\u001b');
  });
});
