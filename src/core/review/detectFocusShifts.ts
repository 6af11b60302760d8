import type { Resources } from '../resources.js';
import { ALLIANCE_LEXICON } from './detectRuptures.js';
import { addCue, cueOf, reviewLexicon, turnMatches, type ReviewCue } from './reviewLexicon.js';
import type { FocusShift, ReviewTurn } from './reviewTypes.js';
import { turnShape, type TurnShape } from './turnShape.js';

/** How many of the therapist's next turns are read for bringing the focus back. */
export const REFOCUS_WINDOW = 3;
/** Turns read ahead at most, whoever speaks (keeps the scan linear). */
const LOOKAHEAD = 12;

const SELF_DISCLOSURE = 'excessive_self_disclosure';
const REFLECTIVE_FRAME = 'reflective_frame';
/** How far (characters) after a reflective frame a first-person phrase still voices the client. */
const VOICED_REACH = 120;
const SELF_DISCLOSURE_CUE = "the therapist's own story";
const LONG_STORY_CUE = 'long first-person story by the therapist';
/**
 * A therapist turn reads as a story about themselves when it is long and mostly about "I":
 * at least this many words, first-person words, share of words, and twice as many "I" as "you".
 */
const STORY_MIN_WORDS = 50;
const STORY_MIN_FIRST_PERSON = 5;
const STORY_MIN_SHARE = 0.07;

/** Past-tense first-person narration ("I was", "when I", "I remember"): a story, not talk about the session. */
const NARRATION = /\b(?:i (?:was|were|had|went|did|felt|got|used to|remember|lost|started|stopped|tried|thought|found|told|said|spent|grew up|moved|left|nearly|almost)|when i|my (?:life|family|own|wife|husband|partner|mum|mom|dad|mother|father|kids|children|son|daughter|sister|brother|divorce|childhood))\b/gi;
const STORY_MIN_NARRATION = 2;

function isLongStory(text: string, shape: TurnShape): boolean {
  return (text.match(NARRATION)?.length ?? 0) >= STORY_MIN_NARRATION && shape.words >= STORY_MIN_WORDS && shape.firstPerson >= STORY_MIN_FIRST_PERSON && shape.firstPerson / shape.words >= STORY_MIN_SHARE && shape.firstPerson >= 2 * shape.secondPerson;
}

const SENTENCE = /[^.!?\n]+[.!?]*/g;
const FIRST_PERSON = /\b(?:i|me|my|myself)\b/i;

/** The first sentence of `text` that speaks in the first person (the evidence of a long story). */
function firstPersonSentence(text: string): { start: number; end: number } {
  for (const m of text.matchAll(SENTENCE)) {
    if (FIRST_PERSON.test(m[0])) {
      let start = m.index ?? 0;
      let end = start + m[0].length;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return { start, end };
    }
  }
  return { start: 0, end: text.length };
}

/** Where the last sentence that speaks in the first person ends (the story runs at least that far). */
function lastFirstPersonEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(SENTENCE)) if (FIRST_PERSON.test(m[0])) end = (m.index ?? 0) + m[0].length;
  return end;
}

// "…, you know?" is a filler, not a question to the client.
const YOU_KNOW = /\byou know\b[?,.]*/gi;

/** A question or reflection addressed to the client: "you" outweighs "I". */
function turnsToClient(text: string, turn: ReviewTurn): boolean {
  const behaviour = turn.analysis.mi?.behaviour;
  if (behaviour !== 'question' && behaviour !== 'reflection') return false;
  const shape = turnShape(text);
  return shape.secondPerson > 0 && shape.secondPerson > shape.firstPerson;
}

