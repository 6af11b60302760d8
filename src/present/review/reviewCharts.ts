import type { TopLevelSpec } from 'vega-lite';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { QUADRANTS, STANCES, STYLES } from '../../core/types.js';
import { QUADRANT_WORDS, STANCE_WORDS, STYLE_WORDS, turnNumber } from './reviewWords.js';

/**
 * The charts of a session's course, as Vega-Lite specs with their data inlined: the HTML report
 * renders them to SVG at build time, and the web app can render the same specs live. Turn numbers
 * count from 1 as in the transcript. Only numbers and fixed labels go into the data, never transcript
 * text, so a chart cannot carry someone's words anywhere.
 */

export interface ReviewChart {
  /** Stable id (used for element ids and file names). */
  id: 'empathy-course' | 'stance-course' | 'talk-course' | 'style-course' | 'balance-path';
  title: string;
  /** What the chart shows, in one sentence (figure caption and accessible description). */
  description: string;
  spec: TopLevelSpec;
  /** Data points charted; 0 means there is nothing to draw (no therapist or client turns). */
  points: number;
}

const WIDTH = 640;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const CONFIG = {
  font: FONT,
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, titleFontWeight: 'normal' as const, gridColor: '#e6e6e6' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom' as const, direction: 'horizontal' as const, labelLimit: 0 },
};
/** What every chart's spec starts with: the Vega-Lite version, its size and the shared look. */
const frame = (width: number, height: number) => ({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', width, height, config: CONFIG });
/** The x channel of the courses over the session: turn numbers from 1 to the last turn (`scale` adds to it). */
const turnX = (r: ReviewReport, scale: { padding?: number } = {}) => ({
  field: 'turn', type: 'quantitative' as const, axis: { title: 'turn', format: 'd', tickMinStep: 1 },
  scale: { domain: [1, Math.max(2, r.turns.length)], nice: false, ...scale },
});

export const MECHANISM_LABELS = { er: 'ER emotional reactions', ip: 'IP interpretations', ex: 'EX explorations' } as const;
export const QUADRANT_COLOURS: Record<(typeof QUADRANTS)[number], string> = {
  attuned_and_clear: '#1b9e77', warm_but_drifting: '#7570b3', directive_but_distant: '#d95f02', disengaged: '#8c8c8c',
};
const STANCE_COLOURS: Record<(typeof STANCES)[number], string> = { none: '#8c8c8c', assertive: '#1b9e77', aggressive: '#d62728', passive: '#7570b3' };

/** EPITOME levels of every therapist turn, stacked (0..6). */
export function empathyCourseChart(r: ReviewReport): ReviewChart {
  const values = r.turns.filter((t) => t.role === 'therapist').flatMap((t) =>
    (['er', 'ip', 'ex'] as const).map((m) => ({ turn: turnNumber(t.index), mechanism: MECHANISM_LABELS[m], level: t.analysis.empathy[m] })));
  return {
    id: 'empathy-course',
    title: 'Empathy over the session',
    description: 'EPITOME levels (0 none, 1 weak, 2 strong) of emotional reactions, interpretations and explorations in each therapist turn, stacked.',
    points: values.length / 3,
    spec: {
      ...frame(WIDTH, 150),
      data: { values },
      // A bar per therapist turn; therapist turns come about every other turn, so a bar may take ~1.5 turns.
      mark: { type: 'bar', width: Math.max(1, Math.min(16, (1.5 * WIDTH) / Math.max(1, r.turns.length))) },
      encoding: {
        x: turnX(r, { padding: 8 }),
        y: { field: 'level', type: 'quantitative', aggregate: 'sum', stack: 'zero', title: 'EPITOME level (sum, 0–6)', scale: { domain: [0, 6] }, axis: { tickCount: 4 } },
        color: {
          field: 'mechanism', type: 'nominal', title: null,
          scale: { domain: Object.values(MECHANISM_LABELS), range: ['#e7298a', '#66a61e', '#1f78b4'] },
        },
        order: { field: 'mechanism' },
      },
    },
  };
}

/** Assertiveness (−1..1) of each therapist turn, coloured by stance. */
export function stanceCourseChart(r: ReviewReport): ReviewChart {
  const values = r.turns.filter((t) => t.role === 'therapist').map((t) => ({
    turn: turnNumber(t.index), assertiveness: t.analysis.balance.assertiveness, stance: STANCE_WORDS[t.analysis.stance ?? 'none'],
  }));
  const x = turnX(r);
  return {
    id: 'stance-course',
    title: 'Stance and assertiveness over the session',
    description: 'Assertiveness of each therapist turn (−1 passive side, 0, +1 clear direction), coloured by its stance.',
    points: values.length,
    spec: {
      ...frame(WIDTH, 150),
      data: { values },
      layer: [
        { mark: { type: 'rule', color: '#bbbbbb' }, encoding: { y: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'line', color: '#9a9a9a', strokeWidth: 1 }, encoding: { x, y: { field: 'assertiveness', type: 'quantitative' } } },
        {
          mark: { type: 'point', filled: true, size: 60 },
          encoding: {
            x,
            y: { field: 'assertiveness', type: 'quantitative', title: 'assertiveness', scale: { domain: [-1, 1] } },
            color: {
              field: 'stance', type: 'nominal', title: 'stance',
              scale: { domain: STANCES.map((s) => STANCE_WORDS[s]), range: STANCES.map((s) => STANCE_COLOURS[s]) },
            },
          },
        },
      ],
    },
  };
}

/** Running counts of client change and sustain talk. */
export function talkCourseChart(r: ReviewReport): ReviewChart {
  let change = 0;
  let sustain = 0;
  const values = r.turns.filter((t) => t.role === 'client').flatMap((t) => {
    if (t.analysis.talk === 'change') change++;
    if (t.analysis.talk === 'sustain') sustain++;
    return [{ turn: turnNumber(t.index), talk: 'change talk', count: change }, { turn: turnNumber(t.index), talk: 'sustain talk', count: sustain }];
  });
  return {
    id: 'talk-course',
    title: 'Client change and sustain talk over the session',
    description: 'Running count of client turns coded as change talk and as sustain talk; the wider the gap in favour of change talk, the better.',
    points: values.length / 2,
    spec: {
      ...frame(WIDTH, 150),
      data: { values },
      mark: { type: 'line', interpolate: 'step-after', point: true },
      encoding: {
        x: turnX(r),
        y: { field: 'count', type: 'quantitative', title: 'client turns so far', axis: { format: 'd', tickMinStep: 1 } },
        color: { field: 'talk', type: 'nominal', title: null, scale: { domain: ['change talk', 'sustain talk'], range: ['#1b9e77', '#d95f02'] } },
      },
    },
  };
}

const STYLE_COLOURS: Record<(typeof STYLES)[number], string> = {
  passive: '#7570b3', assertive: '#1b9e77', aggressive: '#d62728', passive_aggressive: '#e7298a', neutral: '#8c8c8c',
};

/** The communication style of every client turn, one mark per turn on the style's row. */
export function styleCourseChart(r: ReviewReport): ReviewChart {
  const values = r.turns.filter((t) => t.role === 'client').map((t) => ({ turn: turnNumber(t.index), style: STYLE_WORDS[t.analysis.style] }));
  const domain = STYLES.map((s) => STYLE_WORDS[s]);
  return {
    id: 'style-course',
    title: 'Client style over the session',
    description: 'The communication style of each client turn (passive, assertive, aggressive, passive-aggressive or neutral), one mark per turn.',
    points: values.length,
    spec: {
      ...frame(WIDTH, 120),
      data: { values },
      mark: { type: 'tick', thickness: 3 },
      encoding: {
        x: turnX(r),
        y: { field: 'style', type: 'nominal', title: null, scale: { domain } },
        color: { field: 'style', type: 'nominal', legend: null, scale: { domain, range: STYLES.map((s) => STYLE_COLOURS[s]) } },
      },
    },
  };
}

/** Where the empathy (0..1) and assertiveness (−1..1) of balanceOf call a reply high (core/balance.ts). */
export const BALANCE_LINES = { empathy: 0.5, assertiveness: 0.2 } as const;

/** The therapist's path across the empathy × assertiveness plane, quadrants labelled. */
export function balancePathChart(r: ReviewReport): ReviewChart {
  const values = r.turns.filter((t) => t.role === 'therapist').map((t, step) => ({
    step, turn: turnNumber(t.index), empathy: t.analysis.balance.empathy, assertiveness: t.analysis.balance.assertiveness,
    quadrant: QUADRANT_WORDS[t.analysis.balance.quadrant],
  }));
  const ends = values.length ? [{ ...values[0], label: `start (turn ${values[0].turn})` }, { ...values[values.length - 1], label: `end (turn ${values[values.length - 1].turn})` }] : [];
  const corners = [
    { assertiveness: 0.98, empathy: 1.04, text: QUADRANT_WORDS.attuned_and_clear, align: 'right' },
    { assertiveness: -0.98, empathy: 1.04, text: QUADRANT_WORDS.warm_but_drifting, align: 'left' },
    { assertiveness: 0.98, empathy: -0.04, text: QUADRANT_WORDS.directive_but_distant, align: 'right' },
    { assertiveness: -0.98, empathy: -0.04, text: QUADRANT_WORDS.disengaged, align: 'left' },
  ];
  const x = { field: 'assertiveness', type: 'quantitative' as const, title: 'assertiveness (−1 passive … +1 clear direction)', scale: { domain: [-1, 1] } };
  const y = { field: 'empathy', type: 'quantitative' as const, title: 'empathy (0..1)', scale: { domain: [-0.08, 1.08] }, axis: { values: [0, 0.25, 0.5, 0.75, 1], format: '.2~f' } };
  return {
    id: 'balance-path',
    title: 'Balance path: empathy × assertiveness',
    description: 'Each therapist turn placed by its empathy and assertiveness and joined in order, over the four quadrants of the balance.',
    points: values.length,
    spec: {
      ...frame(420, 320),
      layer: [
        { data: { values: [{}] }, mark: { type: 'rule', color: '#bbbbbb', strokeDash: [4, 3] }, encoding: { x: { datum: BALANCE_LINES.assertiveness, type: 'quantitative', scale: { domain: [-1, 1] } } } },
        { data: { values: [{}] }, mark: { type: 'rule', color: '#bbbbbb', strokeDash: [4, 3] }, encoding: { y: { datum: BALANCE_LINES.empathy, type: 'quantitative' } } },
        ...(['left', 'right'] as const).map((align) => ({
          data: { values: corners.filter((c) => c.align === align) },
          mark: { type: 'text' as const, align, fontSize: 12, fontWeight: 'bold' as const, color: '#555555', baseline: 'middle' as const },
          encoding: { x: { field: 'assertiveness', type: 'quantitative' as const }, y: { field: 'empathy', type: 'quantitative' as const }, text: { field: 'text' } },
        })),
        { data: { values }, mark: { type: 'line', color: '#9a9a9a', strokeWidth: 1 }, encoding: { x, y, order: { field: 'step', type: 'quantitative' } } },
        {
          data: { values },
          mark: { type: 'point', filled: true, size: 70, opacity: 0.85 },
          encoding: {
            x, y,
            color: {
              field: 'quadrant', type: 'nominal', title: 'quadrant',
              scale: { domain: QUADRANTS.map((q) => QUADRANT_WORDS[q]), range: QUADRANTS.map((q) => QUADRANT_COLOURS[q]) },
            },
          },
        },
        {
          data: { values: ends },
          mark: { type: 'text', dy: -10, fontSize: 10, color: '#333333' },
          encoding: { x: { field: 'assertiveness', type: 'quantitative' }, y: { field: 'empathy', type: 'quantitative' }, text: { field: 'label' } },
        },
      ],
    },
  };
}

/** Every chart of the report, in the order the HTML report shows them. */
export function reviewCharts(r: ReviewReport): ReviewChart[] {
  return [empathyCourseChart(r), stanceCourseChart(r), talkCourseChart(r), styleCourseChart(r), balancePathChart(r)];
}
