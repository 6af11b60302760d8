import type { PracticeSession, PracticeTurn, SessionSummary } from '../../core/practice/practiceTypes.js';
import type { Scenario } from '../../core/practice/scenario.js';
import { startSession } from '../../core/practice/startSession.js';
import type { PracticeSessionRow } from '../../store/store.js';

/**
 * A stored session back as the engine's: the opening is drawn again from the seed (startSession is
 * deterministic), the turns are the engine's own stored JSON, the state and ending are the last turn's.
 */
export function restoreSession(row: PracticeSessionRow, scenario: Scenario): PracticeSession {
  const opened = startSession(scenario, row.seed);
  const turns = (Array.isArray(row.turns) ? row.turns : []) as PracticeTurn[];
  const last = turns[turns.length - 1];
  return { ...opened, turns, state: last ? { ...last.state.after } : opened.state, ending: last?.ended ?? null };
}


/**
 * Mastered: the session ended in success with every trained skill shown reliably, the practice
 * engine's own condition for climbing to the next level (suggestNextScenario).
 */
export function isMastery(summary: SessionSummary | null | undefined): boolean {
  if (!summary?.ending || summary.ending.outcome !== 'success') return false;
  return summary.skills.length > 0 && summary.skills.every((s) => s.status === 'reliable');
}
