import type { Marker, UtteranceAnalysis } from '../types.js';
import type { FeedbackEvidence, FiredRule, Suggester, Suggestion, TurnFeedback } from './practiceTypes.js';
import type { Scenario } from './scenario.js';
import { SKILL_INFO, type Skill } from './skills.js';

const MECHANISM = { er: 'emotional reaction', ip: 'interpretation', ex: 'exploration' } as const;
const LEVEL = ['none', 'weak', 'strong'] as const;
const MECHANISM_PRAISE = {
  er: 'You showed warmth',
  ip: 'You showed you understood what they feel',
  ex: 'You invited them to say more',
} as const;

/**
 * Praise for the moves that keep the balance (primer §3, §4, §7), by marker kind. Moves that can be
 * right or wrong depending on context (advice, information) are not praised on their own.
 */
const MARKER_PRAISE: Record<string, string> = {
  // style (anyone)
  i_statement: 'You spoke for yourself',
  feeling_word: 'You named a feeling',
  need_statement: 'You named your need',
  specific_request: 'You made a clear request',
  clear_no: 'You said no plainly',
  alternative_offer: 'You offered an alternative',
  acknowledgement: 'You acknowledged the other side',
  // stance (therapist)
  agenda: 'You set an agenda',
  focus: 'You set a focus',
  redirect: 'You brought the conversation back',
  boundary: 'You stated the limit plainly',
  limit_with_alternative: 'You paired the limit with an alternative',
  permission: 'You asked permission and left the choice with them',
  autonomy: 'You left the choice with them',
  rationale: 'You gave your reason',
  feedback: 'You shared an observation without judging',
  process_transparency: 'You were open about the process',
  goal_setting: 'You worked on goals together',
  time_keeping: 'You kept the time',
  summary_with_direction: 'You summarised and gave direction',
  collaborative_proposal: 'You proposed the next step together',
};

/** Marker kinds that carry no lean and say little to a learner. */
const QUIET_KINDS = new Set(['filler', 'agreement', 'acquiescence', 'reflective_frame']);

const words = (m: { start: number; end: number }, text: string) => text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
const spoken = (kind: string) => kind.replace(/_/g, ' ').replace(/\bi statement\b/, '"I" statement');

function markerTone(m: Marker): FeedbackEvidence['tone'] {
  if (m.leaning === 'assertive') return 'good';
  if (m.leaning === 'aggressive' || m.leaning === 'passive' || m.leaning === 'passive_aggressive') return 'off';
  return 'neutral';
}