/**
 * Where the focus of the session leaves the client (domain primer §6):
 * - `client_caretaking`: the client looks after the therapist: asks after their wellbeing, comforts
 *   or protects them, apologises for burdening them (alliance-cues `caretaking`);
 * - `therapist_self_disclosure`: the therapist's own story takes the space: the stance marker
 *   `excessive_self_disclosure`, or a long turn mostly about "I" (isLongStory).
 * `refocused` tells whether the therapist brought the focus back to the client within their next
 * REFOCUS_WINDOW turns (or, after a disclosure, later in the same turn): an explicit move back
 * ("let's get back to you", "this time is for you", "thanks for asking, how are you…"), or a question
 * or reflection about the client with no further story of their own. Linear in the number of turns.
 */
export function detectFocusShifts(turns: readonly ReviewTurn[], resources: Resources): FocusShift[] {
  const lexicon = reviewLexicon(resources, ALLIANCE_LEXICON);
  const shapes = new Map<number, TurnShape>();
  const shapeOf = (i: number) => {
    let s = shapes.get(i);
    if (!s) shapes.set(i, (s = turnShape(turns[i].text)));
    return s;
  };
  const disclosureCues = (i: number): ReviewCue[] => {
    const t = turns[i];
    if (t.role !== 'therapist') return [];
    const cues: ReviewCue[] = [];
    const markers = t.analysis.stanceMarkers ?? [];
    // After a reflective frame the "I" is the client's, voiced by the therapist ("your thought was, I don't want…").
    const voiced = (start: number) => markers.some((f) => f.kind === REFLECTIVE_FRAME && f.end <= start && start - f.end < VOICED_REACH);
    for (const m of markers) if (m.kind === SELF_DISCLOSURE && !voiced(m.start)) addCue(cues, cueOf(t.text, m, SELF_DISCLOSURE_CUE));
    if (isLongStory(t.text, shapeOf(i))) addCue(cues, cueOf(t.text, firstPersonSentence(t.text), LONG_STORY_CUE));
    return cues.sort((a, b) => a.start - b.start);
  };
  const disclosures = new Map<number, ReviewCue[]>();
  const disclosureOf = (i: number) => {
    let c = disclosures.get(i);
    if (!c) disclosures.set(i, (c = disclosureCues(i)));
    return c;
  };
  /** Whether therapist turn `i`, from `from` on, brings the focus back to the client. */
  const refocuses = (i: number, from = 0): boolean => {
    const t = turns[i];
    const rest = t.text.slice(from);
    if (turnMatches(lexicon, t).some((m) => m.entry.label === 'refocus' && m.start >= from)) return true;
    if (from > 0) {
      const asked = rest.replace(YOU_KNOW, ' ');
      return /\?/.test(asked) && turnShape(asked).secondPerson > 0;
    }
    return disclosureOf(i).length === 0 && turnsToClient(t.text, t);
  };
  const findRefocus = (i: number): number | null => {
    for (let j = i + 1, seen = 0; j < turns.length && j <= i + LOOKAHEAD && seen < REFOCUS_WINDOW; j++) {
      if (turns[j].role !== 'therapist') continue;
      seen++;
      if (refocuses(j)) return turns[j].index;
    }
    return null;
  };

  const shifts: FocusShift[] = [];
  turns.forEach((turn, i) => {
    if (turn.role === 'client') {
      const cues: ReviewCue[] = [];
      for (const m of turnMatches(lexicon, turn)) if (m.entry.label === 'caretaking') addCue(cues, cueOf(turn.text, m, m.entry.description));
      if (!cues.length) return;
      const refocusTurn = findRefocus(i);
      shifts.push({ kind: 'client_caretaking', turn: turn.index, cues, refocused: refocusTurn !== null, refocusTurn });
    } else if (turn.role === 'therapist') {
      const cues = disclosureOf(i);
      if (!cues.length) return;
      const lastEnd = Math.max(lastFirstPersonEnd(turn.text), ...cues.map((c) => c.end));
      const refocusTurn = lastEnd < turn.text.length && refocuses(i, lastEnd) ? turn.index : findRefocus(i);
      shifts.push({ kind: 'therapist_self_disclosure', turn: turn.index, cues, refocused: refocusTurn !== null, refocusTurn });
    }
  });
  return shifts;
}
