import { useState } from 'react';
import type { LadderJson } from '../../shared/api/index.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor, navigate } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState, ErrorMessage, Loading } from '../components/Status.js';
import { ladderApi } from '../ladder/ladderApi.js';
import { LadderView } from '../ladder/LadderView.js';
import { nextAdvice } from '../ladder/ladderWords.js';
import { NewLadderForm } from '../ladder/NewLadderForm.js';

/** `#/ladder`: your ladders and a new one; `#/ladder/:id`: one ladder to climb. */
export function LadderPage({ params }: PageProps) {
  return params[0] ? <OneLadder id={params[0]} /> : <LadderHome />;
}

function LadderHome() {
  const list = useApi((signal) => ladderApi.list(signal), []);
  return (
    <>
      <PageHeading lead="Graded exposure: face situations that make you anxious one step at a time, starting with the easiest. Rate your anxiety before and after each step and watch it come down.">Exposure ladder</PageHeading>
      {list.status === 'error' && <ErrorMessage error={list.error} title="Your ladders could not be loaded" onRetry={list.reload} />}
      {!list.data ? (
        list.status === 'loading' && <Loading what="Loading your ladders" />
      ) : (
        <section aria-labelledby="ladders-title">
          <h2 id="ladders-title">Your ladders</h2>
          {list.data.ladders.length === 0 ? (
            <EmptyState title="No ladder yet.">
              <p>Build one below: a handful of situations, from the ones that make you a little anxious to the ones you dread.</p>
            </EmptyState>
          ) : (
            <ul className="cards ladders">
              {list.data.ladders.map((l) => (
                <li key={l.id} className="card" data-ladder={l.id}>
                  <h3>
                    <a href={hrefFor(['ladder', l.id])}>{l.title}</a>
                  </h3>
                  <p>
                    {l.progress.done} of {l.progress.total} steps done
                  </p>
                  <progress max={Math.max(1, l.progress.total)} value={l.progress.done} aria-hidden="true" />
                  <p className="muted small">{nextAdvice(l).text}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <NewLadderForm onCreated={(l) => navigate(hrefFor(['ladder', l.id]))} />
    </>
  );
}

function OneLadder({ id }: { id: string }) {
  const loaded = useApi((signal) => ladderApi.get(id, signal), [id]);
  const [ladder, setLadder] = useState<LadderJson | null>(null);
  const shown = ladder && ladder.id === id ? ladder : loaded.data;
  const back = (
    <p>
      <a href={hrefFor(['ladder'])}>← All ladders</a>
    </p>
  );
  if (!shown) {
    return (
      <>
        <PageHeading>Exposure ladder</PageHeading>
        {loaded.status === 'error' ? <ErrorMessage error={loaded.error} title="This ladder could not be opened" onRetry={loaded.reload} /> : <Loading what="Opening the ladder" />}
        {back}
      </>
    );
  }
  return (
    <>
      <PageHeading lead="Start at the top with the easiest step; move on when a step feels manageable.">{shown.title}</PageHeading>
      {back}
      <LadderView ladder={shown} onChange={setLadder} onDeleted={() => navigate(hrefFor(['ladder']))} />
    </>
  );
}
