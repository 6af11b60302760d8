import { useMemo, useState } from 'react';
import type { ReviewListItem } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { hrefFor } from '../app/router.js';
import { EmptyState, ErrorMessage } from '../components/Status.js';
import { VegaChart } from '../components/VegaChart.js';
import { formatWhen } from '../practise/practiseWords.js';
import { COMPARED, compareSpec } from './compareSpec.js';
import { reviewApi } from './reviewApi.js';

const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

/** The kept reviews, newest first, with their key numbers, and a chart comparing them over time. */
export function ReviewList({ reviews, onChanged }: { reviews: readonly ReviewListItem[]; onChanged: () => void }) {
  const [error, setError] = useState<ApiError | null>(null);
  const spec = useMemo(() => compareSpec(reviews), [reviews]);
  const remove = async (r: ReviewListItem) => {
    if (!window.confirm(`Delete the review “${r.title}”? This cannot be undone.`)) return;
    try {
      await reviewApi.remove(r.id);
      onChanged();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <section aria-labelledby="kept-title">
      <h2 id="kept-title">Kept reviews</h2>
      {error && <ErrorMessage error={error} title="The review could not be deleted" />}
      {reviews.length === 0 ? (
        <EmptyState title="No reviews yet.">
          <p>Review a session above; its report is kept here, and with two or more you can compare them over time.</p>
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="review-list">
              <thead>
                <tr>
                  <th scope="col">Review</th>
                  <th scope="col">Added</th>
                  <th scope="col" className="num">Turns</th>
                  <th scope="col" className="num" title="Reflections per question (MITI fair 1, good 2)">R:Q</th>
                  <th scope="col" className="num" title="Complex / all reflections (MITI fair 40%, good 50%)">%CR</th>
                  <th scope="col" className="num" title="Mean EPITOME level over therapist turns (0–2)">Empathy</th>
                  <th scope="col">Safety</th>
                  <th scope="col"><span className="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <a href={hrefFor(['review', r.id])}>{r.title}</a> <span className="muted">({r.format})</span>
                    </td>
                    <td>{formatWhen(r.createdAt)}</td>
                    <td className="num">{r.metrics.turns ?? '—'}</td>
                    <td className="num">{num(r.metrics.reflectionToQuestion)}</td>
                    <td className="num">{r.metrics.percentComplexReflections === null ? '—' : `${Math.round(r.metrics.percentComplexReflections)}%`}</td>
                    <td className="num">{num(r.metrics.meanEmpathy, 2)}</td>
                    <td>{r.metrics.safetyFlags ? <span className="badge bad">{r.metrics.safetyFlags} flagged</span> : <span className="muted">none</span>}</td>
                    <td>
                      <button type="button" className="link" onClick={() => void remove(r)} aria-label={`Delete the review “${r.title}”`}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {reviews.length >= 2 ? (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">Over time</h2>
              <VegaChart
                id="compare"
                spec={spec}
                title="Sessions compared"
                description={`${COMPARED.map((c) => c.title).join(', ')} for each review, oldest first, with the MITI fair and good lines. The table above has the same numbers.`}
              />
            </section>
          ) : (
            <p className="muted">Review one more session to compare them over time.</p>
          )}
        </>
      )}
    </section>
  );
}
