import type { Lexicon } from '../lexicon/lexicon.js';

/**
 * Entries of the stance lexicon whose kind starts with this prefix are read in the client's previous
 * turn (what the client asked for), never in the therapist's reply.
 */
export const CONTEXT_CUE_PREFIX = 'ctx_';

export interface StanceLexicon {
  /** Moves read in the therapist's reply. */
  moves: Lexicon;
  /** Request cues read in the client's last turn. */
  context: Lexicon;
}

// Split once per loaded lexicon: the parts keep their identity, so matchLexicon's index is built once each.
const cache = new WeakMap<Lexicon, StanceLexicon>();

/** The stance lexicon split into the moves of a reply and the `ctx_` cues of the client's turn. */
export function splitStanceLexicon(lexicon: Lexicon): StanceLexicon {
  let split = cache.get(lexicon);
  if (!split) {
    split = {
      moves: { ...lexicon, entries: lexicon.entries.filter((e) => !e.kind.startsWith(CONTEXT_CUE_PREFIX)) },
      context: { ...lexicon, entries: lexicon.entries.filter((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX)) },
    };
    cache.set(lexicon, split);
  }
  return split;
}
