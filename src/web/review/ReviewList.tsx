import { useMemo } from 'react';
import type { ReviewListItem } from '../../shared/api/index.js';
import { hrefFor } from '../app/router.js';
import { ActionsHeader, DeleteButton, PastItems, PastItemsTable } from '../components/PastItems.js';
import { useConfirmedDelete } from '../components/useConfirmedDelete.js';
import { VegaChart } from '../components/VegaChart.js';
import { formatWhen } from '../practise/practiseWords.js';
import { COMPARED, compareSpec } from './compareSpec.js';
import { reviewApi } from './reviewApi.js';

const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));

/** The kept reviews, newest first, with their key numbers, and a chart comparing them over time. */
export function ReviewList({ reviews, onChanged }: { reviews: readonly ReviewListItem[]; onChanged: () => void }) {
  const { error, confirmDelete } = useConfirmedDelete();
  const spec = useMemo(() => compareSpec(reviews), [reviews]);
  const remove = (r: ReviewListItem) => confirmDelete(`Delete the review “${r.title}”? This cannot be undone.`, () => reviewApi.remove(r.id), onChanged);
  return (
    <PastItems
      headingId="kept-title"
      title="Kept reviews"
      count={reviews.length}
      empty={{ title: 'No reviews yet.', text: 'Review a session above; its report is kept here, and with two or more you can compare them over time.' }}
      error={error}
      errorTitle="The review could not be deleted"
    >
      <PastItemsTable
        testId="review-list"
        head={
          <>
            <th scope="col">Review</th>
            <th scope="col">Added</th>
            <th scope="col" className="num">Turns</th>
            <th scope="col" className="num" title="Reflections per question (MITI fair 1, good 2)">R:Q</th>
            <th scope="col" className="num" title="Complex / all reflections (MITI fair 40%, good 50%)">%CR</th>
            <th scope="col" className="num" title="Mean EPITOME level over therapist turns (0–2)">Empathy</th>
            <th scope="col">Safety</th>
            <ActionsHeader />
          </>
        }
      >
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
              <DeleteButton onClick={() => void remove(r)} label={`Delete the review “${r.title}”`} />
            </td>
          </tr>
        ))}
      </PastItemsTable>
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
    </PastItems>
  );
}
