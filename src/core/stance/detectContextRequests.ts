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
  const cues = splitStanceLexicon(lexicon).context;
  for (let i = 0; i < MEMO_SIZE; i++) if (memoText[i] === turn.text && memoLexicon[i] === cues) return [...memoKinds[i]];
  const text = turn.text.length > MAX_CONTEXT_CHARS ? turn.text.slice(-MAX_CONTEXT_CHARS) : turn.text;
  const kinds = new Set<string>();
  for (const m of matchLexicon(cues, text)) kinds.add(m.entry.kind);
  const out = [...kinds].sort();
  memoText[memoNext] = turn.text;
  memoLexicon[memoNext] = cues;
  memoKinds[memoNext] = out;
  memoNext = (memoNext + 1) % MEMO_SIZE;
  return [...out];
}

// The client's turn is what the next few therapist turns answer: its requests are kept for the last
// few texts (bounded, keyed by the text and the lexicon), so coding a transcript reads each once.
const MEMO_SIZE = 4;
const memoText: Array<string | undefined> = new Array<string | undefined>(MEMO_SIZE).fill(undefined);
const memoLexicon: Array<Lexicon | undefined> = new Array<Lexicon | undefined>(MEMO_SIZE).fill(undefined);
const memoKinds: string[][] = new Array<string[]>(MEMO_SIZE).fill([]);
let memoNext = 0;
