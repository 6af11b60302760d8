import { EMPATHY_HIGH_TOTAL } from '../balance.js';
import { suggestAlternative, type SuggestionKind } from '../suggest/suggestAlternative.js';
import type { UtteranceAnalysis } from '../types.js';
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
 * a reply that leaves a rupture unrepaired (its repair is then the alternative), 3 for aggression
 * and an unacknowledged risk,
 * 2–2.5 for losing the balance, 1.5 for habits (closed runs, advice without permission, focus drift).
 * `kind` picks the alternative; null lets `suggestAlternative` choose from the turn's codes.
 */
interface Issue {
  severity: number;
  words: string;
  kind: SuggestionKind | null;
  rupture?: RuptureKind;
}

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
 * - problematic: see `Issue`; highest summed severity first, earlier first.
 */
export function pickHighlights(turns: readonly ReviewTurn[], findings: HighlightFindings): ReviewReport['highlights'] {
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
    problematic: problematic(turns, findings),
  };
}

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

function problematic(turns: readonly ReviewTurn[], findings: HighlightFindings): Highlight[] {
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

  for (const t of turns) {
    if (t.role !== 'therapist') continue;
    for (const issue of turnIssues(t.analysis)) add(t.index, issue);
  }
  closedRuns(turns, (turn, run) => add(turn, { severity: 1.5, words: `${run.length} closed questions in a row (turns ${listWords(run.map((i) => String(i + 1)))})`, kind: 'open_question' }));
  for (const r of findings.ruptures) {
    if (r.repaired) continue;
    const what = r.kind === 'withdrawal' ? 'pulled back' : 'pushed back';
    const cue = r.cues[0];
    add(nextTherapist[r.turn] ?? null, { severity: 3.5, words: `the client ${what} at ${turnLabel(r.turn)}${cue ? ` (${cue.cue}: ${quote(cue.text, 40)})` : ''} and this reply does not repair it`, kind: 'invite_repair', rupture: r.kind });
  }
  for (const f of findings.focus) {
    if (f.refocused) continue;
    if (f.kind === 'therapist_self_disclosure') add(f.turn, { severity: 1.5, words: "the therapist's own story takes the focus, and it does not come back to the client", kind: 'refocus' });
    else add(nextTherapist[f.turn] ?? null, { severity: 1.5, words: `the client looked after the therapist at ${turnLabel(f.turn)}, and the focus stays off the client`, kind: 'refocus' });
  }
  for (const s of findings.safety) {
    if (s.denied || turns[s.turn]?.role === 'therapist') continue;
    const reply = nextTherapist[s.turn] ?? null;
    // Acknowledging takes warmth or understanding (ER, IP); a question alone moves past it.
    const e = reply === null ? null : turns[reply].analysis.empathy;
    if (reply !== null && e && e.er === 0 && e.ip === 0) {
      add(reply, { severity: 3, words: `does not acknowledge what the client said about ${SAFETY_WORDS[s.kind]} at ${turnLabel(s.turn)}`, kind: 'reflect_feeling' });
    }
  }

  return [...issues.entries()]
    .map(([turn, list]) => ({ turn, list: [...list].sort((a, b) => b.severity - a.severity), severity: list.reduce((s, i) => s + i.severity, 0) }))
    .sort((a, b) => b.severity - a.severity || a.turn - b.turn)
    .slice(0, HIGHLIGHTS_PER_KIND)
    .map(({ turn, list }) => ({ turn, reason: list.map((i) => i.words).join('; '), alternative: alternativeFor(turns, turn, list[0]) }));
}

function turnIssues(a: UtteranceAnalysis): Issue[] {
  const out: Issue[] = [];
  const kinds = new Set((a.stanceMarkers ?? []).map((m) => m.kind));
  if (a.stance === 'aggressive') {
    out.push({ severity: 3, words: `aggressive stance: ${markerReason(a.stanceMarkers, AGGRESSIVE) ?? 'confronts or directs without the client'}`, kind: null });
  } else if (a.stance === 'passive') {
    out.push({ severity: 2.5, words: `passive stance: ${markerReason(a.stanceMarkers, PASSIVE) ?? 'gives up a needed limit or direction'}`, kind: null });
  }
  if (a.stance !== 'aggressive' && HOSTILE_STYLE.has(a.style)) {
    const tone = a.style === 'aggressive' ? 'aggressive tone' : 'passive-aggressive tone';
    const cues = markerReason(a.markers, HOSTILE_STYLE);
    out.push({ severity: 2, words: cues ? `${tone}: ${cues}` : tone, kind: null });
  }
  const advises = kinds.has('unsolicited_advice') || (kinds.has('advice') && a.stance === 'none');
  if (a.stance !== 'aggressive' && advises && !kinds.has('permission')) {
    out.push({ severity: 1.5, words: 'gives advice without asking permission first', kind: 'ask_permission' });
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

function alternativeFor(turns: readonly ReviewTurn[], index: number, top: Issue): string {
  let previous: ReviewTurn | undefined;
  for (let i = index - 1; i >= 0 && !previous; i--) if (turns[i].role !== 'therapist') previous = turns[i];
  const prev = previous ? { text: previous.analysis.text, markers: previous.analysis.markers } : null;
  const a = turns[index].analysis;
  const chosen = suggestAlternative(a, prev, { ...(top.kind ? { kind: top.kind } : {}), ...(top.rupture ? { rupture: top.rupture } : {}) });
  // A reflection of the client's last turn is always possible and rarely wrong.
  return (chosen ?? suggestAlternative(a, prev, { kind: 'reflect_feeling' }))?.example ?? '';
}
