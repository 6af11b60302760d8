import type { BalancePoint } from '../../core/practice/practiceTypes.js';
import { QUADRANT_LABELS } from '../../core/balance.js';
import { painter, wrapBlock, type PracticeRenderOptions } from './practicePaint.js';

/** Where the plane is split (core/balance.ts): empathy high from 0.5 (EPITOME total 2 of 4), assertiveness from 0.2. */
const EMPATHY_SPLIT = 0.5;
const ASSERT_SPLIT = 0.2;
const HALF_COLS = 12;
const HALF_ROWS = 4;

/** A turn's mark on the plane: 1–9, then a–z for 10–35, # beyond. */
export function turnMark(turn: number): string {
  if (turn >= 1 && turn <= 9) return String(turn);
  if (turn >= 10 && turn <= 35) return String.fromCharCode(97 + turn - 10);
  return '#';
}

function column(empathy: number): number {
  const e = Math.max(0, Math.min(1, empathy));
  if (e < EMPATHY_SPLIT) return Math.min(HALF_COLS - 1, Math.floor((e / EMPATHY_SPLIT) * HALF_COLS));
  return HALF_COLS + Math.min(HALF_COLS - 1, Math.floor(((e - EMPATHY_SPLIT) / (1 - EMPATHY_SPLIT)) * HALF_COLS));
}

/** Row from the top: the upper half holds assertiveness 0.2..1, the lower -1..0.2. */
function row(assertiveness: number): number {
  const a = Math.max(-1, Math.min(1, assertiveness));
  if (a >= ASSERT_SPLIT) return Math.min(HALF_ROWS - 1, Math.floor(((1 - a) / (1 - ASSERT_SPLIT)) * HALF_ROWS));
  return HALF_ROWS + Math.min(HALF_ROWS - 1, Math.floor(((ASSERT_SPLIT - a) / (ASSERT_SPLIT + 1)) * HALF_ROWS));
}

/**
 * The session's path across the empathy × assertiveness plane (primer §5) as text: a small grid
 * with each reply marked by its turn number (`*` where replies share a cell), the four quadrants named,
 * then the path in words, turn by turn, naming each reply that lost the balance.
 */
export function renderBalancePath(path: readonly BalancePoint[], options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  if (path.length === 0) return paint('  No replies, so no path yet.', 'dim');
  const grid: string[][] = Array.from({ length: HALF_ROWS * 2 }, () => Array.from({ length: HALF_COLS * 2 }, () => ' '));
  for (const p of path) {
    const r = row(p.assertiveness);
    const c = column(p.empathy);
    grid[r][c] = grid[r][c] === ' ' ? turnMark(p.turn) : '*';
  }
  const axis = (r: number) => (r === 0 ? '  +1' : r === HALF_ROWS * 2 - 1 ? '  -1' : '    ');
  const out: string[] = [];
  out.push(paint('    assertiveness', 'dim'));
  for (let r = 0; r < HALF_ROWS * 2; r++) {
    if (r === HALF_ROWS) out.push(`  ${paint('0.2', 'dim')} |${'-'.repeat(HALF_COLS)}+${'-'.repeat(HALF_COLS)}|`);
    const cells = grid[r].map((ch) => (ch === ' ' ? ch : paint(ch, 'accent')));
    out.push(`${paint(axis(r), 'dim')}  |${cells.slice(0, HALF_COLS).join('')}|${cells.slice(HALF_COLS).join('')}|`);
  }
  out.push(`      +${'-'.repeat(HALF_COLS)}+${'-'.repeat(HALF_COLS)}+`);
  out.push(paint(`      0${' '.repeat(HALF_COLS - 3)}0.5${' '.repeat(HALF_COLS - 1)}1  empathy`, 'dim'));
  out.push(...wrapBlock('    ', `upper left: ${QUADRANT_LABELS.directive_but_distant} · upper right: ${QUADRANT_LABELS.attuned_and_clear} · lower left: ${QUADRANT_LABELS.disengaged} · lower right: ${QUADRANT_LABELS.warm_but_drifting}`, width, paint, 'dim'));
  const steps = path.map((p) => `${p.turn} ${QUADRANT_LABELS[p.quadrant]}${p.offBalance ? ` (${p.offBalance})` : ''}`);
  out.push(...wrapBlock('  Path: ', steps.join(' → '), width, paint, undefined, 'bold'));
  return out.join('\n');
}
