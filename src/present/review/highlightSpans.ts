import { escapeHtml } from './escapeHtml.js';

/** Kinds of span, most important first: a word covered by several spans is coloured by the first. */
export const SPAN_KINDS = ['safety', 'rupture', 'focus', 'structure', 'stance', 'empathy', 'style'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

export interface ExplainedSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** Why these words carry a code, in plain words (the tooltip). */
  tip: string;
}

/** Moves an offset off the second half of a surrogate pair, so no emoji is cut in two. */
function snap(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i > 0 && i < text.length && c >= 0xdc00 && c <= 0xdfff ? i - 1 : i;
}

/**
 * The text as HTML with every explained span marked: `<mark>` elements that can be focused from the
 * keyboard (tabindex) and explain their code on hover or focus (a `title` and a CSS tooltip from
 * `data-tip`). Overlapping spans are cut at every boundary so marks never nest; each piece explains
 * all the spans it belongs to. Spans outside the text are clipped or ignored; all text is escaped.
 */
export function highlightSpans(text: string, spans: readonly ExplainedSpan[]): string {
  const rank = (k: SpanKind) => SPAN_KINDS.indexOf(k);
  const valid = spans
    .map((s) => ({ ...s, start: snap(text, Math.max(0, Math.min(text.length, Math.floor(s.start)))), end: snap(text, Math.max(0, Math.min(text.length, Math.floor(s.end)))) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start)
    .sort((a, b) => rank(a.kind) - rank(b.kind));
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = escapeHtml(text.slice(a, b));
    const covering = valid.filter((s) => s.start <= a && s.end >= b);
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const tip = escapeHtml([...new Set(covering.map((s) => s.tip))].join('\n'));
    const kinds = [...new Set(covering.map((s) => s.kind))];
    html += `<mark class="span k-${kinds[0]}${kinds.length > 1 ? ' multi' : ''}" tabindex="0" title="${tip}" data-tip="${tip}">${piece}</mark>`;
  }
  return html;
}