/** What the reply did, with the words that carried each reading. */
export function describeReply(a: UtteranceAnalysis): FeedbackEvidence[] {
  const out: FeedbackEvidence[] = [];
  for (const k of ['er', 'ip', 'ex'] as const) {
    if (a.empathy[k] === 0) continue;
    out.push({
      aspect: 'empathy',
      kind: k,
      label: `${MECHANISM[k]} (${LEVEL[a.empathy[k]]})`,
      tone: 'good',
      words: a.empathy.rationales.filter((r) => r.mechanism === k).map((r) => words(r, a.text)),
    });
  }
  const styleMarkers = a.markers.filter((m) => !QUIET_KINDS.has(m.kind));
  const stanceMarkers = (a.stanceMarkers ?? []).filter((m) => !QUIET_KINDS.has(m.kind));
  if (a.stance !== undefined) {
    const tone = a.stance === 'assertive' ? 'good' : a.stance === 'none' ? 'neutral' : 'off';
    out.push({ aspect: 'stance', kind: a.stance, label: a.stance === 'none' ? 'stance: following (no directive move)' : `stance: ${a.stance}`, tone, words: stanceMarkers.filter((m) => m.leaning === a.stance).map((m) => words(m, a.text)) });
  } else {
    const tone = a.style === 'assertive' ? 'good' : a.style === 'neutral' ? 'neutral' : 'off';
    out.push({ aspect: 'style', kind: a.style, label: `style: ${a.style.replace('_', '-')}`, tone, words: styleMarkers.filter((m) => m.leaning === a.style).map((m) => words(m, a.text)) });
  }
  const seen = new Set<string>();
  for (const m of [...stanceMarkers, ...styleMarkers]) {
    const key = `${m.kind}:${m.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ aspect: 'marker', kind: m.kind, label: spoken(m.kind), tone: markerTone(m), words: [words(m, a.text)] });
  }
  if (a.mi) {
    const sub = a.mi.reflection ?? a.mi.question;
    const good = a.mi.reflection === 'complex' || a.mi.question === 'open';
    out.push({ aspect: 'mi', kind: a.mi.behaviour, label: `${a.mi.behaviour.replace('_', ' ')}${sub ? ` (${sub})` : ''}`, tone: good ? 'good' : 'neutral', words: [] });
  }
  out.push({ aspect: 'balance', kind: a.balance.quadrant, label: a.balance.label, tone: a.balance.quadrant === 'attuned_and_clear' ? 'good' : a.balance.offBalance ? 'off' : 'neutral', words: [] });
  return out;
}

const quoteList = (ws: string[]) => ws.slice(0, 2).map((w) => `"${w.length > 70 ? `${w.slice(0, 67)}…` : w}"`).join(', ');

/**
 * Positive reinforcement: what the scenario praises, then each balancing move the core found, with
 * its words. At most `max` items, so it stays readable.
 */
function wentWell(a: UtteranceAnalysis, fired: readonly FiredRule[], scenario: Scenario, max = 3): string[] {
  const out: string[] = [];
  const rulesById = new Map(scenario.rules.map((r) => [r.id, r]));
  for (const f of fired) {
    const praise = rulesById.get(f.id)?.praise;
    if (praise && !out.includes(praise)) out.push(praise);
  }
  // Warm words inside an attack are not warmth ("Come on, everyone feels like that"): only the
  // scenario's own praise is given for a reply that loses the balance on the aggressive side.
  if (a.balance.offBalance === 'aggressive') return out.slice(0, max);
  for (const k of ['ip', 'ex', 'er'] as const) {
    if (a.empathy[k] === 0) continue;
    const ws = a.empathy.rationales.filter((r) => r.mechanism === k).map((r) => words(r, a.text));
    out.push(ws.length ? `${MECHANISM_PRAISE[k]}: ${quoteList(ws)}` : `${MECHANISM_PRAISE[k]}.`);
  }
  const praised = new Set<string>();
  for (const m of [...(a.stanceMarkers ?? []), ...a.markers]) {
    const phrase = MARKER_PRAISE[m.kind];
    // A move is only praised while the reply keeps its balance: "I don't want to interrupt, tell me
    // whatever you want" holds no limit, whatever its first words.
    if (!phrase || praised.has(m.kind) || m.leaning !== 'assertive' || a.balance.offBalance === 'passive') continue;
    praised.add(m.kind);
    // An authored praise saying the same thing wins; the words are in "what the reply did".
    if (out.some((p) => p.replace(/\.$/, '') === phrase)) continue;
    out.push(`${phrase}: ${quoteList([words(m, a.text)])}`);
  }
  if (a.mi?.reflection === 'complex' && !out.some((s) => s.startsWith(MECHANISM_PRAISE.ip))) out.push('Your reflection added meaning to what they said.');
  return out.slice(0, max);
}

/**
 * The one suggestion: the first fired rule's tip (the scenario knows the situation best), else the
 * rewrite suggester (it builds an example from the learner's own words), else the tip of the first
 * trained skill this reply missed or did not show (the scenario's `skill_tips` wording first). Null when the reply showed every trained skill and
 * nothing asked for a change.
 */
function suggestion(a: UtteranceAnalysis, fired: readonly FiredRule[], scenario: Scenario, previous: { text: string; markers?: readonly Marker[] } | null, suggest: Suggester | undefined): Suggestion | null {
  const rulesById = new Map(scenario.rules.map((r) => [r.id, r]));
  const withTip = fired.map((f) => rulesById.get(f.id)).find((r) => r?.tip !== undefined);
  const rewrite = suggest ? suggest(a, previous) : null;
  if (withTip?.tip) {
    const skill = withTip.misses[0] ?? withTip.shows[0];
    return { kind: skill ?? withTip.id, advice: withTip.tip, example: withTip.example ?? rewrite?.example ?? null, source: 'scenario' };
  }
  if (rewrite) return { kind: rewrite.kind, advice: rewrite.advice, example: rewrite.example, source: 'suggester' };
  const shown = new Set<Skill>(fired.flatMap((f) => f.shows));
  const missed: Skill[] = fired.flatMap((f) => f.misses);
  const skill = missed.find((s) => !shown.has(s)) ?? scenario.skills.find((s) => !shown.has(s));
  if (!skill) return null;
  const own = scenario.skill_tips[skill];
  return { kind: skill, advice: own?.tip ?? SKILL_INFO[skill].tip, example: own ? own.example ?? null : SKILL_INFO[skill].example, source: 'skill' };
}

/** Feedback on one reply: what it did, how it landed, what went well and one thing to try. */
export function buildFeedback(
  analysis: UtteranceAnalysis,
  fired: readonly FiredRule[],
  scenario: Scenario,
  previous: { text: string; markers?: readonly Marker[] } | null,
  suggest?: Suggester,
): TurnFeedback {
  return {
    did: describeReply(analysis),
    reaction: fired.flatMap((f) => (f.note ? [f.note] : [])),
    wentWell: wentWell(analysis, fired, scenario),
    suggestion: suggestion(analysis, fired, scenario, previous, suggest),
  };
}
