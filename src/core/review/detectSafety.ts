import type { LexiconMatch } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import { cueOf, reviewLexicon, turnMatches, type ReviewCue } from './reviewLexicon.js';
import type { ReviewTurn, SafetyFlag, SafetyKind } from './reviewTypes.js';

export const SAFETY_LEXICON = 'safety-cues';

const KINDS: readonly SafetyKind[] = ['suicide', 'self_harm', 'harm_to_others'];
/** Therapist questions about risk (label of the entry → what it asks about). */
const ASKS: Record<string, SafetyKind> = { ask_suicide: 'suicide', ask_self_harm: 'self_harm', ask_harm_others: 'harm_to_others' };
const ANSWER_CUE: Record<SafetyKind, string> = {
  suicide: 'answer to a question about suicide',
  self_harm: 'answer to a question about self-harm',
  harm_to_others: 'answer to a question about harming someone',
};

/** How far back (characters) a negation can govern a cue, within its clause. */
const NEGATION_REACH = 60;
// A negation followed by at most three words, then the cue: "I'd never (ever) hurt myself", "I'm not suicidal".
const NEGATION = /(?:\b(?:never|not|no|nobody|none)|n['’]t)\b((?:[\s,]+[\p{L}'’]+){0,3})[\s,]*$/iu;
// Words after a negation that turn it away from the cue: "I can't stop thinking about…", "I don't know why I…".
const NOT_DENIAL = /\b(?:know|knows|knew|sure|stop|help|remember|care|mind|understand|why|how|whether|if|tell|told|say|said|admit|anyone|anybody|see|wait|believe|joking|kidding|lie|lying)\b/i;
const CLAUSE_BREAK = /[.!?;:\n]|\bbut\b|\bthough\b/giu;

/** True when a negation governs the cue starting at `start`: the client denies it ("I'd never hurt myself"). */
function negated(text: string, start: number): boolean {
  let from = Math.max(0, start - NEGATION_REACH);
  const before = text.slice(from, start);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) from = Math.max(from, start - before.length + m.index + m[0].length);
  const clause = text.slice(from, start);
  const m = NEGATION.exec(clause);
  return m !== null && !NOT_DENIAL.test(m[1]);
}

// An answer that opens by saying no, with no "but" or "sometimes" after it.
const NO_ANSWER = /^[\s"'“‘(]*(?:no|nope|nah|never|not really|not at all|god,? no|no way|definitely not|absolutely not|of course not|gosh,? no|i (?:would|'d|’d) never|i(?:'m|’m| am) not|i (?:haven't|haven’t|have not|don't|don’t|do not|wouldn't|wouldn’t|won't|won’t))\b/i;
const HEDGED = /\b(?:but|sometimes|maybe|occasionally|used to|a bit|kind of|sort of|now and then|once or twice|recently|lately|not sure|i don['’]t know)\b/i;

/** Short answers are shown whole; longer ones by their first sentence (at most ANSWER_CHARS). */
const ANSWER_CHARS = 160;

/** The span shown for an answer with no cue of its own. */
function answerSpan(text: string): { start: number; end: number } {
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end - start <= ANSWER_CHARS) return { start, end };
  const stop = /[.!?\n]/.exec(text.slice(start));
  end = Math.min(stop ? start + stop.index + 1 : end, start + ANSWER_CHARS);
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Sentence bounds around `pos` (for "haha" reading only its own sentence). */
function sentenceOf(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  let end = pos;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  return { start, end };
}

/** Risk cues of a turn by kind, idioms and jokes removed, each with whether it is denied. */
function riskCues(text: string, matches: readonly LexiconMatch[]): Map<SafetyKind, Array<{ cue: ReviewCue; denied: boolean }>> {
  const guards = matches.filter((m) => m.entry.label === 'guard');
  const jokes = matches.filter((m) => m.entry.label === 'joke').map((m) => sentenceOf(text, m.start));
  const out = new Map<SafetyKind, Array<{ cue: ReviewCue; denied: boolean }>>();
  for (const m of matches) {
    const kind = m.entry.label as SafetyKind;
    if (!KINDS.includes(kind)) continue;
    if (guards.some((g) => g.start < m.end && m.start < g.end)) continue;
    // A joke marker empties a threat in its sentence ("I could kill him, haha"); never a risk to the self.
    if (kind === 'harm_to_others' && jokes.some((s) => s.start <= m.start && m.end <= s.end + 1)) continue;
    const list = out.get(kind) ?? [];
    list.push({ cue: cueOf(text, m, m.entry.description), denied: negated(text, m.start) });
    out.set(kind, list);
  }
  return out;
}

/**
 * Client (and third-person) turns that talk about suicide, self-harm or harming others, or about
 * violence toward the client (domain primer §9), with the cue spans. Recall comes first: passive
 * ideation ("everyone would be better off without me"), method or plan talk, cutting, burning and
 * overdose all flag, idioms ("this job is killing me", "dying to see it") do not. A denial ("I'd never
 * hurt myself") is still flagged, with `denied: true`, because a clinician wants to see that risk was
 * discussed. A client answer to a therapist's risk question is flagged even without a cue of its own
 * ("Sometimes, yeah."), denied when it opens with a plain no. Linear in the number of turns.
 */
export function detectSafety(turns: readonly ReviewTurn[], resources: Resources): SafetyFlag[] {
  const lexicon = reviewLexicon(resources, SAFETY_LEXICON);
  const flags: SafetyFlag[] = [];
  // What the therapist's last turn asked about, if it asked about risk.
  let asked: Set<SafetyKind> | null = null;
  for (const turn of turns) {
    const matches = turnMatches(lexicon, turn);
    if (turn.role === 'therapist') {
      const kinds = new Set<SafetyKind>();
      for (const m of matches) if (ASKS[m.entry.label]) kinds.add(ASKS[m.entry.label]);
      const asks = turn.text.includes('?') || turn.analysis.mi?.behaviour === 'question';
      asked = kinds.size > 0 && asks ? kinds : null;
      continue;
    }
    const cues = riskCues(turn.text, matches);
    for (const kind of KINDS) {
      const found = cues.get(kind);
      if (found) {
        flags.push({ kind, turn: turn.index, cues: found.map((f) => f.cue), denied: found.every((f) => f.denied) });
      } else if (asked?.has(kind) && /[\p{L}\p{N}]/u.test(turn.text)) {
        const span = answerSpan(turn.text);
        const said = turn.text.slice(span.start, span.end);
        flags.push({ kind, turn: turn.index, cues: [cueOf(turn.text, span, ANSWER_CUE[kind])], denied: NO_ANSWER.test(said) && !HEDGED.test(turn.text) });
      }
    }
    asked = null;
  }
  return flags;
}
