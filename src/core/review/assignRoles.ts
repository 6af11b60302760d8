import type { Analyzer } from '../analyzeUtterance.js';
import type { Turn } from '../types.js';
import type { Role, RoleAssignment, Transcript } from './reviewTypes.js';

/** Speaker names the user gave for each role (`--therapist`, `--client`). */
export interface NamedRoles {
  therapist?: readonly string[];
  client?: readonly string[];
}

/**
 * Turns per speaker analysed for the evidence: enough to tell a counsellor from a client (who rarely
 * reflects), few enough that the inference costs a fraction of the review. Spread over the session.
 */
export const EVIDENCE_SAMPLE = 40;
/** A speaker with fewer turns than this share of the busiest speaker's is not a main speaker. */
const MAIN_SPEAKER_SHARE = 0.2;
const CONTEXT_TURNS = 3;

const norm = (name: string) => name.trim().toLowerCase();

/**
 * Decides each speaker's role, in this order:
 * 1. names given by the user (case-insensitive) when at least one matches a speaker; a role left
 *    unnamed goes to the busiest unnamed speaker (in a two-person session, simply the other one) and
 *    every further speaker is `other`; a name given for both roles counts as therapist;
 * 2. the roles the file states, when they cover every speaker;
 * 3. inference: among the main speakers, the therapist is the one whose turns, analysed as a
 *    therapist's, are most often coded reflection or question (`share`), with how much they address
 *    the other person (`secondPersonShare`: "you/your" among their person pronouns, smoothed) added to
 *    it: counsellors talk about the client, clients about themselves. Over the 106 AnnoMI training
 *    sessions the share alone missed 10 and the sum 1 (a one-off check, not a test). The busiest of the
 *    others is the client.
 * `evidence` is filled when the roles are inferred: per speaker, how many turns, and in a sample of at
 * most EVIDENCE_SAMPLE of them (`analysed`) how many were coded question and reflection, and their
 * share. Named or stated roles need no inference, so nothing is analysed for them (that sample would
 * otherwise cost a third more analysis on a short session) and `evidence` is empty.
 * Pass a memoising analyser (`memoizeAnalyzer`) to reuse these analyses in the review.
 */
export function assignRoles(transcript: Transcript, analyzer: Analyzer, named: NamedRoles = {}): RoleAssignment {
  const turnsOf = new Map<string, number[]>();
  transcript.turns.forEach((t, i) => {
    const list = turnsOf.get(t.speaker);
    if (list) list.push(i);
    else turnsOf.set(t.speaker, [i]);
  });
  const speakers = [...turnsOf.keys()]; // in order of first appearance
  const byFlags = rolesFromNames(speakers, turnsOf, named);
  if (byFlags) return { roles: byFlags, source: 'flags', evidence: [] };
  const byFile = rolesFromFile(speakers, transcript.statedRoles);
  if (byFile) return { roles: byFile, source: 'file', evidence: [] };
  const evidence = speakers.map((speaker) => evidenceFor(transcript, analyzer, speaker, turnsOf.get(speaker) ?? []));
  return { roles: inferRoles(evidence), source: 'inferred', evidence };
}

type Evidence = RoleAssignment['evidence'][number];

function evidenceFor(transcript: Transcript, analyzer: Analyzer, speaker: string, indices: readonly number[]): Evidence {
  const sample = spread(indices, EVIDENCE_SAMPLE);
  let questions = 0;
  let reflections = 0;
  for (const i of sample) {
    const context: Turn[] = transcript.turns
      .slice(Math.max(0, i - CONTEXT_TURNS), i)
      .map((t) => ({ speaker: t.speaker === speaker ? 'therapist' : 'client', text: t.text }));
    const mi = analyzer.analyze({ speaker: 'therapist', text: transcript.turns[i].text, context }).mi;
    if (mi?.behaviour === 'question') questions++;
    else if (mi?.behaviour === 'reflection') reflections++;
  }
  const share = sample.length ? round3((questions + reflections) / sample.length) : 0;
  let second = 0;
  let first = 0;
  for (const i of indices) {
    const text = transcript.turns[i].text;
    second += text.match(SECOND_PERSON)?.length ?? 0;
    first += text.match(FIRST_PERSON)?.length ?? 0;
  }
  const secondPersonShare = round3((second + 1) / (second + first + 2));
  return { speaker, turns: indices.length, questions, reflections, share, analysed: sample.length, secondPersonShare };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|you['’](?:re|ve|d|ll))\b/giu;
const FIRST_PERSON = /\b(?:I|me|my|mine|myself|I['’](?:m|ve|d|ll))\b/gu;

/** At most `n` items evenly spread over `items`, in order. */
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, k) => items[Math.floor((k * items.length) / n)]);
}

/** The unnamed speaker with the most turns (first to speak on ties). */
function busiest(speakers: readonly string[], turnsOf: ReadonlyMap<string, readonly number[]>): string | undefined {
  let best: string | undefined;
  for (const s of speakers) if (best === undefined || (turnsOf.get(s)?.length ?? 0) > (turnsOf.get(best)?.length ?? 0)) best = s;
  return best;
}

function rolesFromNames(speakers: readonly string[], turnsOf: ReadonlyMap<string, readonly number[]>, named: NamedRoles): Record<string, Role> | null {
  const therapist = new Set((named.therapist ?? []).map(norm));
  const client = new Set((named.client ?? []).map(norm));
  const roles: Record<string, Role> = {};
  for (const s of speakers) {
    if (therapist.has(norm(s))) roles[s] = 'therapist';
    else if (client.has(norm(s))) roles[s] = 'client';
  }
  if (Object.keys(roles).length === 0) return null;
  const unnamed = speakers.filter((s) => !(s in roles));
  const assigned = new Set(Object.values(roles));
  for (const missing of ['therapist', 'client'] as const) {
    if (assigned.has(missing)) continue;
    const s = busiest(unnamed.filter((u) => !(u in roles)), turnsOf);
    if (s !== undefined) roles[s] = missing;
  }
  for (const s of unnamed) roles[s] ??= 'other';
  return roles;
}

function rolesFromFile(speakers: readonly string[], stated: Readonly<Record<string, Role>>): Record<string, Role> | null {
  if (speakers.length === 0) return null;
  const lower = new Map(Object.entries(stated).map(([k, v]) => [norm(k), v]));
  const roles: Record<string, Role> = {};
  for (const s of speakers) {
    const r = stated[s] ?? lower.get(norm(s));
    if (r === undefined) return null;
    roles[s] = r;
  }
  return roles;
}

function inferRoles(evidence: readonly Evidence[]): Record<string, Role> {
  const roles: Record<string, Role> = {};
  if (evidence.length === 0) return roles;
  const maxTurns = Math.max(...evidence.map((e) => e.turns));
  let main = evidence.filter((e) => e.turns >= MAIN_SPEAKER_SHARE * maxTurns);
  if (main.length === 1 && evidence.length > 1) {
    const second = [...evidence].filter((e) => e !== main[0]).sort((a, b) => b.turns - a.turns)[0];
    main = evidence.filter((e) => e === main[0] || e === second);
  }
  // Highest score; more turns, then earlier, break ties (stable sort).
  const score = (e: Evidence) => e.share + (e.secondPersonShare ?? 0.5);
  const therapist = [...main].sort((a, b) => score(b) - score(a) || b.turns - a.turns)[0];
  const client = [...main].filter((e) => e !== therapist).sort((a, b) => b.turns - a.turns)[0];
  for (const e of evidence) roles[e.speaker] = e === therapist ? 'therapist' : e === client ? 'client' : 'other';
  return roles;
}
