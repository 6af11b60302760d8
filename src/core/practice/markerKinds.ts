import type { Resources } from '../resources.js';
import { CONTEXT_CUE_PREFIX } from '../stance/stanceLexicon.js';

/**
 * Kinds the stance detector reports that are not lexicon entries of their own: an agreement with no
 * request to give in to is re-read from `capitulation` as `acquiescence` (detectStanceMarkers.ts).
 */
const COMPUTED_STANCE_KINDS = ['acquiescence'];

/**
 * Every style and stance marker kind the analysis core can report, read from the loaded lexicons:
 * what a scenario rule may name. Helper cues (weight 0, never reported) and the stance lexicon's
 * context cues (read in the other person's turn, not the reply) are left out.
 */
export function markerKindsOf(resources: Resources): Set<string> {
  const kinds = new Set<string>();
  for (const e of resources.lexicons['style-markers']?.entries ?? []) if (e.weight !== 0) kinds.add(e.kind);
  for (const e of resources.lexicons['stance-markers']?.entries ?? []) if (!e.kind.startsWith(CONTEXT_CUE_PREFIX)) kinds.add(e.kind);
  for (const k of COMPUTED_STANCE_KINDS) kinds.add(k);
  return kinds;
}
