/**
 * Safe slices of a person's own words for a rewrite: a feeling adjective from a known list, a short
 * noun phrase after "about"/"with", the action inside a piece of advice, the behaviour inside an
 * accusation, what a request asks for. Each one is checked for shape (a known first word, a clean
 * last word, no fillers, few words) and returns null when the words do not pass, so the caller falls
 * back to a well-written generic variant instead of a broken sentence. Slices that cannot be checked
 * (whole clauses said back) are not offered at all: they read as fragments too often.
 */
import type { Marker } from '../types.js';
import { swapPerson } from './swapPerson.js';

/** A turn with, when known, its analysis markers (style and stance). */
export interface OwnTurn {
  text: string;
  markers?: readonly Marker[];
  stanceMarkers?: readonly Marker[];
}

export interface Sentence {
  text: string;
  start: number;
}

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const wordsOf = (s: string): string[] => s.match(WORD) ?? [];
const norm = (s: string) => s.toLowerCase().replace(/’/gu, "'");
const isQuestion = (s: string) => /\?\s*$/u.test(s);

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let pos = 0;
  for (const part of text.split(SENTENCE_END)) {
    const start = text.indexOf(part, pos);
    pos = start + part.length;
    if (part.trim()) out.push({ text: part, start });
  }
  return out;
}

