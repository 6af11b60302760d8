import { hashString, mulberry32 } from '../text/hash.js';

/**
 * A number in [0, 1) fixed by the session's seed, the turn and what it is for: each draw is
 * computed afresh (no generator state to carry), so a session replays exactly from its seed and replies
 * and stays plain data.
 */
export function seededDraw(seed: number, turn: number, purpose: string): number {
  return mulberry32(hashString(`${seed}:${turn}:${purpose}`))();
}
