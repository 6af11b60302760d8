import { EMPATHY_HIGH_TOTAL } from '../balance.js';
import { matchLexicon } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import { COURTESY } from '../suggest/ownWords.js';
import { suggestAlternative, type SuggestionKind } from '../suggest/suggestAlternative.js';
import type { Marker, UtteranceAnalysis } from '../types.js';
import type { FocusShift, Highlight, ReviewReport, ReviewTurn, Rupture, RuptureKind, SafetyFlag } from './reviewTypes.js';
import { empathyReason, listWords, markerReason, quote } from './turnReasons.js';

export const HIGHLIGHTS_PER_KIND = 3;
/** Closed questions in a row (therapist turns, answers between) that make a run worth changing. */
export const CLOSED_QUESTION_RUN = 3;

/** What the alliance detectors found, which makes some therapist turns problematic. */
export interface HighlightFindings {
  ruptures: readonly Rupture[];
  focus: readonly FocusShift[];
  safety: readonly SafetyFlag[];
}

/**
 * Something wrong with a therapist turn. `severity` ranks turns (sums over a turn's issues): 3.5 for
 * a reply that leaves a rupture unrepaired (its repair is then the alternative), 3 for an
 * unacknowledged risk, 2–3.5 for aggression and 2–3 for passivity (by the weight of the evidence),
 * 2 for a hostile tone, 1.5 for habits (closed runs, advice without permission, focus drift).
 * `kind` and `situation` pick the alternative; null lets `suggestAlternative` choose from the turn.
 */
interface Issue {
  severity: number;
  words: string;
  kind: SuggestionKind | null;
  situation?: string;
  rupture?: RuptureKind;
}

/** Below this summed severity a turn is not called problematic: a good session may have none. */
export const MIN_PROBLEM_SEVERITY = 1.5;
/**
 * Evidence a turn needs before its stance or tone is called a problem, in marker weights (below):
 * one clear aggressive move, or a weaker one that the stance model agrees with. Markers that quote
 * the client or are courtesies ("Take your time") do not count.
 */
export const MIN_EVIDENCE = 1;

/** How much one marker of a kind counts as evidence (`other`: kinds not listed). */
interface EvidenceWeights {
  byKind: Readonly<Record<string, number>>;
  other: number;
  /** How many markers of one kind count (default 2). */
  perKind?: number;
}
const STRONG = 1;
const WEAK = 0.5;
/** Stance markers: kinds not listed count STRONG. */
const STANCE_EVIDENCE: EvidenceWeights = { other: STRONG, byKind: {
  // Orders and questions are habits more than hostility, and the lexicon finds them in kind talk too
  // ("Take your time", "Really?", "What do you think would happen?").
  command: WEAK, imperative_opening: WEAK, rhetorical_challenge: WEAK, accusing_pattern: WEAK,
  // Passive moves that are often just kindness.
  open_reassurance: WEAK, accepting_offer: WEAK, limit_apology: WEAK, yielding: WEAK,
} };
/**
 * Style cues are read for anyone's talk and misfire on a therapist's friendly words ("Nice to see
 * you", "and you can always call"): each counts WEAK, so a hostile tone needs two of them, except
 * the unmistakable ones; each kind counts once, and absolutes ("always", "everybody") half.
 */
const STYLE_EVIDENCE: EvidenceWeights = { other: WEAK, perKind: 1, byKind: { insult: STRONG, shouting: STRONG, absolute: WEAK / 2, curt_reply: 0 } };
/** The stance model's own call adds this much to the markers it rests on (it reads the same markers: half a cue). */
const MODEL_AGREES = 0.5;
/** The style model hearing hostility too, or a reply that is all direction and no empathy, adds a little more. */
const ALSO_AGREES = 0.25;
/** A warm reflection needs this much more evidence to be called aggressive (it often says the client's words back). */
const WARMTH_DISCOUNT = 0.5;
/** Moves that make a reply collaborative: one of its own outweighs a weak hostile cue. */
const COLLABORATIVE = new Set(['permission', 'autonomy', 'collaborative_proposal', 'limit_with_alternative', 'process_transparency', 'goal_setting']);

