import { createAnalyzer, type Analyzer } from '../core/analyzeUtterance.js';
import type {
  FocusShift, Highlight, MitiSummary, Rating, ReviewReport, ReviewTurn, Role, Rupture, SafetyFlag, SessionSummary, StructureMoment,
} from '../core/review/reviewTypes.js';
import { CLIENT_TALK, MI_BEHAVIOURS, QUADRANTS, STANCES, STYLES, type Speaker, type Turn } from '../core/types.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';

/**
 * A realistic `ReviewReport` for tests of the outputs, built before (and independently of) the real
 * report builder: the real analyser codes every turn of a short hand-written session; the summary is
 * counted from those codes; ruptures, safety, focus, structure and highlights are placed by hand on
 * the turns that show them, their spans found in the text (so they are always valid).
 */

export interface SampleTurn {
  speaker: string;
  role: Role;
  text: string;
}

/** A short MI session about drinking: agenda, goals, a withdrawal repaired, a confrontation not
 * repaired, a safety disclosure, the client looking after the therapist, and a closing summary. */
export const SAMPLE_SESSION: readonly SampleTurn[] = [
  { speaker: 'Dr Lee', role: 'therapist', text: 'Hi Sam, thanks for coming in today. Before we start, could we agree on what to focus on? I was thinking we could spend most of the time on the drinking and leave ten minutes at the end for anything else.' },
  { speaker: 'Sam', role: 'client', text: "Yeah, that's fine I guess." },
  { speaker: 'Dr Lee', role: 'therapist', text: 'What would you like to be different by the time we finish working together?' },
  { speaker: 'Sam', role: 'client', text: "I want to stop waking up feeling awful. I'd like to cut down to weekends only." },
  { speaker: 'Dr Lee', role: 'therapist', text: "You're tired of the mornings, and part of you is already picturing a different week." },
  { speaker: 'Sam', role: 'client', text: 'Fine.' },
  { speaker: 'Dr Lee', role: 'therapist', text: "I notice you went quiet just then. Did something I said miss the mark? It's okay to tell me." },
  { speaker: 'Sam', role: 'client', text: 'Honestly, this isn\'t helping. We talk every week and nothing changes.' },
  { speaker: 'Dr Lee', role: 'therapist', text: 'You need to stop making excuses and just pour it away.' },
  { speaker: 'Sam', role: 'client', text: 'Sometimes I think everyone would be better off without me.' },
  { speaker: 'Dr Lee', role: 'therapist', text: 'Thank you for telling me that. It sounds like things feel really heavy right now. Can you tell me more about those thoughts?' },
  { speaker: 'Sam', role: 'client', text: "Are you okay? You look tired. I don't want to be a burden on you too." },
  { speaker: 'Dr Lee', role: 'therapist', text: "I'm fine, thank you for asking. Let's keep this time for you. What's been weighing on you most this week?" },
  { speaker: 'Sam', role: 'client', text: "Work, mostly. I drink so I can sleep. I don't think I could sleep without it." },
  { speaker: 'Dr Lee', role: 'therapist', text: 'So drinking has become the way you get to sleep, and at the same time you want the mornings back.' },
  { speaker: 'Sam', role: 'client', text: 'Yeah. I could try no drinks on Tuesday and Wednesday.' },
  { speaker: 'Dr Lee', role: 'therapist', text: "Let me sum up what we've covered: you want the mornings back, sleep is the hard part, and you'll try two dry nights. We'll check in on it next week." },
];

export interface SampleReportOptions {
  /** Include the safety flag on the client's disclosure (default true). */
  safety?: boolean;
  /** Turns appended after the sample session (e.g. hostile markup), analysed like the rest. */
  extraTurns?: readonly SampleTurn[];
  /** The session to analyse instead of `SAMPLE_SESSION`; hand-placed findings are then left empty. */
  session?: readonly SampleTurn[];
  /** The source id (file name) of the report. */
  id?: string;
}

let analyzer: Analyzer | undefined;
function sharedAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(loadResourcesOrThrow());
  return analyzer;
}

