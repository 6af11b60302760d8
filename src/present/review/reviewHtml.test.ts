import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../testing/sampleReport.js';
import { renderReviewHtml } from './reviewHtml.js';
import { JUDGEMENT_NOTE, SAFETY_NOTE } from './reviewWords.js';

const HOSTILE = '<script>alert(1)</script> <img src=x onerror=alert(2)> "quoted" & \'single\'';
const report = sampleReport({
  id: '"><script>alert(3)</script>.txt',
  extraTurns: [{ speaker: '<b>Sam</b>', role: 'client', text: HOSTILE }],
});
const html = await renderReviewHtml(report);
const body = html.slice(html.indexOf('<body>'));

describe('renderReviewHtml', () => {
  it('escapes every piece of outside text: a transcript line with markup shows as text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;');
    const shown = html.replace(/<[^>]+>/g, '');
    expect(shown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot; &amp; &#39;single&#39;');
    expect(html).toContain('&lt;b&gt;Sam&lt;/b&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;.txt');
  });

  it('is self-contained: no script, no stylesheet or font link, nothing from the network', () => {
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html).not.toMatch(/url\(\s*['"]?(https?:|\/\/)/i);
    const refs = [...html.matchAll(/\s(?:src|href|xlink:href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(#|data:)/);
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain("default-src 'none'");
  });

  it('has unique element ids (charts included)', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('opens with the safety banner and its note when a turn is flagged, and has none otherwise', async () => {
    expect(body.replace(/^<body>\s*/, '')).toMatch(/^<section class="safety"/);
    expect(body).toContain(SAFETY_NOTE);
    expect(body).toContain('href="#turn-10"');
    const quiet = await renderReviewHtml(sampleReport({ safety: false }));
    expect(quiet).not.toContain('class="safety"');
    expect(quiet).not.toContain(SAFETY_NOTE);
  });

  it('shows the summary scores beside their thresholds', () => {
    const s = report.summary;
    expect(body).toMatch(new RegExp(`Reflection-to-question ratio</td><td class="num">${s.reflectionToQuestion!.toFixed(2)}</td><td class="num">1:1</td><td class="num">2:1</td>`));
    expect(body).toMatch(new RegExp(`Complex reflections \\(% of reflections\\)</td><td class="num">${s.percentComplexReflections!.toFixed(0)}%</td><td class="num">40%</td><td class="num">50%</td>`));
    expect(body).toContain('MITI sets no threshold');
  });

  it('includes the five charts as inline SVG', () => {
    for (const id of ['empathy-course', 'stance-course', 'talk-course', 'style-course', 'balance-path']) {
      expect(body).toMatch(new RegExp(`<figure class="chart" id="chart-${id}">.*?<svg`, 's'));
    }
  });

  it('shows every turn with its codes and explained, focusable spans', () => {
    for (const t of report.turns) expect(body).toContain(`id="turn-${t.index + 1}"`);
    const marks = [...body.matchAll(/<mark class="span k-(\w+)[^"]*" tabindex="0" title="([^"]+)" data-tip="([^"]+)">/g)];
    expect(marks.length).toBeGreaterThan(10);
    for (const m of marks) expect(m[2]).toBe(m[3]);
    expect(new Set(marks.map((m) => m[1]))).toEqual(new Set(['safety', 'rupture', 'focus', 'structure', 'stance', 'empathy', 'style']));
    expect(body).toContain('Safety (suicide): feeling a burden to others');
    const therapistTurn = report.turns.find((t) => t.analysis.mi?.behaviour === 'reflection')!;
    expect(body).toContain(`reflection (${therapistTurn.analysis.mi!.reflection})`);
  });

  it('lists ruptures with their repair, focus shifts, structure, highlights with alternatives, advice and roles', () => {
    expect(body).toMatch(/<b>withdrawal<\/b> at <a href="#turn-6">turn 6<\/a>.*repaired.*<a href="#turn-7">turn 7<\/a>/);
    expect(body).toMatch(/<b>confrontation<\/b>.*not repaired/);
    expect(body).toMatch(/client looks after the therapist<\/b>.*focus brought back/);
    expect(body).toContain('<b>agenda</b>');
    expect(body).toContain(`<b>Try instead:</b> ${report.highlights.problematic[0].alternative!.replace(/'/g, '&#39;')}`);
    for (const p of report.practiseNext) expect(body).toContain(p.replace(/'/g, '&#39;'));
    expect(body).toContain('Roles inferred from how each speaker talks');
    expect(body).toContain(JUDGEMENT_NOTE);
  });
});
