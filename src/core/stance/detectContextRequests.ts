import { matchLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { Turn } from '../types.js';
import { splitStanceLexicon } from './stanceLexicon.js';

/** Only the tail of a very long client turn is read: the request that a reply answers comes last. */
const MAX_CONTEXT_CHARS = 2000;

/** The most recent turn not spoken by the therapist, or null. */
export function lastClientTurn(context: readonly Turn[]): Turn | null {
  for (let i = context.length - 1; i >= 0; i--) {
    const t = context[i];
    if (t && t.speaker !== 'therapist' && typeof t.text === 'string') return t;
  }
  return null;
}

/**
 * What the client's last turn asked for or raised (kinds of the `ctx_*` entries of the stance
 * lexicon, e.g. "ctx_request_contact", "ctx_complaint"), sorted and without duplicates. Such a request
 * is what lets an acquiescing reply ("Sure, of course") read as passive.
 */
export function detectContextRequests(context: readonly Turn[], lexicon: Lexicon): string[] {
  const turn = lastClientTurn(context);
  if (!turn || turn.text.length === 0) return [];
  const text = turn.text.length > MAX_CONTEXT_CHARS ? turn.text.slice(-MAX_CONTEXT_CHARS) : turn.text;
  const kinds = new Set<string>();
  for (const m of matchLexicon(splitStanceLexicon(lexicon).context, text)) kinds.add(m.entry.kind);
  return [...kinds].sort();
}
