import type { ReviewListItem } from '../../shared/api/index.js';
import { MITI_THRESHOLDS } from '../../present/review/reviewWords.js';

/** The numbers a supervisor follows across sessions, with their MITI thresholds where there are some. */
export const COMPARED = [
  { key: 'reflectionToQuestion', title: 'Reflections per question', thresholds: MITI_THRESHOLDS.reflectionToQuestion, domainMax: 3 },
  { key: 'percentComplexReflections', title: '% complex reflections', thresholds: MITI_THRESHOLDS.percentComplexReflections, domainMax: 100 },
  { key: 'meanEmpathy', title: 'Mean empathy (EPITOME 0–2)', thresholds: null, domainMax: 2 },
] as const;

/**
 * A Vega-Lite spec of R:Q, %CR and mean empathy across reviews, oldest first, one small chart each
 * with the fair/good lines. Only numbers and titles the person gave go in, never transcript text.
 */
export function compareSpec(reviews: readonly ReviewListItem[]): object {
  const ordered = [...reviews].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const chart = (c: (typeof COMPARED)[number]) => {
    const values = ordered.map((r, i) => ({ n: i + 1, title: r.title, value: r.metrics[c.key] })).filter((v) => v.value !== null);
    const max = Math.max(c.domainMax, ...values.map((v) => v.value as number));
    const rules = c.thresholds ? [{ y: c.thresholds.fair, label: 'fair' }, { y: c.thresholds.good, label: 'good' }] : [];
    return {
      title: { text: c.title, anchor: 'start', fontSize: 12 },
      width: 260, height: 120,
      layer: [
        { data: { values: rules }, mark: { type: 'rule', strokeDash: [4, 3], color: '#999999' }, encoding: { y: { field: 'y', type: 'quantitative' } } },
        { data: { values: rules }, mark: { type: 'text', align: 'left', dx: 3, dy: -5, fontSize: 10, color: '#666666' }, encoding: { x: { datum: 1, type: 'quantitative' }, y: { field: 'y', type: 'quantitative' }, text: { field: 'label' } } },
        {
          data: { values },
          mark: { type: 'line', point: { filled: true, size: 50 }, color: '#0b5cad' },
          encoding: {
            x: { field: 'n', type: 'quantitative', title: 'review (oldest first)', axis: { format: 'd', tickMinStep: 1 }, scale: { domain: [1, Math.max(2, ordered.length)] } },
            y: { field: 'value', type: 'quantitative', title: null, scale: { domain: [0, max] } },
            tooltip: [{ field: 'title', title: 'review' }, { field: 'value', title: c.title, format: '.2f' }],
          },
        },
      ],
    };
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: { font: 'system-ui, sans-serif', view: { stroke: null } },
    hconcat: COMPARED.map(chart),
  };
}
