import type { NextScenario, SessionEnding, SkillRecord } from './practiceTypes.js';
import type { LearnerRole } from './scenario.js';
import type { Skill } from './skills.js';

/** What the choice needs to know of a scenario in the library. */
export interface ScenarioInfo {
  id: string;
  title: string;
  role: LearnerRole;
  level: number;
  skills: readonly Skill[];
}

const overlap = (a: readonly Skill[], b: readonly Skill[]) => a.filter((s) => b.includes(s)).length;

/** The candidate sharing most of `focus` (then of all skills), ties by id so the choice is stable. */
function best(candidates: readonly ScenarioInfo[], focus: readonly Skill[], skills: readonly Skill[]): ScenarioInfo | null {
  const ranked = [...candidates].sort((x, y) => overlap(y.skills, focus) - overlap(x.skills, focus) || overlap(y.skills, skills) - overlap(x.skills, skills) || x.id.localeCompare(y.id));
  return ranked[0] ?? null;
}

const pick = (action: NextScenario['action'], s: ScenarioInfo | null, reason: string, focus: Skill[]): NextScenario => ({
  action,
  scenarioId: s?.id ?? null,
  title: s?.title ?? null,
  level: s?.level ?? null,
  reason,
  focus,
});

/**
 * The next scenario on the graded ladder (primer §7: graded exposure, climbing from low-stakes to
 * harder situations): advance a level when the session succeeded and every trained skill was shown
 * reliably; step back a level when it failed and no trained skill was shown reliably; else repeat
 * (the same scenario) to consolidate. Candidates are scenarios for the same role; among them the one
 * training most of the skills to work on.
 */
export function suggestNextScenario(current: ScenarioInfo, ending: SessionEnding | null, skills: readonly SkillRecord[], catalog: readonly ScenarioInfo[]): NextScenario {
  const reliable = skills.filter((s) => s.status === 'reliable').map((s) => s.skill);
  const weak = skills.filter((s) => s.status !== 'reliable').map((s) => s.skill);
  const sameRole = catalog.filter((s) => s.role === current.role && s.id !== current.id);

  if (ending?.outcome === 'success' && weak.length === 0) {
    const levels = sameRole.filter((s) => s.level > current.level).map((s) => s.level);
    if (levels.length) {
      const next = Math.min(...levels);
      const s = best(sameRole.filter((x) => x.level === next), current.skills, current.skills);
      return pick('advance', s, `every skill here was shown reliably: try level ${next}`, s ? s.skills.filter((k) => !reliable.includes(k)) : []);
    }
    const peer = best(sameRole.filter((x) => x.level === current.level), current.skills, current.skills);
    return pick('advance', peer, peer ? 'every skill here was shown reliably: try another scenario at this level' : 'every skill here was shown reliably, at the top of the ladder', peer ? peer.skills.filter((k) => !reliable.includes(k)) : []);
  }
  if (ending?.outcome === 'failure' && reliable.length === 0 && current.level > 1) {
    const lower = sameRole.filter((s) => s.level < current.level && overlap(s.skills, weak) > 0);
    if (lower.length) {
      const top = Math.max(...lower.map((s) => s.level));
      const s = best(lower.filter((x) => x.level === top), weak, current.skills);
      return pick('step_back', s, 'the skills here were not shown yet: practise them in an easier situation first', weak.filter((k) => s?.skills.includes(k)));
    }
  }
  return pick('repeat', current, weak.length ? `practise ${weak.length === 1 ? 'this skill again here until it comes' : 'these skills again here until they come'} reliably` : 'the skills came, the outcome did not yet: try again', weak);
}
