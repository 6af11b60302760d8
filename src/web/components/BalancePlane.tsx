import { QUADRANT_WORDS } from '../../present/review/reviewWords.js';
import { BALANCE_LINES, QUADRANT_COLOURS } from '../../present/review/reviewCharts.js';
import type { Quadrant } from '../../core/types.js';

export interface PlanePoint {
  empathy: number;
  assertiveness: number;
  quadrant: Quadrant;
  label?: string;
}

/**
 * The empathy × assertiveness plane (primer §5) as a small SVG: the four quadrants, and one point or a
 * path of points joined in order. Drawn here rather than with vega so it updates on every keystroke.
 */
export function BalancePlane({ points, size = 160, title }: { points: readonly PlanePoint[]; size?: number; title: string }) {
  const pad = 6;
  const x = (a: number) => pad + ((Math.max(-1, Math.min(1, a)) + 1) / 2) * (size - 2 * pad);
  const y = (e: number) => size - pad - Math.max(0, Math.min(1, e)) * (size - 2 * pad);
  const last = points[points.length - 1];
  const desc = last
    ? `${points.length === 1 ? '' : `${points.length} points; last: `}empathy ${last.empathy.toFixed(2)}, assertiveness ${last.assertiveness.toFixed(2)}: ${QUADRANT_WORDS[last.quadrant]}.`
    : 'No point yet.';
  return (
    <svg className="plane" viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="img" aria-label={`${title}. ${desc}`}>
      <rect x={pad} y={pad} width={size - 2 * pad} height={size - 2 * pad} fill="#fafafa" stroke="#c9ccd1" />
      <line x1={x(BALANCE_LINES.assertiveness)} x2={x(BALANCE_LINES.assertiveness)} y1={pad} y2={size - pad} stroke="#b0b4ba" strokeDasharray="3 3" />
      <line x1={pad} x2={size - pad} y1={y(BALANCE_LINES.empathy)} y2={y(BALANCE_LINES.empathy)} stroke="#b0b4ba" strokeDasharray="3 3" />
      <text x={size - pad - 3} y={pad + 11} textAnchor="end" fontSize="9" fill="#555">attuned</text>
      <text x={pad + 3} y={pad + 11} fontSize="9" fill="#555">warm</text>
      <text x={size - pad - 3} y={size - pad - 4} textAnchor="end" fontSize="9" fill="#555">directive</text>
      <text x={pad + 3} y={size - pad - 4} fontSize="9" fill="#555">disengaged</text>
      {points.length > 1 && (
        <polyline fill="none" stroke="#9a9a9a" strokeWidth="1" points={points.map((p) => `${x(p.assertiveness)},${y(p.empathy)}`).join(' ')} />
      )}
      {points.map((p, i) => (
        <circle key={i} cx={x(p.assertiveness)} cy={y(p.empathy)} r={i === points.length - 1 ? 6 : 4} fill={QUADRANT_COLOURS[p.quadrant]} stroke="#fff" strokeWidth="1.5">
          {p.label && <title>{p.label}</title>}
        </circle>
      ))}
    </svg>
  );
}
