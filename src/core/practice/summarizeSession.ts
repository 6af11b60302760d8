import { QUADRANTS, type Quadrant } from '../types.js';
import type { BalancePoint, PracticeSession, SessionSummary, SkillRecord } from './practiceTypes.js';
import { SKILL_INFO, type Skill } from './skills.js';
import { suggestNextScenario, type ScenarioInfo } from './suggestNextScenario.js';

const mean = (xs: readonly number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : 0);

/** Shown reliably: at least twice, and at least twice as often as missed. */
const RELIABLE_MIN = 2;

/** Skills trained by the scenario, counted over the turns (a turn counts once per skill). */
function skillRecords(session: PracticeSession): SkillRecord[] {
  return session.scenario.skills.map((skill: Skill) => {
    const shown = session.turns.filter((t) => t.fired.some((f) => f.shows.includes(skill))).length;
    const missed = session.turns.filter((t) => t.fired.some((f) => f.misses.includes(skill))).length;
    const status = shown >= RELIABLE_MIN && shown >= 2 * missed ? 'reliable' : shown > 0 ? 'emerging' : 'missed';
    return { skill, label: SKILL_INFO[skill].label, shown, missed, status };
  });
}

/**
 * The end-of-session summary: the state's path, mean empathy and assertiveness, EPITOME means,
 * quadrant counts and (for therapists) MITI-style reflection and question counts (primer §2), the
 * balance path, the skills shown and missed, the debrief and the next scenario to try from `catalog`
 * (the library; without it the suggestion can only repeat this one).
 */
export function summarizeSession(session: PracticeSession, catalog: readonly ScenarioInfo[] = []): SessionSummary {
  const { scenario, turns } = session;
  const state: SessionSummary['state'] = {};
  for (const [name, v] of Object.entries(scenario.state)) {
    const path = [v.initial, ...turns.map((t) => t.state.after[name])];
    state[name] = { start: v.initial, end: path[path.length - 1], min: Math.min(...path), max: Math.max(...path) };
  }
  const analyses = turns.map((t) => t.analysis);
  const quadrants = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  for (const a of analyses) quadrants[a.balance.quadrant]++;
  const scores: SessionSummary['scores'] = {
    empathy: mean(analyses.map((a) => a.balance.empathy)),
    assertiveness: mean(analyses.map((a) => a.balance.assertiveness)),
    mechanisms: { er: mean(analyses.map((a) => a.empathy.er)), ip: mean(analyses.map((a) => a.empathy.ip)), ex: mean(analyses.map((a) => a.empathy.ex)) },
    quadrants,
    offBalance: {
      aggressive: analyses.filter((a) => a.balance.offBalance === 'aggressive').length,
      passive: analyses.filter((a) => a.balance.offBalance === 'passive').length,
    },
  };
  if (scenario.role === 'therapist') {
    const reflections = analyses.filter((a) => a.mi?.behaviour === 'reflection').length;
    const complex = analyses.filter((a) => a.mi?.reflection === 'complex').length;
    const questions = analyses.filter((a) => a.mi?.behaviour === 'question').length;
    scores.mi = {
      reflections,
      questions,
      complexReflections: complex,
      reflectionToQuestion: questions ? Math.round((reflections / questions) * 100) / 100 : null,
      percentComplex: reflections ? Math.round((complex / reflections) * 100) : null,
    };
  }
  const balancePath: BalancePoint[] = turns.map((t) => ({
    turn: t.turn,
    empathy: t.analysis.balance.empathy,
    assertiveness: t.analysis.balance.assertiveness,
    quadrant: t.analysis.balance.quadrant,
    offBalance: t.analysis.balance.offBalance,
  }));
  const skills = skillRecords(session);
  const outcomeNote = session.ending ? scenario.debrief[session.ending.outcome] : undefined;
  return {
    scenarioId: scenario.id,
    title: scenario.title,
    role: scenario.role,
    level: scenario.level,
    ending: session.ending,
    turns: turns.length,
    state,
    scores,
    balancePath,
    skills,
    next: session.ending ? suggestNextScenario(scenario, session.ending, skills, catalog) : null,
    debrief: [...(outcomeNote ? [outcomeNote] : []), ...scenario.debrief.notes],
  };
}

/**
 * The summary of a session the learner has finished with, ended or not: a session stopped before an
 * ending (quit, replies ran out) also gets a next step, by the ladder's own rule (which then repeats).
 * A session with no reply at all gets none.
 */
export function closingSummary(session: PracticeSession, catalog: readonly ScenarioInfo[] = []): SessionSummary {
  const summary = summarizeSession(session, catalog);
  if (summary.next || session.turns.length === 0) return summary;
  return { ...summary, next: suggestNextScenario(session.scenario, null, summary.skills, catalog) };
}
