import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { analysisRecord } from '../analysisRecord.js';
import { reviewJson } from './reviewJson.js';
import { reviewReportSchema } from './reviewReportSchema.js';

describe('reviewJson', () => {
  const report = sampleReport();

  it('is valid against the report schema, through a JSON round trip', () => {
    const parsed = reviewReportSchema.safeParse(JSON.parse(JSON.stringify(reviewJson(report))));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has the summary scores as numbers or null, and safety as an array', () => {
    const j = reviewJson(report);
    expect(typeof j.summary.reflectionToQuestion).toBe('number');
    expect(j.summary.percentComplexReflections).toBe(report.summary.percentComplexReflections);
    expect(j.summary.percentOpenQuestions).toBe(report.summary.percentOpenQuestions);
    expect(j.safety).toEqual(report.safety);
    expect(reviewJson(sampleReport({ safety: false })).safety).toEqual([]);
  });

  it('keeps null scores null when a session has no questions or reflections', () => {
    const quiet = sampleReport({ session: [{ speaker: 'A', role: 'client', text: 'Hello.' }] });
    const j = JSON.parse(JSON.stringify(reviewJson(quiet)));
    expect(j.summary.reflectionToQuestion).toBeNull();
    expect(j.summary.percentComplexReflections).toBeNull();
    expect(reviewReportSchema.safeParse(j).success).toBe(true);
  });

  it('gives one entry per turn: role, text and every code in the `attune code` record shape', () => {
    const j = reviewJson(report);
    expect(j.turns).toHaveLength(report.turns.length);
    j.turns.forEach((t, i) => {
      expect(t.role).toBe(report.turns[i].role);
      expect(t.text).toBe(report.turns[i].text);
      expect(t.analysis).toEqual(analysisRecord(report.turns[i].analysis));
    });
    expect(j.turns.find((t) => t.role === 'therapist')?.analysis.mi).toBeDefined();
    expect(j.turns.find((t) => t.role === 'client')?.analysis.talk).toBeDefined();
  });

  it('omits times a transcript does not have', () => {
    const { start: _s, end: _e, ...untimed } = report.turns[0];
    const j = JSON.parse(JSON.stringify(reviewJson({ ...report, turns: [untimed, ...report.turns.slice(1)] })));
    expect('start' in j.turns[0]).toBe(false);
    expect(reviewReportSchema.safeParse(j).success).toBe(true);
  });

  it('the schema rejects undocumented fields and wrong types', () => {
    const j = JSON.parse(JSON.stringify(reviewJson(report)));
    expect(reviewReportSchema.safeParse({ ...j, extra: 1 }).success).toBe(false);
    expect(reviewReportSchema.safeParse({ ...j, summary: { ...j.summary, reflectionToQuestion: '1.2' } }).success).toBe(false);
    const turns = structuredClone(j.turns);
    turns[0].analysis.empathy.er = 3;
    expect(reviewReportSchema.safeParse({ ...j, turns }).success).toBe(false);
  });
});