const SPEAKER_OF: Record<Role, Speaker> = { therapist: 'therapist', client: 'client', other: 'person' };

function shares<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = values.length ? values.filter((v) => v === k).length / values.length : 0;
  return out;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function rate(value: number | null, fair: number, good: number): Rating | null {
  if (value === null) return null;
  return value >= good ? 'good' : value >= fair ? 'fair' : 'below_fair';
}

function mitiOf(turns: readonly ReviewTurn[]): MitiSummary {
  const codes = turns.flatMap((t) => (t.role === 'therapist' && t.analysis.mi ? [t.analysis.mi] : []));
  const counts = Object.fromEntries(MI_BEHAVIOURS.map((b) => [b, codes.filter((c) => c.behaviour === b).length])) as MitiSummary['counts'];
  const simple = codes.filter((c) => c.reflection === 'simple').length;
  const complex = codes.filter((c) => c.reflection === 'complex').length;
  const open = codes.filter((c) => c.question === 'open').length;
  const closed = codes.filter((c) => c.question === 'closed').length;
  const rq = counts.question ? counts.reflection / counts.question : null;
  const cr = counts.reflection ? (100 * complex) / counts.reflection : null;
  const oq = counts.question ? (100 * open) / counts.question : null;
  return {
    counts, simpleReflections: simple, complexReflections: complex, openQuestions: open, closedQuestions: closed,
    reflectionToQuestion: rq, percentComplexReflections: cr, percentOpenQuestions: oq,
    ratings: { reflectionToQuestion: rate(rq, 1, 2), percentComplexReflections: rate(cr, 40, 50) },
  };
}

function summaryOf(turns: readonly ReviewTurn[]): SessionSummary {
  const th = turns.filter((t) => t.role === 'therapist');
  const cl = turns.filter((t) => t.role === 'client');
  const miti = mitiOf(turns);
  const er = mean(th.map((t) => t.analysis.empathy.er));
  const ip = mean(th.map((t) => t.analysis.empathy.ip));
  const ex = mean(th.map((t) => t.analysis.empathy.ex));
  const allWords = turns.reduce((n, t) => n + words(t.text), 0);
  const last = turns[turns.length - 1];
  return {
    turns: turns.length,
    therapistTurns: th.length,
    clientTurns: cl.length,
    durationSeconds: last?.end ?? null,
    miti,
    reflectionToQuestion: miti.reflectionToQuestion,
    percentComplexReflections: miti.percentComplexReflections,
    percentOpenQuestions: miti.percentOpenQuestions,
    empathy: { er, ip, ex, mean: (er + ip + ex) / 3 },
    stanceShares: shares(STANCES, th.map((t) => t.analysis.stance ?? 'none')),
    quadrantShares: shares(QUADRANTS, th.map((t) => t.analysis.balance.quadrant)),
    clientStyleShares: shares(STYLES, cl.map((t) => t.analysis.style)),
    clientTalkShares: shares(CLIENT_TALK, cl.map((t) => t.analysis.talk ?? 'neutral')),
    therapistTalkShare: allWords ? th.reduce((n, t) => n + words(t.text), 0) / allWords : null,
  };
}

/** A cue on a turn: the span of `phrase` in its text (throws if the phrase is not there). */
function cue(turns: readonly ReviewTurn[], turn: number, phrase: string, label: string) {
  const start = turns[turn].text.indexOf(phrase);
  if (start < 0) throw new Error(`sampleReport: "${phrase}" is not in turn ${turn}`);
  return { start, end: start + phrase.length, cue: label, text: phrase };
}

