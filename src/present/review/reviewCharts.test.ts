import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { renderChartSvg } from './renderChartSvg.js';
import { balancePathChart, empathyCourseChart, reviewCharts, stanceCourseChart, styleCourseChart, talkCourseChart } from './reviewCharts.js';
import { STYLE_WORDS } from './reviewWords.js';

const report = sampleReport();
const therapist = report.turns.filter((t) => t.role === 'therapist');
const client = report.turns.filter((t) => t.role === 'client');
type Row = Record<string, unknown>;
const valuesOf = (spec: unknown): Row[] => (spec as { data: { values: Row[] } }).data.values;

describe('reviewCharts', () => {
  it('charts every therapist turn’s EPITOME levels at its transcript turn number', () => {
    const c = empathyCourseChart(report);
    expect(c.points).toBe(therapist.length);
    const v = valuesOf(c.spec);
    for (const t of therapist) {
      const mine = v.filter((x) => x.turn === t.index + 1).map((x) => x.level);
      expect(mine).toEqual([t.analysis.empathy.er, t.analysis.empathy.ip, t.analysis.empathy.ex]);
    }
  });

  it('charts stance and assertiveness per therapist turn', () => {
    const v = valuesOf(stanceCourseChart(report).spec);
    expect(v.map((x) => x.assertiveness)).toEqual(therapist.map((t) => t.analysis.balance.assertiveness));
  });

  it('counts change and sustain talk cumulatively', () => {
    const v = valuesOf(talkCourseChart(report).spec);
    const last = (talk: string) => v.filter((x) => x.talk === talk).at(-1)?.count;
    expect(last('change talk')).toBe(client.filter((t) => t.analysis.talk === 'change').length);
    expect(last('sustain talk')).toBe(client.filter((t) => t.analysis.talk === 'sustain').length);
  });

  it('marks every client turn on the row of its style, at its turn number', () => {
    const c = styleCourseChart(report);
    expect(c.points).toBe(client.length);
    expect(valuesOf(c.spec)).toEqual(client.map((t) => ({ turn: t.index + 1, style: STYLE_WORDS[t.analysis.style] })));
  });

  it('draws the balance path in turn order on the plane', () => {
    const spec = balancePathChart(report).spec as { layer: Array<{ data: { values: Row[] }; mark: { type: string } }> };
    const line = spec.layer.find((l) => l.mark.type === 'line')!;
    expect(line.data.values.map((x) => [x.empathy, x.assertiveness])).toEqual(therapist.map((t) => [t.analysis.balance.empathy, t.analysis.balance.assertiveness]));
    const labels = spec.layer.filter((l) => l.mark.type === 'text').flatMap((l) => l.data.values.map((x) => x.text)).filter(Boolean);
    expect(labels.sort()).toEqual(['attuned and clear', 'directive but distant', 'disengaged', 'warm but drifting']);
  });

  it('puts no transcript text into any chart', () => {
    const json = JSON.stringify(reviewCharts(report).map((c) => c.spec));
    for (const t of report.turns) expect(json).not.toContain(t.text);
    expect(json).not.toContain(report.turns[0].speaker);
  });

  it('renders each chart to an SVG of non-zero size without a Vega warning', async () => {
    for (const c of reviewCharts(report)) {
      const warnings: string[] = [];
      const svg = await renderChartSvg(c.spec, c.id, (w) => warnings.push(w));
      expect(warnings, c.id).toEqual([]);
      const [, w, hgt] = /<svg[^>]*width="(\d+(?:\.\d+)?)"[^>]*height="(\d+(?:\.\d+)?)"/.exec(svg) ?? [];
      expect(Number(w)).toBeGreaterThan(100);
      expect(Number(hgt)).toBeGreaterThan(100);
      expect(svg).toMatch(/<path|<rect|<line/);
      expect(svg).not.toMatch(/<script|<image|href="http/);
    }
  });

  it('reports nothing to draw for a session without therapist or client turns', () => {
    const quiet = sampleReport({ session: [{ speaker: 'A', role: 'client', text: 'Hello.' }] });
    const charts = reviewCharts(quiet);
    expect(charts.find((c) => c.id === 'empathy-course')?.points).toBe(0);
    expect(charts.find((c) => c.id === 'talk-course')?.points).toBe(1);
  });
});