/** Spoken-language debris that makes a slice read badly when echoed back. */
const FILLER = /\b(?:um+|uh+|erm+|ah+|hmm+|mm+|like|you know|i mean|kinda|sorta|gonna|wanna|actually|basically|literally|stuff|whatever)\b|[-–—…\[\]()"]|\b([\p{L}']+)[- ]+\1\b/iu;
/** Words a noun or verb phrase must not end on: it would be cut mid-phrase. */
const DANGLING = new Set([
  'a', 'an', 'the', 'my', 'your', 'his', 'her', 'their', 'our', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every',
  'of', 'to', 'in', 'on', 'at', 'for', 'with', 'about', 'from', 'by', 'into', 'onto', 'over', 'under', 'than', 'as', 'like', 'up', 'out',
  'and', 'or', 'but', 'so', 'because', 'if', 'when', 'then', 'very', 'really', 'just', 'more', 'less', 'most', 'much', 'too', 'quite',
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should',
  'might', 'must', 'not', "don't", "can't", "won't", 'all', 'kind', 'sort', 'lot', 'bit', 'other', 'another', 'such', 'how', 'what',
]);
/** Pronouns and vague words: a topic must name something. */
const NOT_A_TOPIC = new Set([
  'it', 'that', 'this', 'them', 'him', 'me', 'you', 'us', 'everything', 'anything', 'something', 'nothing', 'everyone', 'anyone', 'someone',
  'nobody', 'all', 'what', 'how', 'why', 'whether', 'where', 'who', 'which', 'when', 'to', 'i', 'we', 'they', 'he', 'she', 'those', 'these',
  'things', 'stuff', 'people', 'one', 'yourself', 'myself', 'each', 'there', 'here', 'way', 'much', 'more', 'less', 'some', 'any',
  // "about" as "roughly": "about right", "about the same", "about half".
  'right', 'same', 'half', 'ready', 'done', 'enough', 'average', 'normal', 'twice', 'even', 'equal', 'as',
  // Heads too vague to stand alone: "with the fact (that…)", "about the thing".
  'fact', 'thing', 'point', 'part', 'kind', 'sort', 'lot', 'bit', 'idea', 'whole', 'rest', 'other', 'others',
  // Idioms: "with respect to", "with regard to".
  'respect', 'regard', 'regards',
]);
/** "about four cups", "about a week": "about" as "roughly", before an amount. */
const QUANTITY = /^(?:\d.*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|few|couple|several|dozen)$/u;
/** Where a noun phrase ends: a new clause, a verb, a further preposition. */
const PHRASE_END = new Set([
  'and', 'but', 'or', 'because', 'cause', 'so', 'when', 'if', 'that', 'which', 'who', 'where', 'while', 'since', 'as', 'like', 'than',
  'to', 'is', 'are', 'was', 'were', 'has', 'have', 'had', "'s", 'got', 'gets', 'get', 'been', 'do', 'does', 'did', 'can', 'could', 'will',
  'would', 'should', 'in', 'on', 'at', 'for', 'from', 'by', 'about', 'with', 'of', 'after', 'before', 'again', 'anymore', 'too', 'either',
  'now', 'today', 'lately', 'recently', 'all', 'though', 'really', 'just', 'then', 'there', 'right', 'yet', 'either', 'ever',
]);
const MAX_TOPIC_WORDS = 5;
const MAX_ACTION_WORDS = 8;

// A frame that makes the next adjective the speaker's feeling: "I feel", "I'm so", "it makes me".
const FEELING_FRAME = /\b(?:feel|feels|feeling|felt|am|['’]m|was|been|get|gets|getting|got|become|becoming|makes me|made me|left me)\s+(?:(?:so|really|very|pretty|quite|just|a bit|a little|kind of|sort of|too|more|extremely|super|totally|completely|incredibly|a lot more)\s+){0,2}$/iu;
const NEGATED = /\bnot\b|n['’]t\b|\bnever\b|\bno longer\b|\bhardly\b/iu;

/**
 * A feeling adjective from `feelings` that the speaker uses about themselves ("I've been so lonely",
 * "it makes me anxious"), in a statement, not negated ("I'm not scared"). Null when there is none.
 */
export function feelingWord(text: string, feelings: ReadonlySet<string>): string | null {
  for (const s of sentencesOf(text)) {
    if (isQuestion(s.text)) continue;
    const lower = norm(s.text);
    for (const m of lower.matchAll(/[a-z]+(?: out)?/gu)) {
      const two = m[0];
      const candidates = two.endsWith(' out') ? [two, two.slice(0, -4)] : [two];
      for (const w of candidates) {
        if (!feelings.has(w)) continue;
        const before = lower.slice(Math.max(0, m.index - 60), m.index);
        if (!FEELING_FRAME.test(before)) continue;
        // "I'm not so scared": the negation sits inside the frame, a few words back.
        const frame = before.slice(Math.max(0, before.search(FEELING_FRAME) - 8));
        if (NEGATED.test(frame)) continue;
        return w;
      }
    }
  }
  return null;
}

/**
 * A short noun phrase the person named after "about" or "with" ("I'm worried about my son" → "my
 * son"), turned to the listener's point of view when `swap` ("your son"). Only where it stands on
 * its own: it must not start with a pronoun, a number or a question word, must end on a noun-like
 * word, and holds at most MAX_TOPIC_WORDS words. Null when nothing passes.
 */
export function topicPhrase(text: string, options: { swap?: boolean } = {}): string | null {
  for (const s of sentencesOf(text)) {
    for (const m of s.text.matchAll(/\b(?:about|with)\s+([^.,;:!?…—–()"]+)/giu)) {
      const words = wordsOf(m[1]);
      const kept: string[] = [];
      for (const w of words) {
        const lw = norm(w);
        if (kept.length > 0 && (PHRASE_END.has(lw) || PHRASE_END.has(lw.replace(/^[\p{L}]+/u, '')))) break;
        kept.push(w);
        if (kept.length > MAX_TOPIC_WORDS) break;
      }
      if (kept.length === 0 || kept.length > MAX_TOPIC_WORDS) continue;
      const first = norm(kept[0]);
      const last = norm(kept[kept.length - 1]);
      if (NOT_A_TOPIC.has(first) || QUANTITY.test(first) || DANGLING.has(last) || NOT_A_TOPIC.has(last)) continue;
      // "about my mate Jonah's": a possessive or a contraction at the end is cut mid-phrase.
      if (/['’]s$/u.test(last) || kept.some((w) => /^(?:i|i['’]\w+)$/iu.test(w))) continue;
      const phrase = kept.join(' ');
      if (FILLER.test(phrase)) continue;
      // Mid-sentence, a capital is a name's ("about Jonah"): kept as it is.
      return options.swap ? swapPerson(phrase) : phrase;
    }
  }
  return null;
}

/**
 * Courtesies that have the form of an order but are not one: "Take your time", "Go ahead", "Tell me
 * more". Matched at the start of `text`.
 */
export const COURTESY = /^(?:(?:please|just|so|and)\s+)?(?:take (?:your|all the) time|take (?:care|it easy|a (?:deep )?breath|a moment|a seat)|go (?:ahead|on)|tell me(?: a (?:bit|little))? (?:more|about)|say more|keep going|carry on|feel free|let me know|help yourself|have a (?:seat|good|great|nice|lovely)|come (?:in|on in)|make yourself|hang in there|be (?:gentle|kind|easy) (?:with|on|to) yourself|don['’]t worry|sit down|have a think|bear with me|hold on|hang on|excuse me|see you|look after yourself|mind how you go|enjoy)\b/iu;

// Advice openers; the action is what follows ("you should join a club" → "join a club").
const ADVICE_OPENER = /\b(?:what you (?:need|have|ought) to do is|if I were you,? I(?:['’]d| would)|why don['’]t you|you (?:do |really |just |probably |definitely )?(?:should|need to|have to|must|ought to|could|might want to|gotta|can)|I think (?:that )?you should|I (?:suggest|recommend) (?:that )?you(?: should)?|I(?:['’]d| would) (?:suggest|recommend) (?:that )?you(?: should)?)\s+/iu;
// Where an opener counts: at the start of its clause, perhaps after a discourse marker ("So, you could…").
const CLAUSE_START = /(?:^|[,;:]\s*|\b(?:and|but|so|then|maybe|perhaps|well|okay|ok|now|also|I think|I guess)\s+)$/iu;
// An "action" that is only a prohibition or a judgement is not an idea to offer.
const NOT_AN_ACTION = /^(?:stop|quit|don['’]t|do not|never|give up|get over|grow up|calm down|be honest|admit|face it|get a grip|man up|deal with it|get real|listen)\b/iu;
const IMPERATIVE_KINDS = new Set(['imperative_opening', 'imperative', 'command']);
const leadingSpace = (s: string) => s.length - s.trimStart().length;
const trimEnd = (s: string) => s.replace(/[\s.,;:!?…]+$/u, '');
const CLAUSE_CUT = /[,;:—–]|\s(?:but|because|so that|and then|although|though|which|if|when|or|since|cause)\s|\sand (?=(?:I|I['’]m|you|it|then|now|that|this|we|they|he|she|there)\b)/iu;

/**
 * A verb phrase checked for reuse: starts with one of `verbs`, at most MAX_ACTION_WORDS words, ends on
 * a content word, no fillers. `try X` keeps its verb; "try to X" becomes "X". Null when it fails.
 */
export function cleanAction(raw: string, verbs: ReadonlySet<string>): string | null {
  let action = raw.replace(/^(?:(?:just|really|simply|maybe|perhaps|also|possibly|please)\s+)+/iu, '').replace(/^try to\s+/iu, '');
  const cut = action.search(CLAUSE_CUT);
  if (cut > 0) action = action.slice(0, cut);
  action = trimEnd(action.trim());
  const words = wordsOf(action);
  if (words.length < 2 || words.length > MAX_ACTION_WORDS) return null;
  if (!verbs.has(norm(words[0])) || DANGLING.has(norm(words[words.length - 1])) || NOT_AN_ACTION.test(action) || COURTESY.test(action)) return null;
  if (FILLER.test(action) || /\bI\b|\byou\b(?!r)/iu.test(action) || /^[\p{L}]+ (?:it|that|this|them|so)$/iu.test(action)) return null;
  return action.charAt(0).toLowerCase() + action.slice(1);
}

/** The action a piece of advice recommends, in the speaker's words; null when none passes `cleanAction`. */
export function adviceAction(turn: OwnTurn, verbs: ReadonlySet<string>): string | null {
  for (const s of sentencesOf(turn.text)) {
    // A question is not advice ("What would you like to make different?"), except "why don't you…?".
    if (isQuestion(s.text) && !/\bwhy don['’]t you\b/iu.test(s.text)) continue;
    const m = ADVICE_OPENER.exec(s.text);
    let action: string | null = null;
    if (m && CLAUSE_START.test(s.text.slice(0, m.index))) action = s.text.slice(m.index + m[0].length);
    else if ((turn.stanceMarkers ?? turn.markers ?? []).some((k) => IMPERATIVE_KINDS.has(k.kind) && turn.text.slice(k.start, k.end) === k.text && k.start === s.start + leadingSpace(s.text))) action = s.text.trim();
    if (action === null) continue;
    const clean = cleanAction(action, verbs);
    if (clean) return clean;
  }
  return null;
}

const ACCUSATION = /\byou\s+(?:(always|constantly|keep|never|just|still)\s+)?(don['’]t\s+|do not\s+|never\s+)?([\p{L}]+)([^.!?]*)/iu;
// "you are", "you know", "you think": not a behaviour one can name in an I statement.
const NOT_A_BEHAVIOUR = /^(?:are|were|be|know|see|think|mean|understand|feel|can|could|would|will|should|must|may|might|have|had|has|did|do|got|get|need|want|like|said|say|look|seem|sound|guess|bet)$/iu;

/**
 * What the other person did, from an accusation, without the absolutes: "You never listen to me!" →
 * "you don't listen to me"; "You always dump this stuff on me…" → "you dump this stuff on me". Only
 * from statements (not "Are you serious?"), with a verb after "you", in at most MAX_ACTION_WORDS words
 * that end cleanly. Null otherwise.
 */
export function accusedBehaviour(turn: OwnTurn): string | null {
  for (const s of sentencesOf(turn.text)) {
    if (isQuestion(s.text)) continue;
    const m = ACCUSATION.exec(s.text);
    if (!m) continue;
    const [, adverb, negation, verb, rest] = m;
    if (NOT_A_BEHAVIOUR.test(verb) || /ly$/iu.test(verb)) continue;
    const adv = adverb?.toLowerCase();
    const negated = Boolean(negation) || adv === 'never';
    const head = negated ? `you don't ${verb}` : adv === 'keep' ? `you keep ${verb}` : `you ${verb}`;
    let behaviour = head + rest;
    const cut = behaviour.search(CLAUSE_CUT);
    if (cut > 0) behaviour = behaviour.slice(0, cut);
    behaviour = trimEnd(behaviour.replace(/\s+(?:always|never|ever|constantly|every single time|all the time|again)\b/giu, '')).toLowerCase().replace(/\bi\b/gu, 'I');
    const words = wordsOf(behaviour);
    if (words.length < 2 || words.length > MAX_ACTION_WORDS || FILLER.test(behaviour.replace(/\bstuff\b/u, 'things'))) continue;
    const last = norm(words[words.length - 1]);
    if (DANGLING.has(last) && last !== 'up' && last !== 'out') continue;
    return behaviour;
  }
  return null;
}

const REQUEST_OPENER = /\b(?:(?:could|would|can|will) you(?: please)?|(?:if|whether) (?:maybe |perhaps )?you (?:could|would|can|might)(?: possibly| maybe| please)?|I(?:['’]d| would) (?:like|love) (?:it if )?you to|I need you to|(?:it would help|it'd help) if you could)\s+/iu;

/**
 * What the speaker asks the listener to do, as a base-form verb phrase without the hedges: "Sorry, I
 * was wondering if maybe you could help with the dishes?" → "help with the dishes". Null when no
 * request passes `cleanAction`.
 */
export function requestAction(turn: OwnTurn, verbs: ReadonlySet<string>): string | null {
  for (const s of sentencesOf(turn.text)) {
    const m = REQUEST_OPENER.exec(s.text);
    if (!m) continue;
    const clean = cleanAction(s.text.slice(m.index + m[0].length), verbs);
    if (clean) return clean;
  }
  return null;
}

/** What someone asked the listener for, by the kind the limit templates know; null when no request is recognised. */
export const REQUEST_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['contact', /\b(?:(?:text|call|phone|email|e-mail|message|ring|whatsapp|reach|contact) (?:you|me)\b|your (?:number|phone|cell|mobile|email)|between (?:sessions|appointments)|at night|on the weekend|any ?time)/iu],
  ['time', /\b(?:(?:more|extra|a few more) (?:time|minutes|sessions?)|longer session|run over|go over time|stay longer|(?:another|one more) session this week)\b/iu],
  ['fee', /\b(?:pay|fees?|money|afford|charge|cost|bill|invoice|discount)\b/iu],
  ['gift', /\b(?:gift|present for you|(?:brought|got|made|bought) (?:this for )?you)\b/iu],
  ['personal', /\b(?:how are you|how about you|what about you|are you (?:okay|ok|alright|married)|your (?:family|kids|children|husband|wife|partner|weekend|holiday)|tell me about you)\b/iu],
  ['skip', /\b(?:skip|(?:don['’]t|do not) want to (?:talk|go into|do|get into)|rather not|change the subject|can we not|not talk about)\b/iu],
];

export function requestKind(text: string): string | null {
  for (const [kind, re] of REQUEST_KINDS) if (re.test(text)) return kind;
  return null;
}
