import { matchLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import { STANCE_LEXICON } from '../stance/analyzeStance.js';
import { splitStanceLexicon } from '../stance/stanceLexicon.js';
import { addCue, cueOf, reviewLexicon, turnMatches, type ReviewCue } from './reviewLexicon.js';
import type { ReviewTurn, Rupture, RuptureKind } from './reviewTypes.js';
import { isOpenInvitation, turnShape } from './turnShape.js';

export const ALLIANCE_LEXICON = 'alliance-cues';

/** How many of the therapist's next turns are read for a repair (3RS codes repair close to the rupture). */
export const REPAIR_WINDOW = 3;
/** Turns read ahead at most, whoever speaks (keeps the scan linear when the therapist is silent). */
const LOOKAHEAD = 12;
/** "I don't know" counts as withdrawal in a short turn that follows another such turn this close. */
const DONT_KNOW_MAX_WORDS = 12;
const DONT_KNOW_GAP = 4;

/** Stance moves that make a therapist reply defensive or attacking: no repair, whatever else it says. */
const DEFENSIVE_STANCE = new Set(['confront', 'lecture', 'rhetorical_challenge', 'you_evaluation', 'label', 'sarcasm', 'minimiser', 'accusing_pattern', 'threat', 'ultimatum', 'stereotyping', 'warning', 'command']);
/** Stance moves that are repair moves in the 3RS sense. */
const REPAIR_STANCE: Record<string, string> = {
  rationale: 'gives a rationale',
  process_transparency: 'talks openly about the process',
  feedback: 'names what is happening',
};
const EMPATHIC_MOVE = 'responds with empathy, not defensively';

/** Client style markers read as alliance cues (the core found them already). */
const STYLE_WITHDRAWAL: Record<string, string> = { dismissive_resignation: 'dismissive shrug', deference: 'deferential, appeasing' };
// Not `you_blame`: clients use the generic "you" ("you don't really think about it") all the time.
const STYLE_CONFRONTATION: Record<string, string> = { insult: 'insults the therapist' };
const ADDRESSES_THERAPIST = /\b(?:you|your|you['’]re|yourself)\b/i;
const ABOUT_THERAPY = /\b(?:you|your|this|therapy|session|sessions|approach|here)\b/i;
const COMPLAINT_CUE = 'complaint about the therapist or the therapy';
/** A bare "you don't", "you just": in a client's story mostly the generic "you", so not taken alone. */
const GENERIC_YOU = /^you(?:['’]re)? [\p{L}'’]+$/iu;
/** Curt replies that close a door ("Fine.", "Whatever."); "Sure." or "Great." mostly agree to a proposal. */
const CURT_WITHDRAWN = /\b(?:fine|whatever|k|kk|noted)\b/i;
/** A shrug stands alone ("Whatever."), not "or whatever" and not "I give up sugar". */
function standsAlone(text: string, start: number, end: number): boolean {
  return !/\bor\s*$/i.test(text.slice(Math.max(0, start - 4), start)) && !/^\s*\p{L}/u.test(text.slice(end, end + 3));
}

// Built once per loaded lexicon, so matchLexicon's index is built once.
const complaintParts = new WeakMap<Lexicon, Lexicon>();
/** The stance lexicon's `ctx_complaint` cue (what a stance reading takes as a complaint), or null. */
function stanceComplaints(resources: Resources): Lexicon | null {
  const lexicon = resources.lexicons[STANCE_LEXICON];
  if (!lexicon) return null;
  let part = complaintParts.get(lexicon);
  if (!part) {
    const context = splitStanceLexicon(lexicon).context;
    part = { ...context, entries: context.entries.filter((e) => e.kind === 'ctx_complaint') };
    complaintParts.set(lexicon, part);
  }
  return part.entries.length ? part : null;
}

/** The therapist turn right before `i`, if the turn before it is the therapist's. */
function therapistBefore(turns: readonly ReviewTurn[], i: number): ReviewTurn | undefined {
  const t = turns[i - 1];
  return t && t.role === 'therapist' ? t : undefined;
}

/** Whether a therapist turn names or asks about a feeling, or reflects: what a denial would answer. */
function touchesFeeling(t: ReviewTurn | undefined): boolean {
  if (!t) return false;
  const e = t.analysis.empathy;
  return e.er > 0 || e.ip > 0 || e.ex > 0 || t.analysis.mi?.behaviour === 'reflection';
}

/** Repair moves of one therapist turn, or null when the turn is defensive (see DEFENSIVE_STANCE). */
function repairMoves(turn: ReviewTurn, lexicon: Lexicon): string[] | null {
  const a = turn.analysis;
  const matches = turnMatches(lexicon, turn);
  if (matches.some((m) => m.entry.label === 'defensive')) return null;
  if (a.stance === 'aggressive' || (a.stanceMarkers ?? []).some((m) => DEFENSIVE_STANCE.has(m.kind))) return null;
  const moves: string[] = [];
  const add = (move: string) => {
    if (!moves.includes(move)) moves.push(move);
  };
  for (const m of matches) if (m.entry.label === 'repair') add(m.entry.description);
  for (const m of a.stanceMarkers ?? []) if (REPAIR_STANCE[m.kind]) add(REPAIR_STANCE[m.kind]);
  const reflects = a.mi?.behaviour === 'reflection';
  if (a.empathy.er > 0 || a.empathy.ip === 2 || (a.empathy.ip > 0 && reflects)) add(EMPATHIC_MOVE);
  return moves;
}

/**
 * Alliance ruptures in the client's turns and their repair, after Safran & Muran's Rupture Resolution
 * Rating System (3RS; domain primer §6).
 * - Withdrawal: a minimal answer to an open invitation, "I don't know" in short turns again and again,
 *   steering away from a topic, an abrupt change of topic after the therapist explored, deferential or
 *   appeasing talk, a dismissive shrug ("fine, whatever"), denying a feeling the therapist named.
 * - Confrontation: complaints about the therapist, the therapy or its progress, rejecting the
 *   therapist's input, pressure or control ("just tell me what to do"); also the core's own reading of
 *   the turn (style markers such as `you_blame` aimed at "you", the stance lexicon's `ctx_complaint`).
 * One rupture per client turn; confrontation wins when both show. Repair is read in the therapist's
 * next REPAIR_WINDOW turns: acknowledging their part, inviting talk about the rupture, clarifying,
 * giving a rationale, changing the task, an empathic non-defensive response; a defensive reply repairs
 * nothing. The first repairing turn and its moves are reported. Linear in the number of turns.
 */
export function detectRuptures(turns: readonly ReviewTurn[], resources: Resources): Rupture[] {
  const lexicon = reviewLexicon(resources, ALLIANCE_LEXICON);
  const complaints = stanceComplaints(resources);
  const movesCache = new Map<number, string[] | null>();
  const movesOf = (i: number) => {
    if (!movesCache.has(i)) movesCache.set(i, repairMoves(turns[i], lexicon));
    return movesCache.get(i) ?? null;
  };

  const ruptures: Rupture[] = [];
  let lastDontKnow = -Infinity;
  turns.forEach((turn, i) => {
    if (turn.role !== 'client') return;
    const text = turn.text;
    const prev = therapistBefore(turns, i);
    const words = turnShape(text).words;
    const withdrawal: ReviewCue[] = [];
    const confrontation: ReviewCue[] = [];
    let saidDontKnow = false;

    for (const m of turnMatches(lexicon, turn)) {
      if (m.entry.label !== 'withdrawal' && m.entry.label !== 'confrontation') continue;
      const cue = cueOf(text, m, m.entry.description);
      switch (m.entry.kind) {
        case 'minimal_answer':
          if (isOpenInvitation(prev)) addCue(withdrawal, cue);
          break;
        case 'dont_know':
          if (words <= DONT_KNOW_MAX_WORDS) {
            saidDontKnow = true;
            if (i - lastDontKnow <= DONT_KNOW_GAP) addCue(withdrawal, cue);
          }
          break;
        case 'topic_shift_opener':
          if (prev && (prev.analysis.mi?.behaviour === 'reflection' || prev.analysis.mi?.behaviour === 'question' || touchesFeeling(prev))) addCue(withdrawal, cue);
          break;
        case 'feeling_denial':
          if (touchesFeeling(prev)) addCue(withdrawal, cue);
          break;
        default:
          addCue(m.entry.label === 'confrontation' ? confrontation : withdrawal, cue);
      }
    }
    if (complaints) {
      for (const m of matchLexicon(complaints, text)) {
        const said = text.slice(m.start, m.end);
        if (ABOUT_THERAPY.test(said) && !GENERIC_YOU.test(said.trim()) && !/^(?:annoying|pointless|useless)$/i.test(said.trim())) addCue(confrontation, cueOf(text, m, COMPLAINT_CUE));
      }
    }
    for (const m of turn.analysis.markers) {
      if (STYLE_CONFRONTATION[m.kind] && ADDRESSES_THERAPIST.test(m.text)) addCue(confrontation, cueOf(text, m, STYLE_CONFRONTATION[m.kind]));
      else if (m.kind === 'deference' && ADDRESSES_THERAPIST.test(m.text)) addCue(withdrawal, cueOf(text, m, STYLE_WITHDRAWAL.deference));
      else if (m.kind === 'dismissive_resignation' && standsAlone(text, m.start, m.end)) addCue(withdrawal, cueOf(text, m, STYLE_WITHDRAWAL.dismissive_resignation));
      else if (m.kind === 'curt_reply' && CURT_WITHDRAWN.test(m.text) && isOpenInvitation(prev)) addCue(withdrawal, cueOf(text, m, 'minimal answer'));
    }
    if (saidDontKnow) lastDontKnow = i;

    const kind: RuptureKind | null = confrontation.length ? 'confrontation' : withdrawal.length ? 'withdrawal' : null;
    if (!kind) return;
    const cues = (kind === 'confrontation' ? confrontation : withdrawal).sort((a, b) => a.start - b.start);
    let repair: Rupture['repair'] = null;
    for (let j = i + 1, seen = 0; j < turns.length && j <= i + LOOKAHEAD && seen < REPAIR_WINDOW; j++) {
      if (turns[j].role !== 'therapist') continue;
      seen++;
      const moves = movesOf(j);
      if (moves && moves.length) {
        repair = { turn: turns[j].index, moves };
        break;
      }
    }
    ruptures.push({ kind, turn: turn.index, cues, repaired: repair !== null, repair });
  });
  return ruptures;
}
