/**
 * Reading a person's own words for a rewrite: the clause that names a feeling, the action inside a
 * piece of advice, the behaviour inside an accusation, the topic of a closed question, what a request
 * asks for. Each returns null when the words do not fit the shape, so the caller can fall back to a
 * plain template rather than produce a broken sentence.
 */
import type { Marker } from '../types.js';
import { swapPerson } from './swapPerson.js';

/** A turn with, when known, its analysis markers (style and stance) for finding cues by span. */
export interface OwnTurn {
  text: string;
  markers?: readonly Marker[];
  stanceMarkers?: readonly Marker[];
}

/** Longest clause echoed back; longer ones read as parroting. */
const MAX_ECHO_WORDS = 18;

const SENTENCE_END = /(?<=[.!?…])\s+|\n+/u;
// Fillers and discourse openers that a reflection does not repeat.
const LEADING_FILLER = /^(?:(?:um+|uh+|erm+|ah+|hmm+)\b[,.]?\s*|(?:well|yeah|yes|no|oh|okay|ok|so|honestly|i mean|you know|like|and|but)\s*,\s*|(?:and|but|so|well)\s+)+/iu;
const CLAUSE_BOUNDARY = /[,;:—–]|\s(?:but|because|so that|and then|although|though|which)\s/u;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const wordCount = (s: string) => s.match(WORD)?.length ?? 0;
/** Fewest words in a statement echoed back when it names no feeling ("you like beer" says too little). */
const MIN_ECHO_WORDS = 4;
const SUBJECT_SELF = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e and)\b/u;
const SUBJECT_SELF_OR_LISTENER = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e and|[Yy]ou|[Yy]ou['’](?:re|ve|d|ll)|[Yy]our)\b/u;
const atStart = (re: RegExp) => new RegExp(`^${re.source}`, 'iu');
const SUBJECT_SELF_START = atStart(SUBJECT_SELF);
const SUBJECT_SELF_OR_LISTENER_START = atStart(SUBJECT_SELF_OR_LISTENER);
// Openers that carry no content of their own: "I mean", "I guess so", "I don't know".
const HOLLOW_CLAUSE = /^I (?:mean|guess|suppose|think|know|don['’]t know|dunno|would say|see)\b(?:\s+(?:so|that|it|not))?\s*$/iu;
// "I guess if my friends…": the hedge goes, and what is left must still start with its subject.
const HEDGED_OPENER = /^I (?:guess|mean|suppose|think|feel like),?\s+(?=\S)/iu;
// Spoken repetitions in transcripts: "you-you", "I- I".
const STUTTER = /\b([\p{L}']+)(?:-\s*\1\b)+/giu;
const trimEnd = (s: string) => s.replace(/[\s.,;:!?…]+$/u, '');
const lowerFirst = (s: string) => (/^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

export interface Sentence {
  text: string;
  start: number;
}

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

/** Where a marker lies in `text`: its span when it still reads the same, else the first occurrence. */
function locate(text: string, m: Marker): number {
  if (text.slice(m.start, m.end) === m.text) return m.start;
  return text.indexOf(m.text);
}

const FEELING_KINDS = new Set(['feeling_word', 'pseudo_feeling']);
// Without markers: a first-person statement of feeling ("I feel…", "I'm so scared…").
const FIRST_PERSON_FEELING = /\bI(?:['’]m| am| was|['’]ve been| have been)?(?: (?:so|really|just|kind of|a bit|very|pretty))? (?:feel|feeling|felt)\b(?! like\b| that\b)/iu;

/** The feeling word(s) a turn names ("lonely"), from its markers; null when none. */
export function feelingCue(turn: OwnTurn): { word: string; at: number } | null {
  for (const m of turn.markers ?? []) {
    if (!FEELING_KINDS.has(m.kind)) continue;
    const at = locate(turn.text, m);
    if (at < 0) continue;
    // pseudo-feeling markers cover "I feel ignored": the feeling is the last word.
    const word = m.kind === 'pseudo_feeling' ? (m.text.match(WORD)?.pop() ?? m.text) : m.text;
    return { word: word.toLowerCase(), at: at + m.text.lastIndexOf(word) };
  }
  return null;
}

/** Cuts a sentence to its clause around `focus` (an index into the sentence) and tidies the ends. */
function clauseAround(sentence: string, focus: number): string {
  let start = 0;
  let end = sentence.length;
  const re = new RegExp(CLAUSE_BOUNDARY.source, 'gu');
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    if (m.index + m[0].length <= focus) start = m.index + m[0].length;
    else if (m.index >= focus) {
      end = m.index;
      break;
    }
  }
  return trimEnd(sentence.slice(start, end).trim().replace(LEADING_FILLER, '').trim());
}

/**
 * A clause of the turn said back in the second person, for a reflection: the clause that names a
 * feeling when there is one ("I feel so lonely at home" → "you feel so lonely at home"), else the first
 * statement about the speaker or the listener ("you don't get it" → "I don't get it"). Questions are
 * not echoed. Null when nothing fits in MAX_ECHO_WORDS.
 */
export function reflectableClause(turn: OwnTurn, options: { feelingOnly?: boolean; aboutListener?: boolean } = {}): string | null {
  const sentences = sentencesOf(turn.text).filter((s) => !/\?\s*$/.test(s.text));
  const cue = feelingCue(turn);
  let clause: string | null = null;
  if (cue) {
    const s = sentences.find((x) => cue.at >= x.start && cue.at < x.start + x.text.length);
    if (s) clause = clauseAround(s.text, cue.at - s.start);
  }
  if (!clause) {
    const s = sentences.find((x) => FIRST_PERSON_FEELING.test(x.text));
    if (s) clause = clauseAround(s.text, s.text.search(FIRST_PERSON_FEELING));
  }
  if (!clause && !options.feelingOnly) {
    // Otherwise a statement with the speaker (or, when asked, the listener) as its subject.
    const subject = options.aboutListener ? SUBJECT_SELF_OR_LISTENER : SUBJECT_SELF;
    const starts = options.aboutListener ? SUBJECT_SELF_OR_LISTENER_START : SUBJECT_SELF_START;
    for (const s of sentences) {
      const at = s.text.search(subject);
      if (at < 0) continue;
      const c = clauseAround(s.text, at).replace(HEDGED_OPENER, '');
      if (starts.test(c) && !HOLLOW_CLAUSE.test(c) && wordCount(c) >= MIN_ECHO_WORDS) {
        clause = c;
        break;
      }
    }
  }
  if (!clause) return null;
  clause = clause.replace(STUTTER, '$1').replace(/^[-–—\s]+|[-–—\s]+$/gu, '');
  if (wordCount(clause) < 2 || wordCount(clause) > MAX_ECHO_WORDS) return null;
  return lowerFirst(swapPerson(clause));
}

// Advice openers; the action is what follows ("you should join a club" → "join a club").
const ADVICE_OPENER = /(?:\b(?:what you (?:need|have|ought) to do is|if I were you,? I(?:['’]d| would)|why don['’]t you|you (?:do |really |just )?(?:should|need to|have to|must|ought to|could|might want to|gotta)|I think (?:that )?you should|I (?:suggest|recommend) (?:that )?you(?: should)?)|^\s*(?:just|try to|try))\s+/iu;
// An "action" that is only a prohibition or a judgement is not an idea to offer.
const NOT_AN_ACTION = /^(?:stop|quit|don['’]t|do not|never|give up|get over|grow up|calm down|be honest|admit|face it)\b/iu;
// Not a verb phrase in the base form, or a subject clause ("what you could bring up is…").
const NOT_BASE_VERB = /^(?:[\p{L}]+ing|gonna|going to|be able|can|could|will|would|should|might|may|must|are|were|have|had|do|did)\b|\s(?:is|was|are|were)\b/iu;
const IMPERATIVE_KINDS = new Set(['imperative_opening', 'imperative', 'command']);

/** The action a piece of advice recommends, in the speaker's words; null for prohibitions and orders to feel. */
export function adviceAction(turn: OwnTurn): string | null {
  for (const s of sentencesOf(turn.text)) {
    // A question is not advice ("What would you like to make different?"), except "why don't you…?".
    if (/\?\s*$/.test(s.text) && !/\bwhy don['’]t you\b/iu.test(s.text)) continue;
    const m = ADVICE_OPENER.exec(s.text);
    let action: string | null = null;
    // "…your liver, which you need to keep in mind": a relative clause, not a piece of advice.
    if (m && !/\b(?:which|that|what|who|whatever|where|how)\s+(?:\S+\s+){0,2}$/iu.test(s.text.slice(0, m.index))) action = s.text.slice(m.index + m[0].length);
    else if ((turn.stanceMarkers ?? turn.markers ?? []).some((k) => IMPERATIVE_KINDS.has(k.kind) && locate(turn.text, k) === s.start + leadingSpace(s.text))) action = s.text.trim();
    if (action === null) continue;
    action = trimEnd(action.replace(/^(?:just|really|simply)\s+/iu, '').replace(/^try(?: to)?\s+/iu, ''));
    if (/^[\p{L}]+ (?:it|that|this|them|so)$/iu.test(action)) continue; // "try that": nothing to offer back
    const cut = action.search(CLAUSE_BOUNDARY);
    if (cut > 0) action = trimEnd(action.slice(0, cut));
    if (NOT_AN_ACTION.test(action) || NOT_BASE_VERB.test(action) || wordCount(action) < 2 || wordCount(action) > MAX_ECHO_WORDS) continue;
    return lowerFirst(action);
  }
  return null;
}

const leadingSpace = (s: string) => s.length - s.trimStart().length;

const ACCUSATION = /\byou\s+(?:(always|constantly|keep|never|just)\s+)?([\p{L}'’]+)([^.!?]*)/iu;

/**
 * What the other person did, from an accusation, without the absolutes: "You never listen to me!" →
 * "you don't listen to me"; "You always interrupt me" → "you interrupt me". Null without a "you" clause.
 */
export function accusedBehaviour(turn: OwnTurn): string | null {
  for (const s of sentencesOf(turn.text)) {
    const m = ACCUSATION.exec(s.text);
    if (!m) continue;
    const [, adverb, verb, rest] = m;
    if (/^(?:know|see|think|mean|understand|feel)$/iu.test(verb)) continue; // "you know", "you see": fillers
    const head = adverb?.toLowerCase() === 'never' ? `you don't ${verb}` : adverb?.toLowerCase() === 'keep' ? `you keep ${verb}` : `you ${verb}`;
    let behaviour = head + rest;
    const cut = behaviour.search(CLAUSE_BOUNDARY);
    if (cut > 0) behaviour = behaviour.slice(0, cut);
    behaviour = trimEnd(behaviour.replace(/\s+(?:always|never|ever|every single time|all the time)\b/giu, ''));
    if (wordCount(behaviour) < 2 || wordCount(behaviour) > MAX_ECHO_WORDS) continue;
    return behaviour.toLowerCase().replace(/\bi\b/gu, 'I');
  }
  return null;
}

const CLOSED_OPENER = /^(?:so,?\s+|and\s+|but\s+|okay,?\s+|ok,?\s+)?(?:do|does|did|can|could|would|will)\s+you\s+(?:(?:want|like|plan|need|have|try|intend) to\s+)?([\p{L}]+)([^?]*)\?/iu;
// Verbs of thinking and feeling make a poor "-ing" topic ("thinking that's true").
const MENTAL_VERBS = /^(?:think|know|feel|mean|remember|agree|see|understand|believe|guess|suppose|mind|reckon|care)$/iu;

/** The topic of a closed "do/did/can you…?" question as an "-ing" phrase: "Did you tell them?" → "telling them". */
export function closedQuestionTopic(text: string): string | null {
  const questions = sentencesOf(text).filter((s) => /\?\s*$/.test(s.text));
  for (let i = questions.length - 1; i >= 0; i--) {
    const m = CLOSED_OPENER.exec(questions[i].text.trim());
    if (!m || MENTAL_VERBS.test(m[1])) continue;
    const topic = `${gerund(m[1].toLowerCase())}${trimEnd(m[2])}`;
    if (wordCount(topic) <= MAX_ECHO_WORDS) return topic;
  }
  return null;
}

const VOWEL = /[aeiou]/;
/** The "-ing" form of a regular English verb (tell → telling, take → taking, stop → stopping, lie → lying). */
export function gerund(verb: string): string {
  const irregular: Record<string, string> = { be: 'being', see: 'seeing', have: 'having', go: 'going', do: 'doing', die: 'dying', lie: 'lying', tie: 'tying' };
  if (irregular[verb]) return irregular[verb];
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`;
  if (verb.endsWith('e') && !/(?:ee|ye|oe)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  // One-syllable consonant-vowel-consonant verbs double the last consonant (stop, plan, get).
  const vowelGroups = verb.match(/[aeiou]+/g)?.length ?? 0;
  const n = verb.length;
  if (vowelGroups === 1 && n >= 3 && !VOWEL.test(verb[n - 1]) && VOWEL.test(verb[n - 2]) && !VOWEL.test(verb[n - 3]) && !/[wxy]$/.test(verb)) return `${verb}${verb[n - 1]}ing`;
  return `${verb}ing`;
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

// What a plain request leaves out (domain primer §3, passive markers).
const SOFTENING_KINDS = new Set(['hedge', 'filler', 'minimising', 'apology', 'over_apology', 'retraction', 'self_deprecation', 'permission_seeking']);

/**
 * The speaker's own request with the softeners taken out: "Sorry, I was wondering if maybe you could
 * help with the dishes, never mind" → "I was wondering if you could help with the dishes". Null when
 * little is left.
 */
export function plainRequest(turn: OwnTurn): string | null {
  const spans = (turn.markers ?? [])
    .filter((m) => SOFTENING_KINDS.has(m.kind))
    .map((m) => {
      const at = locate(turn.text, m);
      return [at, at + m.text.length] as const;
    })
    .filter(([a]) => a >= 0)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let pos = 0;
  for (const [a, b] of spans) {
    if (a < pos) {
      pos = Math.max(pos, b);
      continue;
    }
    out += turn.text.slice(pos, a);
    pos = b;
  }
  out += turn.text.slice(pos);
  out = out
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.!?;:])/gu, '$1')
    .replace(/([,;:])\s*(?=[,.!?;:]|$)/gu, '')
    .replace(/^[\s,.;:]+/u, '')
    .replace(/^(?:I was wondering|I wondered)?\s*(?:if|whether)\s+/iu, '')
    // Softeners the lexicon leaves to context; a plain request drops them anyway.
    .replace(/\b(?:sort of|kind of|a little bit|just)\s+/giu, '')
    .trim();
  if (wordCount(out) < 3) return null;
  // "you could help me" once the "I was wondering if" is gone: ask it as the question it is.
  const ask = /^you (could|would|can|will)\s+([^.!?]*)[.!?]?$/iu.exec(out);
  if (ask) return `${ask[1].charAt(0).toUpperCase()}${ask[1].slice(1).toLowerCase()} you ${trimEnd(ask[2])}?`;
  out = out.charAt(0).toUpperCase() + out.slice(1);
  return /[.!?]$/.test(out) ? out : `${out}.`;
}
