import { listWords } from './turnReasons.js';
import type { ReviewReport } from './reviewTypes.js';

export const PRACTICE_ITEMS = 3;
/** Below this many questions and reflections the MITI ratios say too little to practise from. */
const MIN_MI_CODES = 4;

interface Item {
  /** Ranks the items: what harms the alliance first, then the MITI proficiency gaps, then habits. */
  weight: number;
  text: string;
}

const pct = (x: number) => `${Math.round(x)}%`;
const turnList = (indices: readonly number[]) => {
  const shown = indices.slice(0, 3).map((i) => String(i + 1));
  return `${indices.length === 1 ? 'turn' : 'turns'} ${listWords(shown)}${indices.length > 3 ? ' and others' : ''}`;
};

/**
 * One to three things to practise next, in plain words, from the weakest parts of the report: ruptures
 * left unrepaired, turns that lost the balance (aggressive or passive stance), MITI scores below the
 * fair threshold (R:Q under 1:1, complex reflections under 40%), few open questions, little expressed
 * empathy, focus left on the therapist, the therapist doing most of the talking. Each says what was
 * seen (with numbers or turns) and what to try, with an example. When nothing is weak, one line says
 * what to keep doing. Turn numbers are 1-based, as people count them.
 */
export function practiseNext(report: Pick<ReviewReport, 'summary' | 'ruptures' | 'focus' | 'turns'>): string[] {
  const s = report.summary;
  if (s.therapistTurns === 0) return ['No turn was taken as the therapist\'s, so there is nothing to practise from this session: check the speaker roles.'];
  const items: Item[] = [];
  const therapistTurns = report.turns.filter((t) => t.role === 'therapist');
  const m = s.miti;

  const unrepaired = report.ruptures.filter((r) => !r.repaired).map((r) => r.turn);
  if (unrepaired.length) {
    items.push({ weight: 3 + 0.1 * unrepaired.length, text: `Repair ruptures: the client pulled back or pushed back at ${turnList(unrepaired)} and the next turns did not pick it up. Name it without defending and invite them to say more, e.g. "I wonder whether something I said didn't fit. What's going on for you right now?"` });
  }
  const aggressive = therapistTurns.filter((t) => t.analysis.stance === 'aggressive').map((t) => t.index);
  if (aggressive.length >= 2 || (aggressive.length === 1 && therapistTurns.length < 10)) {
    items.push({ weight: 2.8 + 0.05 * aggressive.length, text: `Keep the direction without pressure: ${turnList(aggressive)} read as confronting, ordering or advising without permission. Ask before advising and offer it as an option, e.g. "Would it be okay if I shared an idea?"` });
  }
  const passive = therapistTurns.filter((t) => t.analysis.stance === 'passive').map((t) => t.index);
  if (passive.length >= 2 || (passive.length === 1 && therapistTurns.length < 10)) {
    items.push({ weight: 2.5 + 0.05 * passive.length, text: `Hold the frame kindly: ${turnList(passive)} gave up a limit or the direction. Pair the limit with what you can offer instead, e.g. "I can't do that, but here's what I can offer…"` });
  }
  const codes = m.counts.question + m.counts.reflection;
  if (codes >= MIN_MI_CODES && m.ratings.reflectionToQuestion === 'below_fair' && m.reflectionToQuestion !== null) {
    items.push({ weight: 2 + (1 - m.reflectionToQuestion), text: `Reflect more before asking: this session had ${m.reflectionToQuestion.toFixed(1)} reflections per question (MITI fair 1:1, good 2:1). After an answer, say back what you heard before the next question.` });
  }
  if (m.counts.reflection >= 2 && m.ratings.percentComplexReflections === 'below_fair' && m.percentComplexReflections !== null) {
    items.push({ weight: 1.8, text: `Add meaning to your reflections: ${pct(m.percentComplexReflections)} of them were complex (MITI fair 40%, good 50%). Add the feeling or the unsaid part, e.g. "So part of you is tired of fighting about it."` });
  }
  if (m.counts.question >= MIN_MI_CODES && m.percentOpenQuestions !== null && m.percentOpenQuestions < 50) {
    items.push({ weight: 1.5, text: `Ask more open questions: ${pct(m.percentOpenQuestions)} of your questions were open. Try "How…" or "What…" in place of "Do you…" or "Did you…", e.g. "What has that been like for you?"` });
  }
  const empathicShare = s.quadrantShares.attuned_and_clear + s.quadrantShares.warm_but_drifting;
  if (therapistTurns.length >= 5 && empathicShare < 0.15) {
    items.push({ weight: 1.7, text: `Name the feeling you hear: ${pct(100 * empathicShare)} of your turns were clearly empathic. When the client names a feeling, say it back, e.g. "It sounds like you feel…"` });
  }
  const drift = report.focus.filter((f) => !f.refocused).map((f) => f.turn);
  if (drift.length) {
    items.push({ weight: 1.6, text: `Keep the focus on the client: at ${turnList(drift)} the talk turned to the therapist and did not come back. Thank the client briefly and return to them, e.g. "I'd like to keep this time for you. What has been on your mind?"` });
  }
  if (therapistTurns.length >= 5 && s.therapistTalkShare !== null && s.therapistTalkShare > 0.6) {
    items.push({ weight: 1.2, text: `Leave more room for the client: you spoke ${pct(100 * s.therapistTalkShare)} of the words. Shorter turns and a reflection give the client the floor.` });
  }
  if (items.length === 0) return [keepDoing(report)];
  return items.sort((a, b) => b.weight - a.weight).slice(0, PRACTICE_ITEMS).map((i) => i.text);
}

/** When nothing is weak: the strongest part, to keep. */
function keepDoing(report: Pick<ReviewReport, 'summary'>): string {
  const m = report.summary.miti;
  if (m.ratings.reflectionToQuestion === 'good') return 'Keep reflecting before you ask: your reflection-to-question ratio reached the MITI "good" level (2:1). Next, try adding the feeling or the unsaid part to more reflections.';
  if (m.ratings.percentComplexReflections === 'good') return 'Keep adding meaning to your reflections (complex reflections at the MITI "good" level, 50% or more). Next, try one more reflection before each question.';
  return 'No weak spot stood out in this session. Keep the balance: reflect what you hear, and give direction with permission and a reason.';
}