const AGGRESSIVE = new Set(['aggressive']);
const PASSIVE = new Set(['passive']);
const ASSERTIVE = new Set(['assertive']);
const HOSTILE_STYLE = new Set(['aggressive', 'passive_aggressive']);
const SAFETY_WORDS = { suicide: 'suicide', self_harm: 'self-harm', harm_to_others: 'harming others' } as const;

const empathyTotal = (a: UtteranceAnalysis) => a.empathy.er + a.empathy.ip + a.empathy.ex;
const turnLabel = (index: number) => `turn ${index + 1}`;

/**
 * The three most empathic, the three best-balanced and the three most problematic therapist turns
 * (domain primer §1, §2, §4–6), each with a reason in plain words built from its codes; problematic
 * ones carry a concrete alternative phrasing (`suggestAlternative`, from the client's own words).
 * - empathic: EPITOME total ≥ EMPATHY_HIGH_TOTAL, highest total first (IP breaks ties: it is the
 *   mechanism closest to understanding), earlier first.
 * - balanced: attuned and clear (high empathy and clear direction, not off balance), highest on the
 *   weaker of the two axes first; turns already shown as empathic only fill empty places.
 * - problematic: see `Issue`; only turns whose evidence is real (MIN_EVIDENCE, MIN_PROBLEM_SEVERITY),
 *   highest summed severity first, earlier first; fewer than three when fewer are problematic.
 */
export function pickHighlights(turns: readonly ReviewTurn[], findings: HighlightFindings, resources: HighlightResources = {}): ReviewReport['highlights'] {
  const therapist = turns.filter((t) => t.role === 'therapist');
  const empathic = therapist
    .filter((t) => empathyTotal(t.analysis) >= EMPATHY_HIGH_TOTAL)
    .sort((a, b) => empathyTotal(b.analysis) - empathyTotal(a.analysis) || b.analysis.empathy.ip - a.analysis.empathy.ip || a.index - b.index)
    .slice(0, HIGHLIGHTS_PER_KIND);
  const shown = new Set(empathic.map((t) => t.index));
  const balancedAll = therapist
    .filter((t) => t.analysis.balance.quadrant === 'attuned_and_clear' && t.analysis.balance.offBalance === null)
    .sort((a, b) => axisMin(b) - axisMin(a) || axisSum(b) - axisSum(a) || a.index - b.index);
  const balanced = [...balancedAll.filter((t) => !shown.has(t.index)), ...balancedAll.filter((t) => shown.has(t.index))].slice(0, HIGHLIGHTS_PER_KIND);
  return {
    empathic: empathic.map((t) => ({ turn: t.index, reason: empathicReason(t.analysis) })),
    balanced: balanced.map((t) => ({ turn: t.index, reason: balancedReason(t.analysis) })),
    problematic: problematic(turns, findings, resources),
  };
}

/**
 * What the highlights read from the data files: the suggestion wording (without it problematic turns
 * carry no alternative) and the stance lexicon (to see whether the client asked for advice).
 */
export type HighlightResources = Partial<Pick<Resources, 'suggestions' | 'lexicons'>>;

const axisMin = (t: ReviewTurn) => Math.min(t.analysis.balance.empathy, t.analysis.balance.assertiveness);
const axisSum = (t: ReviewTurn) => t.analysis.balance.empathy + t.analysis.balance.assertiveness;

function miWords(a: UtteranceAnalysis): string | null {
  if (a.mi?.behaviour === 'reflection') return a.mi.reflection === 'complex' ? 'a complex reflection' : 'a reflection';
  if (a.mi?.behaviour === 'question' && a.mi.question === 'open') return 'an open question';
  return null;
}

function empathicReason(a: UtteranceAnalysis): string {
  const mi = miWords(a);
  return `${empathyReason(a) ?? 'empathic'}${mi ? `; ${mi}` : ''}`;
}

function balancedReason(a: UtteranceAnalysis): string {
  const direction = markerReason(a.stanceMarkers, ASSERTIVE) ?? 'gives clear, respectful direction';
  const empathy = empathyReason(a);
  return `attuned and clear: ${direction}${empathy ? `, and ${empathy}` : ''}`;
}

