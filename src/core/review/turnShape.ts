import type { ReviewTurn } from './reviewTypes.js';

export interface TurnShape {
  words: number;
  /** I, me, my, mine, myself (and I'm, I've…). */
  firstPerson: number;
  /** you, your, yours, yourself (and you're…). */
  secondPerson: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const FIRST = /^(?:i|me|my|mine|myself|i['’](?:m|ve|d|ll))$/;
const SECOND = /^(?:you|your|yours|yourself|you['’](?:re|ve|d|ll))$/;

/** Word and pronoun counts of a turn: how long it is and whom it is about. */
export function turnShape(text: string): TurnShape {
  let words = 0;
  let firstPerson = 0;
  let secondPerson = 0;
  for (const m of text.matchAll(WORD)) {
    words++;
    const w = m[0].toLowerCase();
    if (FIRST.test(w)) firstPerson++;
    else if (SECOND.test(w)) secondPerson++;
  }
  return { words, firstPerson, secondPerson };
}

const INVITE = /\b(?:tell me|say (?:a (?:bit|little) )?more|talk (?:me )?(?:through|about)|walk me through|describe)\b/i;

/**
 * Whether a therapist turn invites the client to talk: an open question (the MI coder's reading) or an
 * explicit invitation ("tell me more"). A minimal answer only shows withdrawal after such an opening.
 */
export function isOpenInvitation(turn: ReviewTurn | undefined): boolean {
  if (!turn || turn.role !== 'therapist') return false;
  const mi = turn.analysis.mi;
  if (mi?.behaviour === 'question' && mi.question === 'open') return true;
  return INVITE.test(turn.text);
}
