import { BALANCE_LINES, QUADRANT_COLOURS } from '../../present/review/reviewCharts.js';
import { QUADRANT_WORDS } from '../../present/review/reviewWords.js';
import { QUADRANTS, type Quadrant } from '../../core/types.js';
import type { BalancePathPoint, DiaryPoint, MasteredPoint, PracticePoint } from '../../shared/api/index.js';

/**
 * The dashboard's charts as Vega-Lite specs (drawn by VegaChart), one pure function each so the data
 * they plot is tested. Only numbers, dates, scenario and scale titles go in: never a diary's words.
 * Charts over time take the width of their column (`width: 'container'`), so on a phone they are
 * redrawn narrower with text at its full size rather than shrunk; the balance plane stays square.
 */

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal', gridColor: '#e6e6e6' },
  // Two columns: a legend in one row would be cut off on a phone.
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom', direction: 'horizontal', columns: 2, labelLimit: 0 },
};
const WIDTH = 'container';
const AUTOSIZE = { type: 'fit-x', contains: 'padding' };
const DAY_AXIS = { title: null, format: '%e %b', labelAngle: 0, tickCount: 5, labelOverlap: true };
/** Room at both ends of a time axis, so the first and last points are not cut in half by the frame. */
const TIME_SCALE = { padding: 14 };
/** What every chart over time starts with: as wide as its container, `height` tall. */
const fitWidth = (height: number) => ({ $schema: SCHEMA, config: CONFIG, width: WIDTH, autosize: AUTOSIZE, height });

export const OUTCOME_LABELS = { success: 'went well', partial: 'partly worked', failure: 'did not work out', open: 'in progress or stopped' } as const;
const OUTCOME_COLOURS = ['#1b9e77', '#e6ab02', '#d95f02', '#8c8c8c'];

/** Sessions with their order (1 = oldest) and outcome label, the data of the practice charts. */
export function practiceValues(practice: readonly PracticePoint[]) {
  return practice.map((p, i) => ({
    n: i + 1,
    title: p.title,
    level: p.level,
    empathy: p.empathy,
    assertiveness: p.assertiveness,
    outcome: OUTCOME_LABELS[p.outcome ?? 'open'],
  }));
}

/**
 * One measure of every practice session, oldest first: mean empathy (0..1) or assertiveness (−1..1),
 * coloured by how the session ended, with the line that marks warm empathy or clear assertiveness.
 */
export function practiceSpec(practice: readonly PracticePoint[], field: 'empathy' | 'assertiveness'): object {
  const values = practiceValues(practice);
  const [domain, line, lineLabel] = field === 'empathy' ? [[0, 1], BALANCE_LINES.empathy, 'warm'] as const : [[-1, 1], BALANCE_LINES.assertiveness, 'clear'] as const;
  // A tick per session while there are few (the padding would otherwise add a tick for "session 0").
  const ticks = values.length <= 12 ? { values: values.map((v) => v.n) } : { tickMinStep: 1 };
  const x = { field: 'n', type: 'quantitative', title: 'session (oldest first)', axis: { format: 'd', ...ticks }, scale: { domain: [1, Math.max(2, values.length)], padding: 10 } };
  return {
    ...fitWidth(130),
    layer: [
      { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#999999' }, encoding: { y: { datum: line, type: 'quantitative' } } },
      { data: { values: [{}] }, mark: { type: 'text', align: 'left', dx: 3, dy: -6, fontSize: 10, color: '#666666', text: lineLabel }, encoding: { x: { datum: 1, type: 'quantitative' }, y: { datum: line, type: 'quantitative' } } },
      { data: { values }, mark: { type: 'line', color: '#9aa4b1', strokeWidth: 1.5 }, encoding: { x, y: { field, type: 'quantitative' } } },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          x,
          y: { field, type: 'quantitative', title: field === 'empathy' ? 'empathy (0–1)' : 'assertiveness (−1–1)', scale: { domain } },
          color: { field: 'outcome', type: 'nominal', title: 'outcome', scale: { domain: Object.values(OUTCOME_LABELS), range: OUTCOME_COLOURS } },
          tooltip: [{ field: 'title', title: 'scenario' }, { field: 'level' }, { field, format: '.2f' }, { field: 'outcome' }],
        },
      },
    ],
  };
}

