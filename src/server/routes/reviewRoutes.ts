import type { FastifyInstance } from 'fastify';
import { reviewTranscripts } from '../../core/review/reviewTranscripts.js';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { describeProblem } from '../../present/describeProblem.js';
import { reviewCharts } from '../../present/review/reviewCharts.js';
import { renderReviewHtml } from '../../present/review/reviewHtml.js';
import { reviewJson } from '../../present/review/reviewJson.js';
import type { ReviewReportJson } from '../../present/review/reviewReportSchema.js';
import { sessionRow } from '../../present/review/sessionTable.js';
import { idParamsSchema } from '../../shared/api/common.js';
import { createReviewRequestSchema, reviewListQuerySchema, type CreateReviewResponse, type ReviewChartJson, type ReviewDetail, type ReviewListItem, type ReviewListResponse } from '../../shared/api/reviews.js';
import type { ReviewMetrics, ReviewRow } from '../../store/store.js';
import { readTranscripts } from '../../transcript/readTranscript.js';
import { notFound } from '../apiError.js';
import { problemsError } from '../errorMapper.js';
import { parseInput } from '../parseInput.js';
import type { ServerDeps } from '../serverTypes.js';

/** The report's own CSP, sent as a header too: styles inline, images as data, nothing else. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

function metricsOf(report: ReviewReport): ReviewMetrics {
  const row = sessionRow(report);
  return {
    turns: row.turns,
    reflectionToQuestion: row.reflectionToQuestion,
    percentComplexReflections: row.percentComplexReflections,
    percentOpenQuestions: row.percentOpenQuestions,
    meanEmpathy: row.meanEmpathy,
    safetyFlags: row.safetyFlags,
  };
}

/**
 * The stored JSON as the report the renderers take: the JSON is the report with each turn's analysis
 * in its record form, which carries every field of the analysis (plus the evidence text).
 */
const asReport = (json: unknown): ReviewReport => json as ReviewReport;

function listItem(row: Omit<ReviewRow, 'report'>): ReviewListItem {
  return { id: row.id, createdAt: row.createdAt, updatedAt: row.updatedAt, title: row.title, sourceName: row.sourceName, format: row.format, metrics: row.metrics };
}

function detail(row: ReviewRow): ReviewDetail {
  const report = row.report as ReviewReportJson;
  const charts: ReviewChartJson[] = reviewCharts(asReport(report)).map((c) => ({ ...c, spec: c.spec as unknown as Record<string, unknown> }));
  return { ...listItem(row), report, charts };
}

/** Session reviews: read the transcript, redact when asked (before analysis), analyse, store, present. */
export function registerReviewRoutes(app: FastifyInstance, { engine, store }: ServerDeps): void {
  app.post('/api/reviews', async (request, reply) => {
    const body = parseInput(createReviewRequestSchema, request.body);
    const parsed = readTranscripts(body.content, body.fileName);
    if (!parsed.ok) throw problemsError('unreadable_transcript', `The file could not be read as a transcript: ${describeProblem(parsed.problems[0])}`, parsed.problems);
    // The redactor's language library is large: loaded only when redaction is asked for.
    const redact = body.redact ? (await import('../../core/redact/redactTranscript.js')).redactTranscriptWithSpeakers : undefined;
    const reports = reviewTranscripts(parsed.value, engine.analyzer, engine.resources, body, redact);
    const several = reports.length > 1;
    const rows: ReviewRow[] = [];
    for (const report of reports) {
      const title = body.title ? (several ? `${body.title} · ${report.source.id}` : body.title) : report.source.id;
      rows.push(await store.reviews.create({ title, sourceName: body.pasted ? null : body.fileName, format: report.source.format, report: reviewJson(report), metrics: metricsOf(report) }));
    }
    const response: CreateReviewResponse = { reviews: rows.map(detail), warnings: reports.flatMap((r) => r.warnings.map(describeProblem)) };
    return reply.code(201).send(response);
  });

  app.get('/api/reviews', async (request): Promise<ReviewListResponse> => {
    const q = parseInput(reviewListQuerySchema, request.query);
    const rows = await store.reviews.listSummaries({ limit: q.limit ?? 100, offset: q.offset ?? 0 });
    return { reviews: rows.map(listItem) };
  });

  app.get('/api/reviews/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    const row = await store.reviews.get(id);
    if (!row) throw notFound('review');
    return detail(row);
  });

  app.get('/api/reviews/:id/html', async (request, reply) => {
    const { id } = parseInput(idParamsSchema, request.params);
    const row = await store.reviews.get(id);
    if (!row) throw notFound('review');
    const html = await renderReviewHtml(asReport(row.report));
    return reply.header('content-security-policy', REPORT_CSP).type('text/html; charset=utf-8').send(html);
  });

  app.delete('/api/reviews/:id', async (request) => {
    const { id } = parseInput(idParamsSchema, request.params);
    if (!(await store.reviews.delete(id))) throw notFound('review');
    return { deleted: true as const };
  });
}

/** Names given for the roles follow the redactor's renaming of the speakers, so they still match. */
