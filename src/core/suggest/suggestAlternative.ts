/**
 * One concrete suggestion for a turn, with an example rewrite built from the speaker's and the other
 * person's own words where they fit the shape (templates: `suggestionTemplates.ts`). Used by the
 * session review for problematic therapist turns and by the practice engine for a learner's turn.
 *
 * The kind is chosen from the turn's analysis unless the caller names one (the review knows things a
 * single turn does not, such as an unrepaired rupture or a run of closed questions):
 * - therapist: passive stance → a limit with an alternative when it gave in to a request or dropped
 *   the frame, refocus for self-disclosure, else a reflection; advice without permission → a
 *   permission question; aggressive stance or tone → a reflection of the client's last turn when it
 *   has words to reflect, else a permission question; a reply low on empathy to a turn that names a
 *   feeling → a reflection.
 * - anyone else (an assertiveness learner, a client): aggressive or passive-aggressive → an "I"
 *   statement; passive → a limit with an alternative when answering a request, else a plain request.
 * Returns null when the turn needs no alternative (and no kind was named). Pure and deterministic.
 */
import { EMPATHY_HIGH_TOTAL } from '../balance.js';
import type { UtteranceAnalysis } from '../types.js';
import { accusedBehaviour, adviceAction, closedQuestionTopic, feelingCue, plainRequest, reflectableClause, requestKind, type OwnTurn } from './ownWords.js';
import { SUGGESTION_TEMPLATES as T } from './suggestionTemplates.js';

