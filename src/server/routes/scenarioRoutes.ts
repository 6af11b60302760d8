import type { FastifyInstance } from 'fastify';
import type { SessionSummary } from '../../core/practice/practiceTypes.js';
import type { Scenario } from '../../core/practice/scenario.js';
import { SKILL_INFO } from '../../core/practice/skills.js';
import { idParamsSchema } from '../../shared/api/common.js';
import { scenarioListQuerySchema, type ScenarioDetail, type ScenarioListResponse, type ScenarioSummary } from '../../shared/api/scenarios.js';
import type { Store } from '../../store/store.js';
import { allRows } from '../allRows.js';
import { ApiError } from '../apiError.js';
import { parseInput } from '../parseInput.js';
import { isMastery } from '../practice/practiceState.js';
import type { ServerDeps } from '../serverTypes.js';

interface ScenarioRecord {
  sessions: number;
  completed: number;
  mastered: boolean;
}

/** Per scenario: sessions started, ended, and whether one mastered it. */
export async function scenarioRecords(store: Store): Promise<Map<string, ScenarioRecord>> {
  const rows = await allRows((o) => store.practiceSessions.list(o), {});
  const out = new Map<string, ScenarioRecord>();
  for (const row of rows) {
    const r = out.get(row.scenarioId) ?? { sessions: 0, completed: 0, mastered: false };
    r.sessions++;
    if (row.status === 'ended') r.completed++;
    if (isMastery(row.summary as SessionSummary | null)) r.mastered = true;
    out.set(row.scenarioId, r);
  }
  return out;
}

function summaryOf(s: Scenario, r: ScenarioRecord | undefined): ScenarioSummary {
  return {
    id: s.id,
    title: s.title,
    role: s.role,
    level: s.level,
    skills: s.skills.map((k) => ({ id: k, label: SKILL_INFO[k].label })),
    tags: [...s.tags],
    persona: s.persona.name,
    situation: s.situation,
    goal: s.goal,
    mastered: r?.mastered ?? false,
    sessions: r?.sessions ?? 0,
    completed: r?.completed ?? 0,
  };
}

/** The scenario library, with the learner's record on each (rules and lines stay on the server). */
export function registerScenarioRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  const ordered = [...engine.scenarios].sort((a, b) => a.role.localeCompare(b.role) || a.level - b.level || a.id.localeCompare(b.id));

  app.get('/api/scenarios', async (request): Promise<ScenarioListResponse> => {
    const q = parseInput(scenarioListQuerySchema, request.query);
    const records = await scenarioRecords(store);
    const chosen = ordered.filter(
      (s) => (q.level === undefined || s.level === q.level) && (q.role === undefined || s.role === q.role) && (q.skill === undefined || (s.skills as readonly string[]).includes(q.skill)),
    );
    return { scenarios: chosen.map((s) => summaryOf(s, records.get(s.id))) };
  });

  app.get('/api/scenarios/:id', async (request): Promise<ScenarioDetail> => {
    const { id } = parseInput(idParamsSchema, request.params);
    const s = engine.scenarios.find((x) => x.id === id);
    if (!s) throw new ApiError('not_found', `No scenario "${id}" in the library.`);
    const records = await scenarioRecords(store);
    return {
      ...summaryOf(s, records.get(s.id)),
      skills: s.skills.map((k) => {
        const own = s.skill_tips[k];
        return { id: k, label: SKILL_INFO[k].label, description: SKILL_INFO[k].description, tip: own?.tip ?? SKILL_INFO[k].tip, example: own?.example ?? SKILL_INFO[k].example };
      }),
      personaDescription: s.persona.description,
      problem: s.persona.problem,
      maxTurns: s.max_turns,
      state: Object.fromEntries(Object.entries(s.state).map(([k, v]) => [k, { initial: v.initial, min: v.min, max: v.max, description: v.description }])),
    };
  });
}
