import type { FastifyInstance } from 'fastify';
import { analysisRecord } from '../../present/analysisRecord.js';
import { analyzeRequestSchema } from '../../shared/api/analyze.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

/** `POST /api/analyze`: one utterance, answered in about a millisecond (the live meter while typing). */
export function registerAnalyzeRoutes(app: FastifyInstance, { engine }: ServerDeps): void {
  app.post('/api/analyze', async (request) => {
    const body = parseInput(analyzeRequestSchema, request.body);
    const analysis = engine.analyzer.analyze({ text: body.text, speaker: body.speaker, ...(body.context ? { context: body.context } : {}) });
    return analysisRecord(analysis);
  });
}