/** Every reply on the plane, older sessions fainter; the latest session's replies joined in order. */
export function balanceValues(path: readonly BalancePathPoint[]) {
  const order = [...new Set(path.map((p) => p.sessionId))];
  const last = order[order.length - 1];
  return path.map((p) => ({
    empathy: p.empathy,
    assertiveness: p.assertiveness,
    quadrant: QUADRANT_WORDS[p.quadrant as Quadrant] ?? p.quadrant,
    turn: p.turn,
    // 1 for the latest session, down to 0.25 for the oldest.
    recency: order.length <= 1 ? 1 : 0.25 + (0.75 * order.indexOf(p.sessionId)) / (order.length - 1),
    latest: p.sessionId === last,
  }));
}

export function balancePathSpec(path: readonly BalancePathPoint[]): object {
  const values = balanceValues(path);
  const x = { field: 'assertiveness', type: 'quantitative', title: 'assertiveness (−1 passive … +1 directive)', scale: { domain: [-1, 1] } };
  const y = { field: 'empathy', type: 'quantitative', title: 'empathy (0–1)', scale: { domain: [0, 1] } };
  const corners = [
    { a: 0.98, e: 0.97, label: 'attuned & clear', align: 'right' },
    { a: -0.98, e: 0.97, label: 'warm, drifting', align: 'left' },
    { a: 0.98, e: 0.03, label: 'directive, distant', align: 'right' },
    { a: -0.98, e: 0.03, label: 'disengaged', align: 'left' },
  ];
  return {
    $schema: SCHEMA,
    config: CONFIG,
    width: 380,
    height: 300,
    layer: [
      { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#b0b4ba' }, encoding: { x: { datum: BALANCE_LINES.assertiveness, type: 'quantitative' } } },
      { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [3, 3], color: '#b0b4ba' }, encoding: { y: { datum: BALANCE_LINES.empathy, type: 'quantitative' } } },
      ...['left', 'right'].map((align) => ({
        data: { values: corners.filter((c) => c.align === align) },
        mark: { type: 'text', fontSize: 10, color: '#555555', align, baseline: 'middle' },
        encoding: { x: { field: 'a', type: 'quantitative', scale: { domain: [-1, 1] } }, y: { field: 'e', type: 'quantitative', scale: { domain: [0, 1] } }, text: { field: 'label' } },
      })),
      {
        data: { values: values.filter((v) => v.latest) },
        mark: { type: 'line', color: '#4f5359', strokeWidth: 1.2, opacity: 0.8 },
        encoding: { x, y, order: { field: 'turn' } },
      },
      {
        data: { values },
        mark: { type: 'point', filled: true, size: 60, stroke: '#ffffff', strokeWidth: 0.8 },
        encoding: {
          x,
          y,
          color: { field: 'quadrant', type: 'nominal', title: null, scale: { domain: QUADRANTS.map((q) => QUADRANT_WORDS[q]), range: QUADRANTS.map((q) => QUADRANT_COLOURS[q]) } },
          opacity: { field: 'recency', type: 'quantitative', scale: { domain: [0, 1], range: [0, 1] }, legend: null },
          tooltip: [{ field: 'quadrant' }, { field: 'empathy', format: '.2f' }, { field: 'assertiveness', format: '.2f' }],
        },
      },
    ],
  };
}

/** Scenarios mastered so far, a running count by date (the first mastery of each). */
export function masteredValues(mastered: readonly MasteredPoint[]) {
  return [...mastered].sort((a, b) => a.at.localeCompare(b.at)).map((m, i) => ({ at: m.at, count: i + 1, title: m.title, level: m.level }));
}

export function masteredSpec(mastered: readonly MasteredPoint[], scenarioCount: number): object {
  const values = masteredValues(mastered);
  return {
    ...fitWidth(150),
    data: { values },
    mark: { type: 'line', interpolate: 'step-after', point: { filled: true, size: 60 }, color: '#156f3c' },
    encoding: {
      x: { field: 'at', type: 'temporal', axis: DAY_AXIS, scale: TIME_SCALE },
      y: { field: 'count', type: 'quantitative', title: `mastered (of ${scenarioCount})`, scale: { domain: [0, Math.max(1, scenarioCount)] }, axis: { format: 'd', tickMinStep: 1 } },
      tooltip: [{ field: 'title', title: 'scenario' }, { field: 'level' }, { field: 'at', type: 'temporal', title: 'mastered', format: '%e %b %Y' }, { field: 'count', title: 'mastered so far' }],
    },
  };
}

