import { describe, expect, it } from 'vitest';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { sampleReport } from '../../testing/sampleReport.js';
import { renderReviewTerminal } from './reviewTerminal.js';
import { JUDGEMENT_NOTE, SAFETY_NOTE } from './reviewWords.js';
import { displayWidth } from './terminalText.js';

const ESC = '\u001b';
const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

function expectOneScreen(out: string, width = 80, height = 24) {
  const lines = stripAnsi(out).split('\n');
  expect(lines.length).toBeLessThanOrEqual(height);
  for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(width);
}

const report = sampleReport();

/** A crowded session: many flags, ruptures, highlights and advice, long and hostile text. */
function crowded(): ReviewReport {
  const r = sampleReport({ id: `${'very-long-folder-name/'.repeat(6)}session.vtt` });
  const turn = r.safety[0].turn;
  const long = `${'日本語 😀 '.repeat(10)}\u001b[2J\u001b[31mred\nnew line ${'word '.repeat(40)}`;
  return {
    ...r,
    safety: Array.from({ length: 12 }, (_, i) => ({ kind: i % 2 ? 'self_harm' : 'harm_to_others', turn, cues: [{ start: 0, end: 5, cue: 'x', text: long }] })),
    ruptures: Array.from({ length: 15 }, (_, i) => ({ ...r.ruptures[i % 2] })),
    focus: Array.from({ length: 6 }, () => r.focus[0]),
    structure: Array.from({ length: 10 }, (_, i) => r.structure[i % 3]),
    highlights: {
      empathic: Array.from({ length: 8 }, () => ({ turn: 4, reason: long })),
      balanced: Array.from({ length: 8 }, () => ({ turn: 2, reason: long })),
      problematic: Array.from({ length: 8 }, () => ({ turn: 8, reason: long, alternative: long })),
    },
    practiseNext: Array.from({ length: 9 }, () => long),
    roles: { ...r.roles, roles: Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`Speaker number ${i} ${long}`, 'other' as const])) },
  };
}

describe('renderReviewTerminal', () => {
  it('fits one screen (24 lines of 80 columns), plain and in colour', () => {
    expectOneScreen(renderReviewTerminal(report, { color: false }));
    expectOneScreen(renderReviewTerminal(report, { color: true }));
  });

  it('still fits one screen for a crowded session with long, wide and hostile text', () => {
    const r = crowded();
    for (const color of [false, true]) {
      const out = renderReviewTerminal(r, { color });
      expectOneScreen(out);
      expect(stripAnsi(out)).not.toContain(ESC);
      expect(out).toContain(SAFETY_NOTE);
      expect(out).toContain(JUDGEMENT_NOTE);
      expect(stripAnsi(out)).toMatch(/12 flagged turns/);
      expect(stripAnsi(out)).toMatch(/\+\d+ more/);
    }
  });

  it('fits a smaller screen when asked', () => {
    expectOneScreen(renderReviewTerminal(report, { color: false, width: 60, height: 20 }), 60, 20);
  });

  it('colours only when asked', () => {
    expect(renderReviewTerminal(report, { color: false })).not.toContain(ESC);
    expect(renderReviewTerminal(report, { color: true })).toContain(ESC);
    expect(stripAnsi(renderReviewTerminal(report, { color: true }))).toBe(renderReviewTerminal(report, { color: false }));
  });

  it('puts safety first, with the note to follow the safety protocol, and only when flagged', () => {
    const lines = renderReviewTerminal(report, { color: false }).split('\n');
    expect(lines[1]).toMatch(/SAFETY/);
    expect(lines.slice(1, 4).join('\n')).toContain(SAFETY_NOTE);
    expect(lines.slice(1, 4).join('\n')).toContain(`turn ${report.safety[0].turn + 1}`);
    const quiet = renderReviewTerminal(sampleReport({ safety: false }), { color: false });
    expect(quiet).not.toMatch(/SAFETY/);
    expect(quiet).not.toContain(SAFETY_NOTE);
  });

  it('shows MITI scores against thresholds, shares, ruptures, focus, structure, advice, roles and the judgement note', () => {
    const out = renderReviewTerminal(report, { color: false });
    const s = report.summary;
    expect(out).toContain(`= ${s.reflectionToQuestion!.toFixed(1)} ${s.miti.ratings.reflectionToQuestion}`);
    expect(out).toContain(`complex reflections ${s.percentComplexReflections!.toFixed(0)}%`);
    expect(out).toMatch(/fair 40%, good 50%/);
    expect(out).toContain(`open questions ${s.percentOpenQuestions!.toFixed(0)}%`);
    expect(out).toContain(`attuned ${Math.round(s.quadrantShares.attuned_and_clear * 100)}%`);
    expect(out).toContain(`assertive ${Math.round(s.stanceShares.assertive * 100)}%`);
    expect(out).toMatch(/Ruptures\s+2 found, 1 repaired · not repaired: confrontation turn 8/);
    expect(out).toMatch(/Focus\s+client looks after the therapist turn 12, refocused at 13/);
    expect(out).toContain('agenda (turn 1)');
    expect(out).toContain(report.practiseNext[0]);
    expect(out).toContain('try: "It sounds like');
    expect(out).toContain('Roles inferred from how each speaker talks: Dr Lee = therapist, Sam = client.');
    expect(out.split('\n').at(-1)).toBe(JUDGEMENT_NOTE);
  });

  it('shows a dash, not a number, for scores that are undefined', () => {
    const out = renderReviewTerminal(sampleReport({ session: [{ speaker: 'A', role: 'client', text: 'Hello.' }] }), { color: false });
    expect(out).toContain('= — not rated');
    expect(out).toContain('complex reflections — not rated');
    expect(out).toMatch(/Ruptures\s+none found/);
    expectOneScreen(out);
  });
});
