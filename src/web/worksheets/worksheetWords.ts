import type { WorksheetCheckJson } from '../../shared/api/index.js';

type PartCheck = WorksheetCheckJson['parts'][number];

export const STATUS_WORDS: Record<PartCheck['status'], string> = { ok: 'Looks good', missing: 'Missing', problem: 'Check this' };
export const STATUS_ICONS: Record<PartCheck['status'], string> = { ok: '✓', missing: '○', problem: '!' };

/** A part not written yet is "missing" too, but it is shown calmly: nothing is wrong with it yet. */
export const isUnwritten = (p: PartCheck) => p.status === 'missing' && p.code === 'empty';

/** The check in one line: how many parts are fine, and which still need something. */
export function checkSummary(check: WorksheetCheckJson): string {
  const ok = check.parts.filter((p) => p.status === 'ok').length;
  if (check.complete) return `All ${check.parts.length} parts look good.`;
  const problems = check.parts.filter((p) => p.status === 'problem').map((p) => p.label);
  const missing = check.parts.filter((p) => p.status === 'missing').map((p) => p.label);
  const bits = [`${ok} of ${check.parts.length} parts look good.`];
  if (problems.length) bits.push(`Check: ${problems.join(', ')}.`);
  if (missing.length) bits.push(`Still missing: ${missing.join(', ')}.`);
  return bits.join(' ');
}

/** The first words of a saved worksheet's script, for a list. */
export function scriptPreview(script: string, max = 140): string {
  const s = script.replace(/\s+/g, ' ').trim();
  return s.length <= max ? s : `${s.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