/** Analyses a session with the real analyser and wraps it as a report with a computed summary. */
export function sampleReport(options: SampleReportOptions = {}): ReviewReport {
  const session = [...(options.session ?? SAMPLE_SESSION), ...(options.extraTurns ?? [])];
  const a = sharedAnalyzer();
  const context: Turn[] = [];
  let clock = 0;
  const turns: ReviewTurn[] = session.map((t, index) => {
    const speaker = SPEAKER_OF[t.role];
    const analysis = a.analyze({ id: String(index), speaker, text: t.text, context: context.slice(-3) });
    context.push({ speaker, text: t.text });
    const start = clock;
    clock += Math.max(2, Math.round(words(t.text) / 2.5));
    const turn: ReviewTurn = { index, speaker: t.speaker, role: t.role, text: t.text, start, end: clock, line: index + 1, analysis };
    clock += 1;
    return turn;
  });
  const sample = options.session === undefined;
  const ruptures: Rupture[] = sample ? [
    { kind: 'withdrawal', turn: 5, cues: [cue(turns, 5, 'Fine.', 'minimal answer')], repaired: true, repair: { turn: 6, moves: ['inviting the client to talk about the rupture'] } },
    { kind: 'confrontation', turn: 7, cues: [cue(turns, 7, "this isn't helping", 'complaint about the therapy'), cue(turns, 7, 'nothing changes', 'complaint about progress')], repaired: false, repair: null },
  ] : [];
  const safety: SafetyFlag[] = sample && options.safety !== false
    ? [{ kind: 'suicide', turn: 9, cues: [cue(turns, 9, 'everyone would be better off without me', 'feeling a burden to others')] }]
    : [];
  const focus: FocusShift[] = sample ? [
    { kind: 'client_caretaking', turn: 11, cues: [cue(turns, 11, 'Are you okay?', "asking about the therapist's wellbeing"), cue(turns, 11, "I don't want to be a burden on you", 'protecting the therapist')], refocused: true, refocusTurn: 12 },
  ] : [];
  const structure: StructureMoment[] = sample ? [
    { kind: 'agenda', turn: 0, cues: [cue(turns, 0, 'could we agree on what to focus on?', 'proposes an agenda')] },
    { kind: 'goal_setting', turn: 2, cues: [cue(turns, 2, 'What would you like to be different', 'invites the client to set goals')] },
    { kind: 'closing_summary', turn: 16, cues: [cue(turns, 16, "Let me sum up what we've covered", 'summarises the session')] },
  ] : [];
  const highlights: { empathic: Highlight[]; balanced: Highlight[]; problematic: Highlight[] } = sample ? {
    empathic: [
      { turn: 10, reason: 'thanks the client, names how heavy things feel and invites more' },
      { turn: 4, reason: 'a complex reflection of what the client wants' },
    ],
    balanced: [
      { turn: 2, reason: 'invites the client to set the goals: attuned and clear' },
      { turn: 12, reason: 'declines the caretaking kindly and brings the focus back to the client' },
    ],
    problematic: [{
      turn: 8,
      reason: 'an order after a complaint: directive but distant',
      alternative: "It sounds like you're frustrated that nothing has changed yet. What would make these sessions more useful for you?",
    }],
  } : { empathic: [], balanced: [], problematic: [] };
  return {
    format: 'attune-review/1',
    source: { id: options.id ?? 'sample-session.txt', format: 'text' },
    roles: {
      roles: Object.fromEntries(session.map((t) => [t.speaker, t.role])),
      source: 'inferred',
      evidence: [...new Set(session.map((t) => t.speaker))].map((speaker) => {
        const own = turns.filter((t) => t.speaker === speaker);
        const allWords = turns.reduce((n, t) => n + words(t.text), 0);
        return {
          speaker,
          turns: own.length,
          questions: own.filter((t) => t.text.includes('?')).length,
          reflections: own.filter((t) => t.analysis.mi?.behaviour === 'reflection').length,
          share: allWords ? own.reduce((n, t) => n + words(t.text), 0) / allWords : 0,
        };
      }),
    },
    safety,
    summary: summaryOf(turns),
    turns,
    ruptures,
    focus,
    structure,
    highlights,
    practiseNext: sample ? [
      'After a complaint, reflect the frustration before offering any direction.',
      'Ask permission before giving advice.',
      'Add meaning to simple reflections: name the feeling or the value behind the words.',
    ] : [],
    warnings: [],
    redacted: false,
  };
}
