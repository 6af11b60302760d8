import { matchLexicon, type Lexicon, type LexiconMatch } from '../lexicon/lexicon.js';
import type { Marker, Stance, Turn } from '../types.js';
import { STANCES } from '../types.js';
import { CONTEXT_CUE_PREFIX, splitStanceLexicon } from './stanceLexicon.js';
import { detectContextRequests } from './detectContextRequests.js';

/** Cues that make advice respectful: a permission question, autonomy support or a reason. */
const LICENSING = new Set(['permission', 'autonomy', 'rationale']);
/** Cues that soften "you need to / you should" into a suggestion the client may decline. */
const SOFTENING = new Set(['permission', 'autonomy']);
/** A licence or softener counts when it is this close (characters) to the advice or command. */
const NEAR = 160;
/** Asking for advice licenses input; it is no request that the frame limits. */
const ADVICE_REQUEST = `${CONTEXT_CUE_PREFIX}request_advice`;
/** Any ask at all ("can we…", "please"): too common to let an agreement read as giving in. */
const GENERAL_REQUEST = `${CONTEXT_CUE_PREFIX}request_general`;
/** An agreement with no request to give in to: kept as following (leaning none). */
const ACQUIESCENCE = 'acquiescence';
/** "It sounds like / you feel …": what follows in the sentence is the client's view, not a directive. */
const REFLECTIVE_FRAME = 'reflective_frame';

const leaningCache = new WeakMap<Lexicon, Map<string, string>>();
function leaningOf(lexicon: Lexicon, kind: string, fallback: Stance): Stance {
  let labels = leaningCache.get(lexicon);
  if (!labels) {
    labels = new Map(lexicon.entries.map((e) => [e.kind, e.label]));
    leaningCache.set(lexicon, labels);
  }
  const label = labels.get(kind);
  return label && (STANCES as readonly string[]).includes(label) ? (label as Stance) : fallback;
}

/** Matches sorted by start, with the longest span: lets the look-ups below skip far matches. */
interface SpanIndex {
  spans: readonly LexiconMatch[];
  maxLength: number;
}

function spanIndex(spans: readonly LexiconMatch[]): SpanIndex {
  let maxLength = 0;
  for (const s of spans) maxLength = Math.max(maxLength, s.end - s.start);
  return { spans, maxLength };
}

/** Index of the first span starting at or after `pos`. */
function firstFrom(spans: readonly LexiconMatch[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when some span lies within NEAR characters of `a`. */
function near(a: LexiconMatch, index: SpanIndex): boolean {
  const { spans } = index;
  for (let k = firstFrom(spans, a.start - NEAR - index.maxLength); k < spans.length && spans[k].start < a.end + NEAR; k++) {
    if (a.start - spans[k].end < NEAR) return true;
  }
  return false;
}

/** True when a reflective frame ("it sounds like", "you feel") opens the same sentence before `m`. */
function quotedByFrame(text: string, m: LexiconMatch, frames: SpanIndex): boolean {
  const { spans } = frames;
  for (let k = firstFrom(spans, m.start - 200 - frames.maxLength); k < spans.length && spans[k].start < m.start; k++) {
    const f = spans[k];
    if (f.end > m.start || m.start - f.end > 200) continue;
    let clean = true;
    for (let i = f.end; i < m.start; i++) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 10) {
        clean = false;
        break;
      }
    }
    if (clean) return true;
  }
  return false;
}

const WH = /^(?:what|when|where|which|who|why|how)\b/i;

/** True when the sentence holding `start` opens with a wh-word (an open, evoking question). */
function startsWithWh(text: string, start: number): boolean {
  let i = start;
  const stop = Math.max(0, start - 240);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    i--;
  }
  while (i < start && !/[A-Za-z]/.test(text[i])) i++;
  return WH.test(text.slice(i, Math.min(start, i + 6)) + ' ');
}

/** True when the sentence holding `end` finishes with a question mark (then "you should…?" asks). */
function endsInQuestion(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + 240);
  for (let i = end; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 63 /* ? */) return true;
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 10 /* \n */) return false;
  }
  return false;
}

