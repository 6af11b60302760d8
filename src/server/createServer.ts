import Fastify, { type FastifyInstance } from 'fastify';
import type { HealthResponse } from '../shared/api/common.js';
import { registerErrorMapper } from './errorMapper.js';
import { registerAnalyzeRoutes } from './routes/analyzeRoutes.js';
import { registerAssessmentRoutes } from './routes/assessmentRoutes.js';
import { registerDataRoutes } from './routes/dataRoutes.js';
import { registerDiaryRoutes } from './routes/diaryRoutes.js';
import { registerLadderRoutes } from './routes/ladderRoutes.js';
import { registerPracticeRoutes } from './routes/practiceRoutes.js';
import { registerProgressRoutes } from './routes/progressRoutes.js';
import { registerReviewRoutes } from './routes/reviewRoutes.js';
import { registerScenarioRoutes } from './routes/scenarioRoutes.js';
import { registerWorksheetRoutes } from './routes/worksheetRoutes.js';
import { registerSecurity } from './securityHeaders.js';
import type { ServerDeps } from './serverTypes.js';
import { registerWebApp } from './webApp.js';

/** Transcripts are the largest bodies; a long session's file is well under this. */
export const BODY_LIMIT = 5 * 1024 * 1024;

/**
 * The web app's HTTP server: the JSON API (docs/api.md) over the engine and the store, and the built
 * front end. Not listening yet: the caller calls `listen` (attune serve) or `inject` (tests). Routes
 * are thin: validate with the shared schemas, call the core or the store, present; every error goes
 * through the one mapper (errorMapper.ts).
 */
export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Request ids and the like stay out of responses; nothing is trusted from proxies.
    trustProxy: false,
    return503OnClosing: true,
  });
  registerErrorMapper(app);
  registerSecurity(app, deps.config.loopbackOnly);

  app.get('/api/health', async (): Promise<HealthResponse> => ({ status: 'ok', version: deps.config.version, store: deps.store.backend }));
  registerAnalyzeRoutes(app, deps);
  registerScenarioRoutes(app, deps);
  registerPracticeRoutes(app, deps);
  registerReviewRoutes(app, deps);
  registerAssessmentRoutes(app, deps);
  registerDiaryRoutes(app, deps);
  registerLadderRoutes(app, deps);
  registerWorksheetRoutes(app, deps);
  registerProgressRoutes(app, deps);
  registerDataRoutes(app, deps);
  await registerWebApp(app, deps.config.webDir);
  return app;
}
