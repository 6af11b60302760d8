import { useMemo, useState } from 'react';
import type { AssessmentJson, InstrumentDetail } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { EmptyState, ErrorMessage } from '../components/Status.js';
import { VegaChart } from '../components/VegaChart.js';
import { formatWhen } from '../practise/practiseWords.js';
import { scoresOverTimeSpec } from '../progress/progressSpecs.js';
import { assessApi } from './assessApi.js';
import { formatScore } from './assessWords.js';

/** The lowest band boundary above the bottom, drawn as a line (CBI: 50); none for IPIP. */
export function cutoffOf(instrument: Pick<InstrumentDetail, 'interpretation'>): number | null {
  const bands = instrument.interpretation.bands;
  return bands.length > 1 ? bands[bands.length - 1].from : null;
}

/** Past results of one questionnaire: a chart over time (two or more), and the table with the same numbers. */
export function AssessmentHistory({ instrument, results, onChanged }: { instrument: InstrumentDetail; results: readonly AssessmentJson[]; onChanged: () => void }) {
  const [error, setError] = useState<ApiError | null>(null);
  const scales = instrument.scales;
  const spec = useMemo(() => {
    const points = results.flatMap((r) => r.scores.scales.filter((s) => s.score !== null).map((s) => ({ at: r.takenAt, scale: s.title, score: s.score as number })));
    const all = results.flatMap((r) => r.scores.scales);
    const range = { min: Math.min(...all.map((s) => s.min)), max: Math.max(...all.map((s) => s.max)) };
    return scoresOverTimeSpec(points, range, cutoffOf(instrument));
  }, [results, instrument]);
  const remove = async (r: AssessmentJson) => {
    if (!window.confirm(`Delete the result of ${formatWhen(r.takenAt)}? This cannot be undone.`)) return;
    try {
      await assessApi.remove(r.id);
      onChanged();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Your results over time</h2>
      {error && <ErrorMessage error={error} title="The result could not be deleted" />}
      {results.length === 0 ? (
        <EmptyState title="No results yet.">
          <p>Answer the questions above; each time you do, your scores are kept here so you can see change over weeks and months.</p>
        </EmptyState>
      ) : (
        <>
          {results.length >= 2 ? (
            <VegaChart id={`scores-${instrument.id}`} spec={spec} title={`${instrument.title} over time`} description="Each scale's score at each time you answered, oldest on the left. The table below has the same numbers." />
          ) : (
            <p className="muted">Answer again in a few weeks to see a line of change here.</p>
          )}
          <div className="table-wrap">
            <table data-testid="assessment-history">
              <thead>
                <tr>
                  <th scope="col">Taken</th>
                  {scales.map((s) => (
                    <th key={s.id} scope="col" className="num">
                      {s.title}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={r.id}>
                    <td>{formatWhen(r.takenAt)}</td>
                    {scales.map((s) => {
                      const sc = r.scores.scales.find((x) => x.scaleId === s.id);
                      return (
                        <td key={s.id} className="num">
                          {sc?.score == null ? '—' : formatScore(sc.score, sc.max)}
                        </td>
                      );
                    })}
                    <td>
                      <button type="button" className="link" onClick={() => void remove(r)} aria-label={`Delete the result of ${formatWhen(r.takenAt)}`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
