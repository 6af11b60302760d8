import type { ReviewReport, ReviewTurn } from '../../core/review/reviewTypes.js';
import { analysisRecord } from '../analysisRecord.js';
import type { AnalysisRecordJson } from './analysisRecordSchema.js';
import type { ReviewReportJson } from './reviewReportSchema.js';

function turnJson(t: ReviewTurn): ReviewReportJson['turns'][number] {
  return {
    index: t.index,
    speaker: t.speaker,
    role: t.role,
    text: t.text,
    ...(t.start !== undefined ? { start: t.start } : {}),
    ...(t.end !== undefined ? { end: t.end } : {}),
    line: t.line,
    // The same record `attune code` prints (its shape is held by analysisRecordSchema in tests).
    analysis: analysisRecord(t.analysis) as AnalysisRecordJson,
  };
}

/**
 * The report as the JSON object `attune review --json` prints (reviewReportSchema, docs/review-output.md):
 * the report's own fields in a fixed order, each turn's analysis in the `attune code` record shape.
 */
export function reviewJson(r: ReviewReport): ReviewReportJson {
  return {
    format: r.format,
    source: { id: r.source.id, format: r.source.format },
    roles: r.roles,
    safety: r.safety,
    summary: r.summary,
    turns: r.turns.map(turnJson),
    ruptures: r.ruptures,
    focus: r.focus,
    structure: r.structure,
    highlights: r.highlights,
    practiseNext: r.practiseNext,
    warnings: r.warnings,
    redacted: r.redacted,
  };
}