function problematic(turns: readonly ReviewTurn[], findings: HighlightFindings, resources: HighlightResources): Highlight[] {
  const issues = new Map<number, Issue[]>();
  const add = (turn: number | null, issue: Issue) => {
    if (turn === null || turns[turn]?.role !== 'therapist') return;
    const list = issues.get(turn);
    if (list) list.push(issue);
    else issues.set(turn, [issue]);
  };
  // The first therapist turn after each turn: the reply that should have picked up what it showed.
  const nextTherapist: Array<number | null> = new Array<number | null>(turns.length).fill(null);
  let next: number | null = null;
  for (let i = turns.length - 1; i >= 0; i--) {
    nextTherapist[i] = next;
    if (turns[i].role === 'therapist') next = i;
  }
  const askedForAdvice = adviceRequestTest(resources);

  for (const t of turns) {
    if (t.role !== 'therapist') continue;
    const heard = clientWordsBefore(turns, t.index);
    for (const issue of turnIssues(t.analysis, heard, askedForAdvice(heard[0] ?? ''))) add(t.index, issue);
  }
  closedRuns(turns, (turn, run) => add(turn, { severity: 1.5, words: `${run.length} closed questions in a row (turns ${listWords(run.map((i) => String(i + 1)))})`, kind: 'open_question', situation: 'closed_run' }));
  for (const r of findings.ruptures) {
    if (r.repaired) continue;
    const what = r.kind === 'withdrawal' ? 'pulled back' : 'pushed back';
    const cue = r.cues[0];
    add(nextTherapist[r.turn] ?? null, { severity: 3.5, words: `the client ${what} at ${turnLabel(r.turn)}${cue ? ` (${cue.cue}: ${quote(cue.text, 40)})` : ''} and this reply does not repair it`, kind: 'invite_repair', situation: r.kind, rupture: r.kind });
  }
  for (const f of findings.focus) {
    if (f.refocused) continue;
    if (f.kind === 'therapist_self_disclosure') add(f.turn, { severity: 1.5, words: "the therapist's own story takes the focus, and it does not come back to the client", kind: 'refocus', situation: 'self_disclosure' });
    else add(nextTherapist[f.turn] ?? null, { severity: 1.5, words: `the client looked after the therapist at ${turnLabel(f.turn)}, and the focus stays off the client`, kind: 'refocus', situation: 'caretaking' });
  }
  for (const s of findings.safety) {
    if (s.denied || turns[s.turn]?.role === 'therapist') continue;
    const reply = nextTherapist[s.turn] ?? null;
    // Acknowledging takes warmth or understanding (ER, IP); a question alone moves past it.
    const e = reply === null ? null : turns[reply].analysis.empathy;
    if (reply !== null && e && e.er === 0 && e.ip === 0) {
      add(reply, { severity: 3, words: `does not acknowledge what the client said about ${SAFETY_WORDS[s.kind]} at ${turnLabel(s.turn)}`, kind: 'reflect_feeling', situation: 'risk' });
    }
  }

  const picked = [...issues.entries()]
    .map(([turn, list]) => ({ turn, list: [...list].sort((a, b) => b.severity - a.severity), severity: list.reduce((s, i) => s + i.severity, 0) }))
    .filter((x) => x.severity >= MIN_PROBLEM_SEVERITY)
    .sort((a, b) => b.severity - a.severity || a.turn - b.turn)
    .slice(0, HIGHLIGHTS_PER_KIND);
  // Alternatives in turn order, each avoiding the wording of the ones before, so a report does not repeat itself.
  const used = new Set<string>();
  const alternatives = new Map<number, string>();
  for (const { turn, list } of [...picked].sort((a, b) => a.turn - b.turn)) {
    const alternative = alternativeFor(turns, turn, list[0], resources, used);
    if (alternative) {
      alternatives.set(turn, alternative);
      used.add(alternative);
    }
  }
  return picked.map(({ turn, list }) => {
    const alternative = alternatives.get(turn);
    return { turn, reason: list.map((i) => i.words).join('; '), ...(alternative ? { alternative } : {}) };
  });
}

/** The client's last two turns before `index`, latest first: what a reply may quote. */
function clientWordsBefore(turns: readonly ReviewTurn[], index: number): string[] {
  const out: string[] = [];
  for (let i = index - 1; i >= 0 && out.length < 2; i--) if (turns[i].role === 'client') out.push(turns[i].text);
  return out;
}

