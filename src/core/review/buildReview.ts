import type { Analyzer } from '../analyzeUtterance.js';
import type { Problem } from '../problem.js';
import type { Resources } from '../resources.js';
import type { Speaker, Turn } from '../types.js';
import { assignRoles, type NamedRoles } from './assignRoles.js';
import { detectFocusShifts } from './detectFocusShifts.js';
import { detectRuptures } from './detectRuptures.js';
import { detectSafety } from './detectSafety.js';
import { detectStructure } from './detectStructure.js';
import { memoizeAnalyzer } from './memoizeAnalyzer.js';
import { pickHighlights } from './pickHighlights.js';
import { practiseNext } from './practiseNext.js';
import type { ReviewReport, ReviewTurn, Role, Transcript } from './reviewTypes.js';
import { roleNameProblems } from './roleNameProblems.js';
import { sessionSummary } from './sessionSummary.js';

export interface ReviewOptions extends NamedRoles {
  /** Whether the transcript was redacted before it came here (recorded in the report; nothing is redacted here). */
  redacted?: boolean;
}

/** Earlier turns handed to the analyser with each turn. */
const CONTEXT_TURNS = 3;
const SPEAKER_OF: Record<Role, Speaker> = { therapist: 'therapist', client: 'client', other: 'person' };

/**
 * The session report for one transcript: roles (named, stated or inferred), every turn analysed with
 * the three turns before it as context, the alliance detectors (safety, ruptures, focus, structure),
 * the summary (MITI, empathy, balance), highlights with alternatives, and what to practise next.
 * Pure; linear in the number of turns (role inference analyses at most EVIDENCE_SAMPLE extra turns
 * per speaker and reuses them).
 */
export function buildReview(transcript: Transcript, analyzer: Analyzer, resources: Resources, options: ReviewOptions = {}): ReviewReport {
  const memo = memoizeAnalyzer(analyzer);
  const named: NamedRoles = { ...(options.therapist ? { therapist: options.therapist } : {}), ...(options.client ? { client: options.client } : {}) };
  const roles = assignRoles(transcript, memo, named);
  const speakerOf = (name: string): Speaker => SPEAKER_OF[roles.roles[name] ?? 'other'];

  const turns: ReviewTurn[] = transcript.turns.map((t, index) => {
    const context: Turn[] = transcript.turns.slice(Math.max(0, index - CONTEXT_TURNS), index).map((c) => ({ speaker: speakerOf(c.speaker), text: c.text }));
    const role = roles.roles[t.speaker] ?? 'other';
    return {
      index,
      speaker: t.speaker,
      role,
      text: t.text,
      ...(t.start !== undefined ? { start: t.start } : {}),
      ...(t.end !== undefined ? { end: t.end } : {}),
      line: t.line,
      analysis: memo.analyze({ speaker: SPEAKER_OF[role], text: t.text, context }),
    };
  });

  const safety = detectSafety(turns, resources);
  const ruptures = detectRuptures(turns, resources);
  const focus = detectFocusShifts(turns, resources);
  const structure = detectStructure(turns, resources);
  const summary = sessionSummary(turns);
  const warnings: Problem[] = [...transcript.warnings, ...roleNameProblems(transcript, named)];
  return {
    format: 'attune-review/1',
    source: { id: transcript.id, format: transcript.format },
    roles,
    safety,
    summary,
    turns,
    ruptures,
    focus,
    structure,
    highlights: pickHighlights(turns, { ruptures, focus, safety }, resources),
    practiseNext: practiseNext({ summary, ruptures, focus, turns }),
    warnings,
    redacted: options.redacted ?? false,
  };
}