export interface ScorePoint {
  at: string;
  scale: string;
  score: number;
}

/** One instrument's scale scores over time on the scale's own range, with its cut-off line where it has one (CBI 50). */
export function scoresOverTimeSpec(points: readonly ScorePoint[], range: { min: number; max: number }, cutoff: number | null = null): object {
  const scales = [...new Set(points.map((p) => p.scale))];
  return {
    ...fitWidth(150),
    layer: [
      ...(cutoff === null
        ? []
        : [
            { data: { values: [{}] }, mark: { type: 'rule', strokeDash: [4, 3], color: '#a4161a' }, encoding: { y: { datum: cutoff, type: 'quantitative' } } },
          ]),
      {
        data: { values: points.map((p) => ({ ...p })) },
        mark: { type: 'line', point: { filled: true, size: 60 } },
        encoding: {
          x: { field: 'at', type: 'temporal', axis: DAY_AXIS, scale: TIME_SCALE },
          y: { field: 'score', type: 'quantitative', title: `score (${range.min}–${range.max})`, scale: { domain: [range.min, range.max] } },
          color: { field: 'scale', type: 'nominal', title: null, scale: { domain: scales, range: ['#0b5cad', '#d95f02', '#7570b3', '#1b9e77'] } },
          tooltip: [{ field: 'scale' }, { field: 'score', format: '.2f' }, { field: 'at', type: 'temporal', title: 'taken', format: '%e %b %Y' }],
        },
      },
    ],
  };
}

/** Diary entries rated before or after, one row per rating, with the pair joined by a rule when both are there. */
export function diaryValues(diary: readonly DiaryPoint[]) {
  const ratings = diary.flatMap((d) => [
    ...(d.anxietyBefore === null ? [] : [{ at: d.occurredAt, when: 'before', anxiety: d.anxietyBefore }]),
    ...(d.anxietyAfter === null ? [] : [{ at: d.occurredAt, when: 'after', anxiety: d.anxietyAfter }]),
  ]);
  const pairs = diary.filter((d) => d.anxietyBefore !== null && d.anxietyAfter !== null).map((d) => ({ at: d.occurredAt, before: d.anxietyBefore as number, after: d.anxietyAfter as number }));
  return { ratings, pairs };
}

export function diarySpec(diary: readonly DiaryPoint[]): object {
  const { ratings, pairs } = diaryValues(diary);
  const x = { field: 'at', type: 'temporal', axis: DAY_AXIS, scale: TIME_SCALE };
  return {
    ...fitWidth(180),
    layer: [
      { data: { values: pairs }, mark: { type: 'rule', color: '#9aa4b1', strokeWidth: 2 }, encoding: { x, y: { field: 'before', type: 'quantitative' }, y2: { field: 'after' } } },
      {
        data: { values: ratings },
        mark: { type: 'point', filled: true, size: 80 },
        encoding: {
          x,
          y: { field: 'anxiety', type: 'quantitative', title: 'anxiety (0–100)', scale: { domain: [0, 100] } },
          color: { field: 'when', type: 'nominal', title: null, scale: { domain: ['before', 'after'], range: ['#d95f02', '#1b9e77'] } },
          shape: { field: 'when', type: 'nominal', title: null, scale: { domain: ['before', 'after'], range: ['circle', 'diamond'] } },
          tooltip: [{ field: 'when' }, { field: 'anxiety' }, { field: 'at', type: 'temporal', title: 'date', format: '%e %b %Y' }],
        },
      },
    ],
  };
}

/** The diary's before/after story in a sentence (for everyone who does not read charts). */
export function diarySummary(diary: readonly DiaryPoint[]): string {
  const { pairs } = diaryValues(diary);
  if (pairs.length === 0) return 'No entry has both an anxiety rating before and one after yet.';
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const before = mean(pairs.map((p) => p.before));
  const after = mean(pairs.map((p) => p.after));
  const change = Math.round(after - before);
  const n = `${pairs.length} ${pairs.length === 1 ? 'entry' : 'entries'} rated before and after`;
  if (change === 0) return `Across ${n}, anxiety was about the same afterwards (${Math.round(before)} on average).`;
  return `Across ${n}, anxiety ${change < 0 ? 'fell' : 'rose'} by ${Math.abs(change)} points on average (from ${Math.round(before)} to ${Math.round(after)}).`;
}
