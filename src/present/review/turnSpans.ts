import type { ReviewReport, ReviewTurn } from '../../core/review/reviewTypes.js';
import type { ExplainedSpan } from './highlightSpans.js';
import { FOCUS_WORDS, LEVEL_WORDS, MECHANISM_WORDS, RUPTURE_WORDS, safetyWords, structureWords } from './reviewWords.js';

const words = (s: string) => s.replace(/_/g, ' ');

/**
 * Every explained span of one turn: the analysis's own evidence (empathy rationales, style markers,
 * stance moves) and the session findings that point into it (safety, rupture, focus, structure cues).
 */
export function turnSpans(r: ReviewReport, t: ReviewTurn): ExplainedSpan[] {
  const a = t.analysis;
  const out: ExplainedSpan[] = [];
  for (const x of r.safety.filter((f) => f.turn === t.index)) {
    for (const c of x.cues) out.push({ start: c.start, end: c.end, kind: 'safety', tip: `Safety (${safetyWords(x)}): ${c.cue}` });
  }
  for (const x of r.ruptures.filter((f) => f.turn === t.index)) {
    for (const c of x.cues) out.push({ start: c.start, end: c.end, kind: 'rupture', tip: `Rupture (${RUPTURE_WORDS[x.kind]}): ${c.cue}` });
  }
  for (const x of r.focus.filter((f) => f.turn === t.index)) {
    for (const c of x.cues) out.push({ start: c.start, end: c.end, kind: 'focus', tip: `Focus shift (${FOCUS_WORDS[x.kind]}): ${c.cue}` });
  }
  for (const x of r.structure.filter((f) => f.turn === t.index)) {
    for (const c of x.cues) out.push({ start: c.start, end: c.end, kind: 'structure', tip: `Structure (${structureWords(x)}): ${c.cue}` });
  }
  for (const m of a.stanceMarkers ?? []) out.push({ start: m.start, end: m.end, kind: 'stance', tip: `Stance move: ${words(m.kind)} → ${words(m.leaning)}` });
  for (const e of a.empathy.rationales) {
    out.push({ start: e.start, end: e.end, kind: 'empathy', tip: `Empathy, ${MECHANISM_WORDS[e.mechanism]} (${LEVEL_WORDS[e.level]}): ${e.cue}` });
  }
  for (const m of a.markers) out.push({ start: m.start, end: m.end, kind: 'style', tip: `Style marker: ${words(m.kind)} → ${words(m.leaning)}` });
  return out;
}
