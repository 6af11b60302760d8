import type { AnalysisRecord } from '../../shared/api/index.js';
import { QUADRANT_WORDS, STYLE_WORDS } from '../../present/review/reviewWords.js';
import { words } from '../practise/practiseWords.js';
import { segmentSpans } from '../review/segmentSpans.js';

/** Badge tone of a style or of the style a marker leans to. */
export function styleTone(style: string): 'good' | 'warn' | 'bad' | 'muted' {
  if (style === 'assertive') return 'good';
  if (style === 'aggressive') return 'bad';
  if (style === 'passive' || style === 'passive_aggressive') return 'warn';
  return 'muted';
}

/**
 * What I said, read by the analysis core as a person's words: its style, where it sits on the
 * balance, and each marker with the words that carry it (highlighted in the text, and listed so the
 * words can be read without colour).
 */
export function SaidReading({ record, showText = true }: { record: AnalysisRecord; showText?: boolean }) {
  const spans = record.markers.map((m) => ({ start: m.start, end: m.end, kind: 'style' as const, tip: `${words(m.kind)} (${STYLE_WORDS[m.leaning as keyof typeof STYLE_WORDS] ?? words(m.leaning)})` }));
  return (
    <div className="said-reading" data-testid="said-reading">
      {showText && (
        <p className="said-text">
          {segmentSpans(record.text, spans).map((seg, i) =>
            seg.kind ? (
              <mark key={i} className="span k-style" title={seg.tips.join('\n')}>
                {seg.text}
              </mark>
            ) : (
              <span key={i}>{seg.text}</span>
            ),
          )}
        </p>
      )}
      <p className="badges">
        <span className={`badge ${styleTone(record.style)}`}>Style: {STYLE_WORDS[record.style]}</span>
        <span className="badge muted">{QUADRANT_WORDS[record.balance.quadrant]}</span>
        {record.balance.offBalance && <span className="badge bad">reads as {record.balance.offBalance}</span>}
      </p>
      {record.markers.length > 0 ? (
        <ul className="marker-list" aria-label="Markers found">
          {record.markers.map((m, i) => (
            <li key={i}>
              <span className={`badge ${styleTone(m.leaning)}`}>{words(m.kind)}</span> “{m.text}”
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No style markers found in these words.</p>
      )}
    </div>
  );
}
