import { SPAN_KINDS, type ExplainedSpan, type SpanKind } from '../../present/review/highlightSpans.js';

export interface TextSegment {
  text: string;
  /** The most important kind covering it (null: plain text). */
  kind: SpanKind | null;
  /** Every kind covering it. */
  kinds: SpanKind[];
  /** Why, one line per distinct explanation. */
  tips: string[];
}

/** Moves an offset off the second half of a surrogate pair, so no emoji is cut in two. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * The text cut at every span boundary into segments that React renders (the HTML report's
 * `highlightSpans` does the same into a string). Overlaps never nest: each piece lists all the spans
 * it belongs to. Spans outside the text are clipped; empty ones dropped. Joining the segments gives
 * back the text.
 */
export function segmentSpans(text: string, spans: readonly ExplainedSpan[]): TextSegment[] {
  const rank = (k: SpanKind) => SPAN_KINDS.indexOf(k);
  const clip = (i: number) => snap(text, Math.max(0, Math.min(text.length, Math.floor(i))));
  const valid = spans
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ ...s, start: clip(s.start), end: clip(s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => rank(a.kind) - rank(b.kind));
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: TextSegment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    const kinds = [...new Set(covering.map((s) => s.kind))];
    out.push({ text: text.slice(a, b), kind: kinds[0] ?? null, kinds, tips: [...new Set(covering.map((s) => s.tip))] });
  }
  return out;
}
