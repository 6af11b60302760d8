import { CLIENT_TALK, QUADRANTS, STANCES, STYLES, type ClientTalk, type Quadrant, type Stance, type Style } from '../types.js';
import { mitiSummary } from './mitiSummary.js';
import type { ReviewTurn, SessionSummary } from './reviewTypes.js';

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** Words as the tokenizer counts them (letters/digits with inner apostrophes or hyphens). */
const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Share (0..1, three decimals) of each label among `values`; all zero when there are none. */
function shares<K extends string>(labels: readonly K[], values: readonly (K | undefined)[]): Record<K, number> {
  const out = Object.fromEntries(labels.map((l) => [l, 0])) as Record<K, number>;
  let n = 0;
  for (const v of values) {
    if (v === undefined) continue;
    out[v]++;
    n++;
  }
  if (n > 0) for (const l of labels) out[l] = round3(out[l] / n);
  return out;
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/**
 * The session in numbers (domain primer §1, §2, §5): MITI scores from the therapist's MI codes, mean
 * EPITOME levels (0..2) of the therapist's turns, the share (0..1) of therapist turns per stance and
 * balance quadrant, the share of client turns per style and talk type, the therapist's share of the
 * words (0..1; null without words) and the duration in seconds (last end or start minus first start;
 * null when the file has no times). Turns with no text still count as turns.
 */
export function sessionSummary(turns: readonly ReviewTurn[]): SessionSummary {
  const therapist = turns.filter((t) => t.role === 'therapist');
  const client = turns.filter((t) => t.role === 'client');
  const miti = mitiSummary(therapist.map((t) => t.analysis.mi));
  const er = mean(therapist.map((t) => t.analysis.empathy.er));
  const ip = mean(therapist.map((t) => t.analysis.empathy.ip));
  const ex = mean(therapist.map((t) => t.analysis.empathy.ex));
  let therapistWords = 0;
  let allWords = 0;
  for (const t of turns) {
    const n = countWords(t.text);
    allWords += n;
    if (t.role === 'therapist') therapistWords += n;
  }
  return {
    turns: turns.length,
    therapistTurns: therapist.length,
    clientTurns: client.length,
    durationSeconds: durationOf(turns),
    miti,
    reflectionToQuestion: miti.reflectionToQuestion,
    percentComplexReflections: miti.percentComplexReflections,
    percentOpenQuestions: miti.percentOpenQuestions,
    empathy: { er: round3(er), ip: round3(ip), ex: round3(ex), mean: round3((er + ip + ex) / 3) },
    stanceShares: shares<Stance>(STANCES, therapist.map((t) => t.analysis.stance)),
    quadrantShares: shares<Quadrant>(QUADRANTS, therapist.map((t) => t.analysis.balance.quadrant)),
    clientStyleShares: shares<Style>(STYLES, client.map((t) => t.analysis.style)),
    clientTalkShares: shares<ClientTalk>(CLIENT_TALK, client.map((t) => t.analysis.talk)),
    therapistTalkShare: allWords > 0 ? round3(therapistWords / allWords) : null,
  };
}

function durationOf(turns: readonly ReviewTurn[]): number | null {
  let first = Infinity;
  let last = -Infinity;
  for (const t of turns) {
    if (t.start !== undefined) {
      first = Math.min(first, t.start);
      last = Math.max(last, t.start);
    }
    if (t.end !== undefined) last = Math.max(last, t.end);
  }
  return Number.isFinite(first) && last >= first ? Math.round((last - first) * 1000) / 1000 : null;
}
