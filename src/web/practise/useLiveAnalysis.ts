import { useEffect, useState } from 'react';
import type { AnalyzeRequest, AnalyzeResponse } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { practiseApi } from './practiseApi.js';

export interface LiveAnalysis {
  record: AnalyzeResponse | null;
  /** The text the record is for (it may lag the draft by the debounce). */
  text: string;
  /** Round trip of the last answer, in milliseconds. */
  ms: number | null;
  pending: boolean;
  error: ApiError | null;
}

/** How long typing must pause before the draft is read: short enough to feel live, long enough not to read every key. */
export const ANALYZE_DEBOUNCE_MS = 200;

/**
 * Reads the draft with the analysis core while it is typed (`POST /api/analyze`, debounced); a newer
 * keystroke cancels the request in flight, so the meter always shows the latest words.
 */
export function useLiveAnalysis(text: string, speaker: AnalyzeRequest['speaker'], context: AnalyzeRequest['context']): LiveAnalysis {
  const [state, setState] = useState<LiveAnalysis>({ record: null, text: '', ms: null, pending: false, error: null });
  const contextKey = JSON.stringify(context ?? []);
  useEffect(() => {
    const trimmed = text.trim();
    if (!trimmed) {
      setState({ record: null, text: '', ms: null, pending: false, error: null });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, pending: true }));
    const timer = window.setTimeout(() => {
      const t0 = performance.now();
      practiseApi.analyze({ text, speaker, context: JSON.parse(contextKey) as AnalyzeRequest['context'] }, ctrl.signal).then(
        (record) => setState({ record, text, ms: Math.round(performance.now() - t0), pending: false, error: null }),
        (e: unknown) => {
          if (!ctrl.signal.aborted) setState((s) => ({ ...s, pending: false, error: asApiError(e) }));
        },
      );
    }, ANALYZE_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [text, speaker, contextKey]);
  return state;
}
