import type { FastifyInstance } from 'fastify';
import { instrumentItems, type Instrument } from '../../core/assess/instrument.js';
import { scoreInstrument, type AnswerIssue, type InstrumentScore } from '../../core/assess/scoreInstrument.js';
import type { ApiIssue } from '../../shared/api/common.js';
import { idParamsSchema } from '../../shared/api/common.js';
import { assessmentListQuerySchema, submitAssessmentRequestSchema, type AssessmentJson, type AssessmentListResponse, type InstrumentListResponse } from '../../shared/api/assessments.js';
import type { AssessmentRow } from '../../store/store.js';
import { ApiError, notFound } from '../apiError.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

/** An answer problem in words, at `answers.<item>`. */
function answerIssue(i: AnswerIssue): ApiIssue {
  if (i.code === 'unknown_item') return { path: `answers.${i.itemId}`, message: 'this questionnaire has no such item' };
  return { path: `answers.${i.itemId}`, message: `choose one of the ${i.expected} options (1 to ${i.expected}); got ${i.value}` };
}

const assessmentJson = (row: AssessmentRow): AssessmentJson => ({
  id: row.id,
  instrumentId: row.instrumentId,
  takenAt: row.takenAt,
  createdAt: row.createdAt,
  answers: row.answers as AssessmentJson['answers'],
  scores: row.scores as InstrumentScore,
});

/** Questionnaires: the instruments as shipped (with their citation), answers scored with the published key. */
export function registerAssessmentRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  const byId = new Map<string, Instrument>(engine.instruments.map((i) => [i.id, i]));
  const instrumentOf = (id: string): Instrument => {
    const i = byId.get(id);
    if (!i) throw new ApiError('not_found', `No questionnaire "${id}".`);
    return i;
  };

  app.get('/api/instruments', async (): Promise<InstrumentListResponse> => ({
    instruments: engine.instruments.map((i) => ({
      id: i.id,
      title: i.title,
      itemCount: instrumentItems(i).length,
      scales: i.scales.map((s) => ({ id: s.id, title: s.title })),
      citation: i.citation,
      licence: i.licence,
      url: i.url ?? null,
    })),
  }));

  app.get('/api/instruments/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    return instrumentOf(id);
  });

  app.post('/api/assessments', async (request, reply) => {
    const body = parseInput(submitAssessmentRequestSchema, request.body);
    const instrument = instrumentOf(body.instrumentId);
    const scored = scoreInstrument(instrument, body.answers);
    if (!scored.ok) {
      const issues = scored.issues.map(answerIssue);
      throw new ApiError('invalid_input', `Some answers do not fit "${instrument.title}": ${issues[0].path.slice('answers.'.length)}: ${issues[0].message}.`, issues);
    }
    if (scored.value.scales.every((s) => s.score === null)) {
      // Nothing to keep: no scale has enough answers for a score.
      const issues = scored.value.issues.map((i): ApiIssue => ({ path: 'answers', message: `"${i.scaleId}" needs at least ${i.expected} answers` }));
      throw new ApiError('invalid_input', 'Answer more of the items: no scale has enough answers for a score yet.', issues);
    }
    const row = await store.assessments.create({ instrumentId: instrument.id, answers: body.answers, scores: scored.value, ...(body.takenAt ? { takenAt: body.takenAt } : {}) });
    return reply.code(201).send(assessmentJson(row));
  });

  app.get('/api/assessments', async (request): Promise<AssessmentListResponse> => {
    const q = parseInput(assessmentListQuerySchema, request.query);
    const rows = await store.assessments.list({ ...(q.instrumentId ? { instrumentId: q.instrumentId } : {}), limit: q.limit ?? 100 });
    return { assessments: rows.map(assessmentJson) };
  });

  app.get('/api/assessments/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    const row = await store.assessments.get(id);
    if (!row) throw notFound('questionnaire result');
    return assessmentJson(row);
  });

  app.delete('/api/assessments/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    if (!(await store.assessments.delete(id))) throw notFound('questionnaire result');
    return { deleted: true as const };
  });
}
