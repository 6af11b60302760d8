import { matchLexicon, type Lexicon, type LexiconEntry } from '../lexicon/lexicon.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Marker, Style } from '../types.js';

/**
 * Where two markers overlap, the more specific reading wins: "I feel like you never…" is a judgement
 * dressed as a feeling, not an I-statement with a real feeling; "thanks a lot" said sarcastically is
 * not an acknowledgement; "sorry to bother you" is an over-apology, not one more apology.
 * winner kind → kinds it cancels where their spans overlap.
 */
const OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  judgement_as_feeling: ['i_statement', 'feeling_word', 'hedge'],
  pseudo_feeling: ['i_statement', 'feeling_word'],
  over_apology: ['apology'],
  sarcasm_cue: ['acknowledgement', 'feeling_word', 'specific_request', 'need_statement'],
  backhanded_compliment: ['acknowledgement', 'feeling_word', 'need_statement'],
  guilt_trip: ['retraction', 'deference', 'hedge'],
  clear_no: ['command', 'imperative'], // a stated limit ("please don't speak to me like that") is not an order
  // Helper: a feeling named for someone else ("it sounds like you feel alone") is not the speaker's.
  other_feeling: ['feeling_word'],
};

/** Markers are short phrases; looking this far back is enough to find every overlapping one. */
const MAX_MARKER_REACH = 400;
/** Three reason connectives within this many characters make an over-justification. */
const JUSTIFICATION_WINDOW = 300;

// Code-computed kinds (see the lexicon descriptions): their lexicon entries hold the regex half.
const SHOUTING = 'shouting';
const APOLOGY = 'apology';
const OVER_APOLOGY = 'over_apology';
const OVER_JUSTIFICATION = 'over_justification';
const REASON_CONNECTIVE = 'reason_connective';

interface Raw {
  kind: string;
  leaning: Style;
  start: number;
  end: number;
  /** Helper cue (lexicon weight 0): takes part in overrides, never reported. */
  hidden?: boolean;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;

/** A word of two or more letters, all capitals (apostrophes allowed): "STOP", "DON'T". */
function isCapsWord(text: string, t: Token): boolean {
  let letters = 0;
  for (let i = t.start; i < t.end; i++) {
    const ch = text[i];
    if (ch === "'" || ch === '’') continue;
    if (ch.toLowerCase() === ch) return false; // lower-case letter, digit or other: not shouting
    letters++;
  }
  return letters >= 2 || (letters === 1 && text[t.start] === 'I');
}

/**
 * Shouting by capitals: a run of capitalised words with at least 5 letters, at least one word of
 * 3+ letters, and either two or more words or a single word of 5+ letters ("NEVER"). Short
 * acronyms on their own ("GP", "ADHD") are not shouting. Computed here because lexicon patterns are
 * case-insensitive.
 */
function capsRuns(text: string, tokens: readonly Token[], out: Raw[], leaning: Style): void {
  let i = 0;
  while (i < tokens.length) {
    if (!isCapsWord(text, tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    let letters = 0;
    let longest = 0;
    while (j < tokens.length && isCapsWord(text, tokens[j])) {
      const len = tokens[j].end - tokens[j].start;
      letters += len;
      if (len > longest) longest = len;
      // A run stops at a line break.
      if (j + 1 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start).includes('\n')) {
        j++;
        break;
      }
      j++;
    }
    const words = j - i;
    if (letters >= 5 && longest >= 3 && (words >= 2 || longest >= 5)) {
      out.push({ kind: SHOUTING, leaning, start: tokens[i].start, end: tokens[j - 1].end });
    }
    i = j;
  }
}

/**
 * Style markers in `text`, sorted by position: every lexicon cue (entries with weight 0 are helpers:
 * they may cancel other cues but are not reported), plus the code-computed ones: shouting in capitals, over-apology (two or
 * more apologies), over-justification (three reason connectives close together). Overlaps are
 * resolved by OVERRIDES; spans are trimmed of surrounding whitespace. Pure; linear in the text.
 */
export function detectStyleMarkers(text: string, lexicon: Lexicon, tokens?: readonly Token[]): Marker[] {
  if (text.length === 0) return [];
  const raw: Raw[] = [];
  const reasons: Raw[] = [];
  let apologies = 0;
  let overApologies = 0;
  let shoutingEntry: LexiconEntry | undefined;
  let justificationEntry: LexiconEntry | undefined;
  for (const m of matchLexicon(lexicon, text)) {
    const r: Raw = { kind: m.entry.kind, leaning: m.entry.label as Style, start: m.start, end: m.end };
    if (r.kind === REASON_CONNECTIVE) {
      reasons.push(r);
      continue;
    }
    if (m.entry.weight === 0) r.hidden = true;
    else if (r.kind === APOLOGY) apologies++;
    else if (r.kind === OVER_APOLOGY) overApologies++;
    raw.push(r);
  }
  for (const e of lexicon.entries) {
    if (e.kind === SHOUTING) shoutingEntry = e;
    else if (e.kind === OVER_JUSTIFICATION) justificationEntry = e;
  }

  // Two or more apologies in one breath are over-apologising.
  if (apologies + overApologies >= 2) {
    for (const r of raw) if (r.kind === APOLOGY) r.kind = OVER_APOLOGY;
  }
  if (justificationEntry) {
    const leaning = justificationEntry.label as Style;
    let lastMarked = -1;
    for (let j = 2; j < reasons.length; j++) {
      if (reasons[j].start - reasons[j - 2].start > JUSTIFICATION_WINDOW) continue;
      for (let k = Math.max(j - 2, lastMarked + 1); k <= j; k++) {
        raw.push({ kind: OVER_JUSTIFICATION, leaning, start: reasons[k].start, end: reasons[k].end });
      }
      lastMarked = j;
    }
  }
  if (shoutingEntry && /\p{Lu}[\p{Lu}'’]*\p{Lu}/u.test(text)) capsRuns(text, tokens ?? tokenize(text), raw, shoutingEntry.label as Style);

  // Trim whitespace at the edges (patterns may include a leading or trailing space).
  for (const r of raw) {
    while (r.start < r.end && isSpace(text.charCodeAt(r.start))) r.start++;
    while (r.end > r.start && isSpace(text.charCodeAt(r.end - 1))) r.end--;
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));

  const out: Marker[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.end <= r.start) continue;
    if (i > 0 && raw[i - 1].kind === r.kind && raw[i - 1].start === r.start && raw[i - 1].end === r.end) continue;
    if (r.hidden || isOverridden(raw, i)) continue;
    out.push({ kind: r.kind, leaning: r.leaning, start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  }
  return out;
}

/** True when a marker of a kind that cancels raw[i] overlaps it. `raw` is sorted by start. */
function isOverridden(raw: readonly Raw[], i: number): boolean {
  const r = raw[i];
  for (let j = i - 1; j >= 0 && raw[j].start > r.start - MAX_MARKER_REACH; j--) {
    if (raw[j].end > r.start && OVERRIDES[raw[j].kind]?.includes(r.kind)) return true;
  }
  for (let j = i + 1; j < raw.length && raw[j].start < r.end; j++) {
    if (OVERRIDES[raw[j].kind]?.includes(r.kind)) return true;
  }
  return false;
}
