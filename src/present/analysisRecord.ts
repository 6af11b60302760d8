import type { UtteranceAnalysis } from '../core/types.js';

/**
 * The stable JSON shape of one analysed utterance, as `attune code` prints it (docs/code-output.md).
 * Adds the evidence text to every span so a reader need not slice the utterance.
 */
export function analysisRecord(a: UtteranceAnalysis): Record<string, unknown> {
  const slice = (s: { start: number; end: number }) => a.text.slice(s.start, s.end);
  return {
    ...(a.id !== undefined ? { id: a.id } : {}),
    speaker: a.speaker,
    text: a.text,
    style: a.style,
    styleScores: a.styleScores,
    markers: a.markers,
    empathy: {
      er: a.empathy.er,
      ip: a.empathy.ip,
      ex: a.empathy.ex,
      rationales: a.empathy.rationales.map((r) => ({ ...r, text: slice(r) })),
    },
    ...(a.stance !== undefined ? { stance: a.stance, stanceMarkers: a.stanceMarkers ?? [] } : {}),
    ...(a.mi !== undefined ? { mi: a.mi } : {}),
    ...(a.talk !== undefined ? { talk: a.talk, talkProbabilities: a.talkProbabilities } : {}),
    balance: a.balance,
    notes: a.notes,
  };
}
