import { useState } from 'react';
import type { CreateReviewResponse } from '../../shared/api/index.js';
import { useApi } from '../api/useApi.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor, navigate } from '../app/router.js';
import { PageHeading } from '../components/PageHeading.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { useConfirmedDelete } from '../components/useConfirmedDelete.js';
import { formatWhen } from '../practise/practiseWords.js';
import { reviewApi } from '../review/reviewApi.js';
import { ReviewForm } from '../review/ReviewForm.js';
import { ReviewList } from '../review/ReviewList.js';
import { ReviewReportView } from '../review/ReviewReportView.js';

/** `#/review`: a new review, the kept ones and how they compare; `#/review/:id`: one report. */
export function ReviewPage({ params }: PageProps) {
  return params[0] ? <ReviewDetailPage id={params[0]} /> : <ReviewHome />;
}

function ReviewHome() {
  const list = useApi((signal) => reviewApi.list(signal), []);
  const [created, setCreated] = useState<CreateReviewResponse | null>(null);
  const onCreated = (res: CreateReviewResponse) => {
    if (res.reviews.length === 1 && res.warnings.length === 0) {
      navigate(hrefFor(['review', res.reviews[0].id]));
      return;
    }
    setCreated(res);
    list.reload();
  };
  return (
    <>
      <PageHeading lead="Upload or paste a counselling session's transcript: attune codes every turn (MI behaviour, empathy, stance), flags safety talk and alliance ruptures, and scores the session against the MITI thresholds.">Review</PageHeading>
      {created && (
        <div className="notice good" role="status">
          <p className="notice-title">{created.reviews.length === 1 ? 'The session was reviewed.' : `${created.reviews.length} sessions were reviewed.`}</p>
          <ul>
            {created.reviews.map((r) => (
              <li key={r.id}>
                <a href={hrefFor(['review', r.id])}>{r.title}</a>
              </li>
            ))}
          </ul>
          {created.warnings.length > 0 && (
            <ul className="muted">
              {created.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          )}
        </div>
      )}
      <ReviewForm onCreated={onCreated} />
      {list.status === 'error' && <ErrorMessage error={list.error} title="The kept reviews could not be loaded" onRetry={list.reload} />}
      {list.data ? <ReviewList reviews={list.data.reviews} onChanged={list.reload} /> : list.status === 'loading' && <Loading what="Loading your reviews" />}
    </>
  );
}

function ReviewDetailPage({ id }: { id: string }) {
  const detail = useApi((signal) => reviewApi.get(id, signal), [id]);
  const { error, confirmDelete } = useConfirmedDelete();
  const remove = async () => {
    if (!detail.data) return;
    await confirmDelete(`Delete the review “${detail.data.title}”? This cannot be undone.`, () => reviewApi.remove(id), () => navigate(hrefFor(['review'])));
  };
  if (!detail.data) {
    return (
      <>
        <PageHeading>Session review</PageHeading>
        {detail.status === 'error' ? <ErrorMessage error={detail.error} title="This review could not be opened" onRetry={detail.reload} /> : <Loading what="Opening the review" />}
        <p>
          <a href={hrefFor(['review'])}>← All reviews</a>
        </p>
      </>
    );
  }
  const d = detail.data;
  return (
    <>
      <PageHeading lead={<>{d.sourceName ? `From ${d.sourceName}` : 'Pasted text'} · {d.format} · reviewed {formatWhen(d.createdAt)}</>}>{d.title}</PageHeading>
      <div className="actions">
        <a href={hrefFor(['review'])}>← All reviews</a>
        <a className="button secondary" href={reviewApi.htmlUrl(id)} target="_blank" rel="noopener noreferrer">
          Printable report
        </a>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete this review
        </button>
      </div>
      {error && <ErrorMessage error={error} title="The review could not be deleted" />}
      <ReviewReportView detail={d} />
    </>
  );
}
