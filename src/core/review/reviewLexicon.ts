import { matchLexicon, type Lexicon, type LexiconMatch } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import type { Span } from '../types.js';
import type { ReviewTurn } from './reviewTypes.js';

/** A piece of evidence in a review finding: what it shows (`cue`, plain words) and where. */
export type ReviewCue = Span & { cue: string; text: string };

/**
 * The review lexicon `name` (data/lexicons/<name>.json). Throws when it is missing: a packaging fault,
 * and a review that silently skipped its safety or alliance cues would mislead.
 */
export function reviewLexicon(resources: Resources, name: string): Lexicon {
  const lexicon = resources.lexicons[name];
  if (!lexicon) throw new Error(`transcript review needs the lexicon "${name}" (data/lexicons/${name}.json), which is missing`);
  return lexicon;
}

// The detectors of one review read the same turn objects: each turn is matched once per lexicon
// (keyed by the turn object, checked against its text in case the object was edited since).
const turnMatchCache = new WeakMap<Lexicon, WeakMap<ReviewTurn, { text: string; matches: LexiconMatch[] }>>();

/** Matches of the whole `lexicon` in a turn's text, computed once per turn object and lexicon (read only). */
export function turnMatches(lexicon: Lexicon, turn: ReviewTurn): readonly LexiconMatch[] {
  let byTurn = turnMatchCache.get(lexicon);
  if (!byTurn) turnMatchCache.set(lexicon, (byTurn = new WeakMap()));
  const found = byTurn.get(turn);
  if (found && found.text === turn.text) return found.matches;
  const matches = matchCues(lexicon, turn.text);
  byTurn.set(turn, { text: turn.text, matches });
  return matches;
}

/** Matches of `lexicon` in `text` (empty for an empty lexicon part). */
export function matchCues(lexicon: Lexicon, text: string): LexiconMatch[] {
  return lexicon.entries.length === 0 || text.length === 0 ? [] : matchLexicon(lexicon, text);
}

/** The evidence of a span: its text and, as the cue, the entry's description (or `cue`). */
export function cueOf(text: string, span: Span, cue: string): ReviewCue {
  return { start: span.start, end: span.end, cue, text: text.slice(span.start, span.end) };
}

/** Adds `cue` unless it overlaps one already there (the first source to find a place names it). */
export function addCue(cues: ReviewCue[], cue: ReviewCue): void {
  for (const c of cues) if (cue.start < c.end && c.start < cue.end) return;
  cues.push(cue);
}
