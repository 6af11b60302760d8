import type { EmpathyLevel } from '../types.js';

/**
 * How far a learned model may move a mechanism's rule level, chosen per mechanism by cross-validation
 * on the train split and stored in the model's `meta.mode`:
 * - `grade`: the cues decide whether the mechanism is present, the model only whether it is weak or strong;
 * - `veto`: as `grade`, and the model may also drop it to 0;
 * - `free`: the model decides, raising from 0 only where a sentence can carry the evidence.
 */
export const MODEL_MODES = ['grade', 'veto', 'free'] as const;
export type ModelMode = (typeof MODEL_MODES)[number];

export function modelMode(meta: Record<string, unknown>): ModelMode {
  const m = meta.mode;
  return MODEL_MODES.includes(m as ModelMode) ? (m as ModelMode) : 'grade';
}

/** The level from the model's probabilities of levels 0, 1, 2 under `mode`; `canRaise`: a sentence is free to carry new evidence. */
export function modelLevel(p: ArrayLike<number>, rule: EmpathyLevel, mode: ModelMode, canRaise: boolean): EmpathyLevel {
  if (mode !== 'free' && rule === 0) return 0;
  if (mode === 'grade') return p[1] >= p[2] ? 1 : 2;
  const best: EmpathyLevel = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
  if (rule === 0 && best > 0 && !canRaise) return 0;
  return best;
}