const squash = (s: string) => s.toLowerCase().replace(/[’‘]/gu, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
// "You're quick to say it's not a big deal", "when you said…", "you called it…": reported words.
const REPORTED = /\b(?:say|says|said|saying|tell|told|telling|mentioned|call|called|calling|describe[ds]?|put it|words?|hear you|heard you)\b(?:\s+(?:that|it|was|is|like))?[\s,:"'“‘]*$/iu;

/**
 * Whether a marker is the therapist's own move: not the client's words said back (found in a recent
 * client turn, in quotation marks, or after "you said"), and not a courtesy shaped like an order.
 */
function ownMove(m: Marker, text: string, heard: readonly string[]): boolean {
  const at = text.slice(m.start, m.end) === m.text ? m.start : text.indexOf(m.text);
  const before = at >= 0 ? text.slice(Math.max(0, at - 40), at) : '';
  if (REPORTED.test(before)) return false;
  if (/["“][^"”]*$/u.test(before)) return false;
  const words = squash(m.text);
  if (words.includes(' ') && heard.some((h) => ` ${squash(h)} `.includes(` ${words} `))) return false;
  const sentenceStart = Math.max(text.lastIndexOf('.', at - 1), text.lastIndexOf('!', at - 1), text.lastIndexOf('?', at - 1)) + 1;
  if (at >= 0 && (COURTESY.test(text.slice(at)) || COURTESY.test(text.slice(sentenceStart).trimStart()))) return false;
  return true;
}

/**
 * The therapist's own markers of the given leanings and how much evidence they add up to: markers
 * that overlap one already counted (the same words read twice) add nothing, and a kind counts twice at most.
 */
function evidenceOf(markers: readonly Marker[] | undefined, leanings: ReadonlySet<string>, weights: EvidenceWeights, text: string, heard: readonly string[], skip: ReadonlySet<string> = new Set()): { markers: Marker[]; weight: number } {
  const own = (markers ?? []).filter((m) => leanings.has(m.leaning) && !skip.has(m.kind) && ownMove(m, text, heard));
  const weightOf = (m: Marker) => weights.byKind[m.kind] ?? weights.other;
  const perKind = new Map<string, number>();
  const counted: Marker[] = [];
  let weight = 0;
  for (const m of [...own].sort((x, y) => weightOf(y) - weightOf(x) || x.start - y.start)) {
    const n = perKind.get(m.kind) ?? 0;
    if (n >= (weights.perKind ?? 2) || counted.some((c) => m.start < c.end && c.start < m.end)) continue;
    perKind.set(m.kind, n + 1);
    counted.push(m);
    weight += weightOf(m);
  }
  return { markers: own, weight };
}

function adviceRequestTest(resources: HighlightResources): (clientText: string) => boolean {
  const lexicon = resources.lexicons?.['stance-markers'];
  const entry = lexicon?.entries.find((e) => e.kind === 'ctx_request_advice');
  if (!lexicon || !entry) return () => false;
  const only = { ...lexicon, entries: [entry] };
  return (clientText) => clientText !== '' && matchLexicon(only, clientText).length > 0;
}

const ADVICE_MARKERS = new Set(['unsolicited_advice']);

function turnIssues(a: UtteranceAnalysis, heard: readonly string[], clientAskedForAdvice: boolean): Issue[] {
  const out: Issue[] = [];
  const collaborative = (a.stanceMarkers ?? []).some((m) => COLLABORATIVE.has(m.kind) && ownMove(m, a.text, heard));
  const counter = (empathyTotal(a) >= EMPATHY_HIGH_TOTAL && a.mi?.behaviour === 'reflection' ? WARMTH_DISCOUNT : 0) + (collaborative ? STRONG : 0);
  const distant = empathyTotal(a) === 0 && a.mi?.behaviour === 'therapist_input';
  const kinds = new Set((a.stanceMarkers ?? []).map((m) => m.kind));
  const aggressive = evidenceOf(a.stanceMarkers, AGGRESSIVE, STANCE_EVIDENCE, a.text, heard, ADVICE_MARKERS);
  const aggressiveWeight = aggressive.weight + (a.stance === 'aggressive' ? MODEL_AGREES : 0) + (HOSTILE_STYLE.has(a.style) ? ALSO_AGREES : 0) + (distant ? ALSO_AGREES : 0) - counter;
  const isAggressive = aggressive.markers.length > 0 && aggressiveWeight >= MIN_EVIDENCE;
  if (isAggressive) {
    out.push({ severity: Math.min(3.5, 2 + aggressiveWeight / 2), words: `aggressive stance: ${markerReason(aggressive.markers, AGGRESSIVE) ?? 'confronts or directs without the client'}`, kind: null });
  }
  const passive = evidenceOf(a.stanceMarkers, PASSIVE, STANCE_EVIDENCE, a.text, heard);
  const passiveWeight = passive.weight + (a.stance === 'passive' ? MODEL_AGREES : 0);
  if (!isAggressive && passive.markers.length > 0 && passiveWeight >= MIN_EVIDENCE) {
    out.push({ severity: Math.min(3, 2 + passiveWeight / 2), words: `passive stance: ${markerReason(passive.markers, PASSIVE) ?? 'gives up a needed limit or direction'}`, kind: null });
  }
  // A tone is the therapist's problem only when their stance is not already clear and respectful.
  if (!isAggressive && HOSTILE_STYLE.has(a.style) && a.stance !== 'assertive') {
    const hostile = evidenceOf(a.markers, HOSTILE_STYLE, STYLE_EVIDENCE, a.text, heard);
    if (hostile.markers.length > 0 && hostile.weight - counter >= MIN_EVIDENCE) {
      const tone = a.style === 'aggressive' ? 'aggressive tone' : 'passive-aggressive tone';
      out.push({ severity: 2, words: `${tone}: ${markerReason(hostile.markers, HOSTILE_STYLE)}`, kind: null });
    }
  }
  // Advice needs permission unless the client asked for it; plain "advice" counts only when the MI coding agrees.
  const unsolicited = evidenceOf(a.stanceMarkers, AGGRESSIVE, STANCE_EVIDENCE, a.text, heard).markers.some((m) => ADVICE_MARKERS.has(m.kind));
  const advises = unsolicited || (kinds.has('advice') && a.stance === 'none' && a.mi?.behaviour === 'therapist_input');
  if (advises && !kinds.has('permission') && !kinds.has('autonomy') && !clientAskedForAdvice) {
    out.push({ severity: 1.5, words: 'gives advice without asking permission first', kind: 'ask_permission', situation: 'advice' });
  }
  return out;
}

/** Calls `flag` once per run of CLOSED_QUESTION_RUN therapist closed questions in a row, at the run's last turn so far. */
function closedRuns(turns: readonly ReviewTurn[], flag: (turn: number, run: readonly number[]) => void): void {
  let run: number[] = [];
  for (const t of turns) {
    if (t.role !== 'therapist') continue;
    const mi = t.analysis.mi;
    if (mi?.behaviour === 'question' && mi.question === 'closed') {
      run.push(t.index);
      if (run.length === CLOSED_QUESTION_RUN) flag(t.index, run);
    } else run = [];
  }
}

function alternativeFor(turns: readonly ReviewTurn[], index: number, top: Issue, resources: HighlightResources, avoid: ReadonlySet<string>): string | null {
  const templates = resources.suggestions;
  if (!templates) return null;
  let previous: ReviewTurn | undefined;
  for (let i = index - 1; i >= 0 && !previous; i--) if (turns[i].role !== 'therapist') previous = turns[i];
  const prev = previous ? { text: previous.analysis.text, markers: previous.analysis.markers } : null;
  const a = turns[index].analysis;
  const base = { templates, avoid, ...(top.rupture ? { rupture: top.rupture } : {}) };
  const chosen = suggestAlternative(a, prev, { ...base, ...(top.kind ? { kind: top.kind } : {}), ...(top.situation ? { situation: top.situation } : {}) });
  // A reflection of the client's last turn is always possible and rarely wrong.
  return (chosen ?? suggestAlternative(a, prev, { ...base, kind: 'reflect_feeling' }))?.example ?? null;
}
