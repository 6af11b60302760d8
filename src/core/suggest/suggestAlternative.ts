/**
 * One concrete suggestion for a turn: what to do differently, and an example rewrite worded from
 * `data/suggestions/templates.json` (validated into `SuggestionTemplates`). The example reuses the
 * person's own words only where a slice passes the checks in `ownWords.ts` (a feeling adjective from
 * a known list, a short noun phrase after "about"/"with", a clean verb phrase); otherwise it is one of
 * the situation's plain variants. Used by the session review for problematic therapist turns and by
 * the practice engine for a learner's turn.
 *
 * The kind and situation are chosen from the turn's analysis unless the caller names them (the review
 * knows things a single turn does not, such as an unrepaired rupture or a run of closed questions):
 * - therapist: passive stance → a limit with an alternative when it gave in to a request or dropped
 *   the frame, refocus for self-disclosure, else a reflection that keeps the frame; advice without
 *   permission → a permission question (an order → the same, offered as a choice); aggressive stance
 *   or tone → a reflection of the client's side; a reply low on empathy to a turn that names a
 *   feeling → a reflection of the feeling.
 * - anyone else (an assertiveness learner, a client): aggressive or passive-aggressive → an "I"
 *   statement; passive → a limit with an alternative when answering a request, else a plain request.
 * Returns null when the turn needs no alternative (and no kind was named), or when no templates are
 * given. Pure and deterministic: the variant is picked by a hash of the turn's text.
 */
import { EMPATHY_HIGH_TOTAL } from '../balance.js';
import type { UtteranceAnalysis } from '../types.js';
import { accusedBehaviour, adviceAction, COURTESY, feelingWord, requestAction, requestKind, topicPhrase, type OwnTurn } from './ownWords.js';
import { readingProblems } from './readingProblems.js';
import { SITUATIONS, SLOTS, type Slot, type SlotFillers, type SuggestionKind, type SuggestionTemplates } from './suggestionTemplates.js';

export { SUGGESTION_KINDS, type SuggestionKind } from './suggestionTemplates.js';

export interface Suggestion {
  kind: SuggestionKind;
  /** Which situation of the kind was worded (a key of the templates file). */
  situation: string;
  /** What to do differently, in plain words. */
  advice: string;
  /** An example rewrite of the turn. */
  example: string;
}

/** The other person's previous turn: its text and, when analysed, its markers. */
export type PreviousTurn = OwnTurn;

export interface SuggestOptions {
  /** The wording (Resources.suggestions); without it there is nothing to suggest. */
  templates?: SuggestionTemplates;
  /** Build this kind rather than choosing one from the analysis. */
  kind?: SuggestionKind;
  /** The situation within the kind (one of SITUATIONS[kind]); chosen from the turns when absent. */
  situation?: string;
  /** For `invite_repair`: what the client's rupture looked like (guessed from its length when absent). */
  rupture?: 'withdrawal' | 'confrontation';
  /** Examples already used (e.g. earlier in the same report): another variant is taken when one is free. */
  avoid?: ReadonlySet<string>;
}

export function suggestAlternative(analysis: UtteranceAnalysis, previous: PreviousTurn | null, options: SuggestOptions = {}): Suggestion | null {
  const T = options.templates;
  if (!T) return null;
  const chosen = options.kind ? { kind: options.kind, situation: options.situation ?? null } : chooseKind(analysis, previous, T);
  if (!chosen) return null;
  const { kind } = chosen;
  let situation = chosen.situation ?? situationFor(kind, analysis, previous, options);
  if (!SITUATIONS[kind].includes(situation)) situation = SITUATIONS[kind][0];
  const templates = T.kinds[kind].situations[situation];
  const fillers = fillersFor(kind, situation, analysis, previous, T);
  const example = render(templates.variants, fillers, analysis.text, options.avoid);
  return { kind, situation, advice: templates.advice ?? T.kinds[kind].advice, example };
}

/** A suggester bound to its wording, in the shape the practice engine takes (`TurnOptions.suggest`). */
export function createSuggester(templates: SuggestionTemplates) {
  return (analysis: UtteranceAnalysis, previous: PreviousTurn | null): Suggestion | null => suggestAlternative(analysis, previous, { templates });
}

const ADVICE_KINDS = new Set(['unsolicited_advice', 'advice']);
const ORDER_KINDS = new Set(['command', 'imperative_opening']);
const LIMIT_KINDS = new Set(['capitulation', 'abandon_frame', 'accepting_offer', 'secret_keeping', 'limit_apology']);
const ASKING = /\?|\b(?:could|can|would|will) you\b/iu;

