import type { FastifyInstance } from 'fastify';
import type { InstrumentScore } from '../../core/assess/scoreInstrument.js';
import type { PracticeTurn, SessionSummary } from '../../core/practice/practiceTypes.js';
import type { BalancePathPoint, MasteredPoint, PracticePoint, ProgressResponse, QuestionnairePoint } from '../../shared/api/progress.js';
import { allRows } from '../allRows.js';
import { isMastery } from '../practice/practiceState.js';
import type { ServerDeps } from '../serverTypes.js';
import { ladderJson } from './ladderRoutes.js';

const mean = (xs: readonly number[]) => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000 : 0);
/** The store lists newest first; the dashboard plots oldest first. */
const oldestFirst = <T>(xs: T[]) => xs.reverse();

/** `GET /api/progress`: the time series the dashboard plots, built from everything stored. */
export function registerProgressRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  const byId = new Map(engine.scenarios.map((s) => [s.id, s]));

  app.get('/api/progress', async (): Promise<ProgressResponse> => {
    const [sessions, assessments, diary, ladders] = await Promise.all([
      allRows((o) => store.practiceSessions.list(o), {}),
      allRows((o) => store.assessments.list(o), {}),
      allRows((o) => store.diaryEntries.list(o), {}),
      allRows((o) => store.ladders.list(o), {}),
    ]);
    const practice: PracticePoint[] = [];
    const balancePath: BalancePathPoint[] = [];
    const mastered = new Map<string, MasteredPoint>();
    for (const row of oldestFirst(sessions)) {
      const turns = (Array.isArray(row.turns) ? row.turns : []) as PracticeTurn[];
      // A session opened and left without a reply says nothing about the balance.
      if (turns.length === 0) continue;
      const scenario = byId.get(row.scenarioId);
      const summary = row.summary as SessionSummary | null;
      const title = scenario?.title ?? row.scenarioId;
      const level = scenario?.level ?? 0;
      practice.push({
        sessionId: row.id,
        scenarioId: row.scenarioId,
        title,
        level,
        at: row.updatedAt,
        status: row.status,
        outcome: summary?.ending?.outcome ?? null,
        turns: turns.length,
        empathy: mean(turns.map((t) => t.analysis.balance.empathy)),
        assertiveness: mean(turns.map((t) => t.analysis.balance.assertiveness)),
      });
      for (const t of turns) {
        balancePath.push({ sessionId: row.id, turn: t.turn, empathy: t.analysis.balance.empathy, assertiveness: t.analysis.balance.assertiveness, quadrant: t.analysis.balance.quadrant });
      }
      if (isMastery(summary) && !mastered.has(row.scenarioId)) mastered.set(row.scenarioId, { scenarioId: row.scenarioId, title, level, at: row.updatedAt, sessionId: row.id });
    }
    const questionnaires: QuestionnairePoint[] = oldestFirst(assessments).map((a) => {
      const scores: Record<string, number> = {};
      for (const s of (a.scores as InstrumentScore).scales ?? []) if (s.score !== null) scores[s.scaleId] = s.score;
      return { assessmentId: a.id, instrumentId: a.instrumentId, takenAt: a.takenAt, scores };
    });
    return {
      practice,
      balancePath,
      mastered: [...mastered.values()],
      scenarioCount: engine.scenarios.length,
      questionnaires,
      diary: oldestFirst(diary).map((d) => ({ entryId: d.id, occurredAt: d.occurredAt, anxietyBefore: d.anxietyBefore, anxietyAfter: d.anxietyAfter })),
      ladders: oldestFirst(ladders).map((l) => {
        const j = ladderJson(l);
        return { ladderId: l.id, title: l.title, done: j.progress.done, total: j.progress.total };
      }),
    };
  });
}