export const SUGGESTION_KINDS = ['reflect_feeling', 'ask_permission', 'limit_with_alternative', 'i_statement', 'open_question', 'invite_repair', 'refocus', 'clear_request'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Suggestion {
  kind: SuggestionKind;
  /** What to do differently, in plain words. */
  advice: string;
  /** An example rewrite of the turn. */
  example: string;
}

/** The other person's previous turn: its text and, when analysed, its markers (to find feelings by span). */
export type PreviousTurn = OwnTurn;

export interface SuggestOptions {
  /** Build this kind rather than choosing one from the analysis. */
  kind?: SuggestionKind;
  /** For `invite_repair`: what the client's rupture looked like (guessed from its length when absent). */
  rupture?: 'withdrawal' | 'confrontation';
}

export function suggestAlternative(analysis: UtteranceAnalysis, previous: PreviousTurn | null, options: SuggestOptions = {}): Suggestion | null {
  const kind = options.kind ?? chooseKind(analysis, previous);
  if (!kind) return null;
  return { kind, advice: T[kind].advice, example: exampleFor(kind, analysis, previous, options) };
}

const ADVICE_KINDS = new Set(['unsolicited_advice', 'command', 'imperative_opening', 'advice']);
const LIMIT_KINDS = new Set(['capitulation', 'abandon_frame', 'accepting_offer', 'secret_keeping', 'limit_apology']);
const ASKING = /\?|\b(?:could|can|would|will) you\b/iu;

function chooseKind(a: UtteranceAnalysis, previous: PreviousTurn | null): SuggestionKind | null {
  if (a.speaker !== 'therapist') {
    if (a.style === 'aggressive' || a.style === 'passive_aggressive') return 'i_statement';
    if (a.style === 'passive') return previous && (requestKind(previous.text) || ASKING.test(previous.text)) ? 'limit_with_alternative' : 'clear_request';
    return null;
  }
  const kinds = new Set((a.stanceMarkers ?? []).map((m) => m.kind));
  if (a.stance === 'passive') {
    // A limit needs something to hold: a request the client made, or a frame the reply gave up.
    if ([...kinds].some((k) => LIMIT_KINDS.has(k)) || (previous && requestKind(previous.text))) return 'limit_with_alternative';
    if (kinds.has('excessive_self_disclosure')) return 'refocus';
    return 'reflect_feeling';
  }
  const advises = kinds.has('unsolicited_advice') || [...kinds].some((k) => ADVICE_KINDS.has(k));
  if (advises && !kinds.has('permission') && adviceAction(ownTurnOf(a)) !== null) return 'ask_permission';
  if (a.stance === 'aggressive' || a.style === 'aggressive' || a.style === 'passive_aggressive') {
    // Follow the client's words when there are some to follow; else offer the direction as an option.
    return previous && reflectableClause(previous) !== null ? 'reflect_feeling' : 'ask_permission';
  }
  const empathy = a.empathy.er + a.empathy.ip + a.empathy.ex;
  if (previous && empathy < EMPATHY_HIGH_TOTAL && a.mi?.behaviour !== 'reflection' && reflectableClause(previous, { feelingOnly: true }) !== null) return 'reflect_feeling';
  return null;
}

const ownTurnOf = (a: UtteranceAnalysis): OwnTurn => ({ text: a.text, markers: a.markers, ...(a.stanceMarkers ? { stanceMarkers: a.stanceMarkers } : {}) });

function exampleFor(kind: SuggestionKind, a: UtteranceAnalysis, previous: PreviousTurn | null, options: SuggestOptions): string {
  const pick = (variants: readonly string[]) => variants[variantIndex(a.text, variants.length)];
  const fill = (template: string, slots: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? '');
  const isTherapist = a.speaker === 'therapist';
  switch (kind) {
    case 'reflect_feeling': {
      const feeling = previous ? reflectableClause(previous, { feelingOnly: true }) : null;
      const words = feeling ?? (previous ? reflectableClause(previous) : null);
      const opening = words ? fill(pick(T.reflect_feeling.words), { words }) : pick(T.reflect_feeling.plain);
      return opening + pick(feeling || !words ? T.reflect_feeling.inviteFeeling : T.reflect_feeling.invite);
    }
    case 'ask_permission': {
      const action = adviceAction(ownTurnOf(a));
      return action ? fill(pick(T.ask_permission.action), { action }) : pick(T.ask_permission.plain);
    }
    case 'limit_with_alternative': {
      if (!isTherapist) return fill(pick(T.limit_with_alternative.learner), { offer: T.limit_with_alternative.learnerOffer });
      const request = previous ? requestKind(previous.text) : null;
      return T.limit_with_alternative.byRequest[request ?? 'default'] ?? T.limit_with_alternative.byRequest.default;
    }
    case 'i_statement': {
      if (isTherapist) return pick(T.i_statement.therapist);
      const own = (a.markers ?? []).find((m) => m.kind === 'feeling_word');
      const feeling = own ? own.text.toLowerCase() : T.i_statement.defaultFeeling;
      const behaviour = accusedBehaviour(ownTurnOf(a));
      return behaviour ? fill(pick(T.i_statement.behaviour), { behaviour, feeling }) : fill(pick(T.i_statement.plain), { feeling });
    }
    case 'open_question': {
      const topic = closedQuestionTopic(a.text);
      if (topic) return fill(pick(T.open_question.topic), { topic });
      const cue = previous ? feelingCue(previous) : null;
      if (cue) return fill(pick(isFeelingNoun(cue.word) ? T.open_question.feelingNoun : T.open_question.feeling), { feeling: cue.word });
      return pick(T.open_question.plain);
    }
    case 'invite_repair': {
      const rupture = options.rupture ?? (previous && wordsIn(previous.text) > 4 ? 'confrontation' : 'withdrawal');
      if (rupture === 'withdrawal') return pick(T.invite_repair.withdrawal);
      const words = previous ? reflectableClause(previous, { aboutListener: true }) : null;
      return words ? fill(pick(T.invite_repair.confrontation), { words }) : pick(T.invite_repair.confrontationPlain);
    }
    case 'refocus': {
      const thanks = previous && requestKind(previous.text) === 'personal' ? T.refocus.thanks : '';
      const words = previous ? reflectableClause(previous, { feelingOnly: true }) : null;
      return thanks + (words ? fill(pick(T.refocus.words), { words }) : pick(T.refocus.plain));
    }
    case 'clear_request': {
      const request = plainRequest(ownTurnOf(a));
      return request ? fill(pick(T.clear_request.request), { request }) : pick(T.clear_request.plain);
    }
  }
}

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
/** "loneliness", "anxiety", "grief": asked about as "the …", not "when you feel …". */
const isFeelingNoun = (word: string) => /(?:ness|tion|ety|ment|ief|ger|ude)$/u.test(word);

/** A stable variant for a text (FNV-1a), so the same turn always gets the same wording. */
function variantIndex(text: string, n: number): number {
  if (n <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}