function chooseKind(a: UtteranceAnalysis, previous: PreviousTurn | null, T: SuggestionTemplates): { kind: SuggestionKind; situation: string | null } | null {
  const of = (kind: SuggestionKind, situation: string | null = null) => ({ kind, situation });
  if (a.speaker !== 'therapist') {
    if (a.style === 'aggressive' || a.style === 'passive_aggressive') return of('i_statement', 'learner');
    if (a.style === 'passive') return previous && (requestKind(previous.text) || ASKING.test(previous.text)) ? of('limit_with_alternative', 'learner') : of('clear_request', 'learner');
    return null;
  }
  const kinds = new Set((a.stanceMarkers ?? []).map((m) => m.kind));
  if (a.stance === 'passive') {
    // A limit needs something to hold: a request the client made, or a frame the reply gave up.
    if ([...kinds].some((k) => LIMIT_KINDS.has(k)) || (previous && requestKind(previous.text))) return of('limit_with_alternative');
    if (kinds.has('excessive_self_disclosure')) return of('refocus', 'self_disclosure');
    return of('reflect_feeling', 'passive');
  }
  if (!kinds.has('permission') && !kinds.has('autonomy')) {
    if ([...kinds].some((k) => ADVICE_KINDS.has(k))) return of('ask_permission', 'advice');
    if ([...kinds].some((k) => ORDER_KINDS.has(k)) && adviceAction(ownTurnOf(a), T.actionVerbs) !== null) return of('ask_permission', 'command');
  }
  // "Take your time" reads as an order to the stance markers; a courtesy alone needs no alternative.
  const aggressiveMoves = (a.stanceMarkers ?? []).filter((m) => m.leaning === 'aggressive' && !COURTESY.test(a.text.slice(m.start)));
  const hostileStance = a.stance === 'aggressive' && (aggressiveMoves.length > 0 || (a.stanceMarkers ?? []).every((m) => m.leaning !== 'aggressive'));
  if (hostileStance || a.style === 'aggressive' || a.style === 'passive_aggressive') return of('reflect_feeling', 'after_aggression');
  const empathy = a.empathy.er + a.empathy.ip + a.empathy.ex;
  if (previous && empathy < EMPATHY_HIGH_TOTAL && a.mi?.behaviour !== 'reflection' && feelingWord(previous.text, T.feelings) !== null) return of('reflect_feeling', 'missed_feeling');
  return null;
}

function situationFor(kind: SuggestionKind, a: UtteranceAnalysis, previous: PreviousTurn | null, options: SuggestOptions): string {
  const isTherapist = a.speaker === 'therapist';
  switch (kind) {
    case 'limit_with_alternative':
      return isTherapist ? ((previous && requestKind(previous.text)) ?? 'default') : 'learner';
    case 'i_statement':
      return isTherapist ? 'therapist' : 'learner';
    case 'invite_repair':
      return options.rupture ?? (previous && wordsIn(previous.text) > 4 ? 'confrontation' : 'withdrawal');
    case 'refocus':
      return previous && requestKind(previous.text) === 'personal' ? 'caretaking' : 'self_disclosure';
    case 'reflect_feeling':
      return 'default';
    default:
      return SITUATIONS[kind][0];
  }
}

const ownTurnOf = (a: UtteranceAnalysis): OwnTurn => ({ text: a.text, markers: a.markers, ...(a.stanceMarkers ? { stanceMarkers: a.stanceMarkers } : {}) });

/** The safe slot fillers this kind can use, from the turn and the other person's previous turn. */
function fillersFor(kind: SuggestionKind, situation: string, a: UtteranceAnalysis, previous: PreviousTurn | null, T: SuggestionTemplates): SlotFillers {
  const out: SlotFillers = {};
  const set = (slot: Slot, value: string | null) => {
    if (value) out[slot] = value;
  };
  const theirFeeling = () => (previous ? feelingWord(previous.text, T.feelings) : null);
  const theirTopic = () => (previous ? topicPhrase(previous.text, { swap: true }) : null);
  switch (kind) {
    case 'reflect_feeling':
    case 'refocus':
      set('feeling', theirFeeling());
      set('topic', theirTopic());
      break;
    case 'invite_repair':
      // Not even a feeling: what the client felt may be about something else than the therapy.
      break;
    case 'open_question':
      // The closed question's own subject first ("about your drinking"), else what the client named.
      set('topic', topicPhrase(a.text) ?? theirTopic());
      set('feeling', theirFeeling());
      break;
    case 'ask_permission':
      set('action', adviceAction(ownTurnOf(a), T.actionVerbs));
      break;
    case 'i_statement':
      if (situation === 'learner') {
        set('behaviour', accusedBehaviour(ownTurnOf(a)));
        set('feeling', feelingWord(a.text, T.feelings));
      }
      break;
    case 'clear_request':
      set('request', requestAction(ownTurnOf(a), T.actionVerbs));
      break;
    case 'limit_with_alternative':
      break;
  }
  return out;
}

/**
 * The example: among the variant lists whose slots are all filled, the one using the most of the
 * person's words (ties: the order of SLOTS); within it a variant picked by a hash of `text`, moving on
 * past examples in `avoid` while others are free, and past filled ones that fail `readingProblems`.
 */
export function render(variants: Readonly<Record<string, readonly string[]>>, fillers: SlotFillers, text: string, avoid?: ReadonlySet<string>): string {
  const usable = Object.keys(variants)
    .filter((key) => key === 'plain' || key.split('+').every((s) => fillers[s as Slot]))
    .sort((x, y) => slotCount(y) - slotCount(x) || rank(x) - rank(y));
  // Candidates: the fullest list first, then the others, so a used example gives way to a sibling.
  const candidates: string[] = [];
  for (const key of usable) {
    const list = variants[key];
    const at = variantIndex(`${key}|${text}`, list.length);
    for (let i = 0; i < list.length; i++) {
      const example = fill(list[(at + i) % list.length], fillers);
      // A filled variant that does not read as finished English gives way to the next (plain ones always read well: tested).
      if (key === 'plain' || readingProblems(example).length === 0) candidates.push(example);
    }
  }
  return candidates.find((c) => !avoid?.has(c)) ?? candidates[0];
}

const slotCount = (key: string) => (key === 'plain' ? 0 : key.split('+').length);
const rank = (key: string) => (key === 'plain' ? SLOTS.length : Math.min(...key.split('+').map((s) => SLOTS.indexOf(s as Slot))));
const fill = (template: string, fillers: SlotFillers) => template.replace(/\{(\w+)\}/gu, (_, k: string) => fillers[k as Slot] ?? '');
const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A stable variant for a text (FNV-1a), so the same turn always gets the same wording. */
export function variantIndex(text: string, n: number): number {
  if (n <= 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % n;
}