/**
 * The directive moves of a therapist reply, as markers with the stance each leans toward (see
 * data/lexicons/stance-markers.json), given the client's `ctx_*` cues (detectContextRequests).
 * Beyond the lexicon:
 * - advice with no permission, autonomy or rationale nearby, not asked for and not offered as a
 *   question, is re-read as `unsolicited_advice`; inside a wh-question ("what might you try?") it
 *   evokes and is dropped, as is a permission phrase there ("what would you be willing to do?");
 * - "you need to / you should" softened by permission is re-read as `advice`; asked as a question, or
 *   inside a reflective frame ("it sounds like you feel you should…"), it quotes the client and is
 *   dropped, as are labels, confrontations, warnings, lectures, minimisers, judgements of the client,
 *   stereotypes and accusations inside such a frame;
 * - an autonomy statement ("it's up to you", "you know yourself best") licenses and softens advice like a
 *   permission question: emphasising autonomy is MI-adherent (primer §2), so it leans assertive;
 * - an acquiescence ("Sure, of course") counts as `capitulation` only when the client's last turn
 *   asked for something the frame limits, else it is kept as `acquiescence` (leaning none).
 */
export function detectStanceMarkersGiven(text: string, requests: readonly string[], lexicon: Lexicon): Marker[] {
  if (text.length === 0) return [];
  const { moves } = splitStanceLexicon(lexicon);
  const matches = matchLexicon(moves, text);
  const evoking = (m: LexiconMatch) => endsInQuestion(text, m.end) && startsWithWh(text, m.start);
  const licences = spanIndex(matches.filter((m) => LICENSING.has(m.entry.kind) && !(m.entry.kind === 'permission' && evoking(m))));
  const softeners = spanIndex(matches.filter((m) => SOFTENING.has(m.entry.kind) && !evoking(m)));
  const frames = spanIndex(matches.filter((m) => m.entry.kind === REFLECTIVE_FRAME));
  const adviceAsked = requests.includes(ADVICE_REQUEST);
  const frameRequest = requests.some((r) => r !== ADVICE_REQUEST && r !== GENERAL_REQUEST);

  const out: Marker[] = [];
  const push = (m: LexiconMatch, kind: string, leaning: Stance) =>
    out.push({ kind, leaning, start: m.start, end: m.end, text: text.slice(m.start, m.end) });

  for (const m of matches) {
    const kind = m.entry.kind;
    const leaning = leaningOf(lexicon, kind, 'none');
    switch (kind) {
      case 'advice':
        // "What might you try?" evokes the client's own ideas; "Could you try X?" offers one.
        if (evoking(m)) break;
        if (adviceAsked || near(m, licences) || endsInQuestion(text, m.end)) push(m, kind, leaning);
        else push(m, 'unsolicited_advice', leaningOf(lexicon, 'unsolicited_advice', 'aggressive'));
        break;
      case 'label':
      case 'confront':
      case 'warning':
      case 'lecture':
      // Judging words said back ("you feel it's not a big deal", "you think you're being selfish") are the client's.
      case 'minimiser':
      case 'you_evaluation':
      case 'stereotyping':
      case 'accusing_pattern':
        if (!quotedByFrame(text, m, frames)) push(m, kind, leaning);
        break;
      case 'command':
        if (endsInQuestion(text, m.end) || quotedByFrame(text, m, frames)) break;
        if (near(m, softeners)) push(m, 'advice', leaningOf(lexicon, 'advice', 'assertive'));
        else push(m, kind, leaning);
        break;
      case 'permission':
        // "What would you be willing to do?" evokes; "Would you be willing to try X?" asks leave.
        if (evoking(m)) break;
        push(m, kind, leaning);
        break;
      case 'capitulation':
        // Agreeing is only giving in when something was asked that the frame limits.
        if (frameRequest) push(m, kind, leaning);
        else push(m, ACQUIESCENCE, 'none');
        break;
      default:
        push(m, kind, leaning);
    }
  }
  // Re-reading can put two markers of one kind on overlapping spans: keep one per place.
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Marker[] = [];
  const lastOfKind = new Map<string, Marker>();
  for (const m of out) {
    const dup = lastOfKind.get(m.kind);
    if (dup && m.start < dup.end) {
      dup.end = Math.max(dup.end, m.end);
      dup.text = text.slice(dup.start, dup.end);
    } else {
      merged.push(m);
      lastOfKind.set(m.kind, m);
    }
  }
  return merged;
}

/**
 * The directive moves of a therapist reply read in its context (the client's last turn): agenda,
 * focus, boundary, permission, autonomy… (assertive), confront, command, label… (aggressive), capitulation,
 * over_apology, abandon_frame… (passive). Offsets index `text`; `text.slice(start, end)` is the cue.
 */
export function detectStanceMarkers(text: string, context: readonly Turn[], lexicon: Lexicon): Marker[] {
  return detectStanceMarkersGiven(text, detectContextRequests(context, lexicon), lexicon);
}
