import { useState } from 'react';
import type { WorksheetJson, WorksheetKindJson } from '../../shared/api/index.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor, navigate } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState, ErrorMessage, Loading } from '../components/Status.js';
import { useConfirmedDelete } from '../components/useConfirmedDelete.js';
import { formatWhen } from '../practise/practiseWords.js';
import { WorksheetBuilder } from '../worksheets/WorksheetBuilder.js';
import { worksheetsApi } from '../worksheets/worksheetsApi.js';
import { scriptPreview } from '../worksheets/worksheetWords.js';

/**
 * `#/worksheets`: the four worksheets and the saved ones; `#/worksheets/<kind>`: a new one;
 * `#/worksheets/saved/<id>`: a saved one, to read and change.
 */
export function WorksheetsPage({ params }: PageProps) {
  if (params[0] === 'saved' && params[1]) return <SavedWorksheet id={params[1]} />;
  if (params[0]) return <NewWorksheet kind={params[0]} />;
  return <WorksheetsHome />;
}

const back = (
  <p>
    <a href={hrefFor(['worksheets'])}>← All worksheets</a>
  </p>
);

function WorksheetsHome() {
  const data = useApi(async (signal) => {
    const [kinds, saved] = await Promise.all([worksheetsApi.kinds(signal), worksheetsApi.list(signal)]);
    return { kinds: kinds.kinds, saved: saved.worksheets };
  }, []);
  const { error, confirmDelete } = useConfirmedDelete();
  const remove = (w: WorksheetJson, title: string) => confirmDelete(`Delete this ${title} worksheet? This cannot be undone.`, () => worksheetsApi.remove(w.id), data.reload);
  const titleOf = (kind: string) => data.data?.kinds.find((k) => k.kind === kind)?.title ?? kind;
  return (
    <>
      <PageHeading lead="Plan what you will say with the skills of assertiveness training. Each part is checked as you write it: a description of facts, a feeling, a clear request, no over-apologising, no attack.">Worksheets</PageHeading>
      {data.status === 'error' && <ErrorMessage error={data.error} title="The worksheets could not be loaded" onRetry={data.reload} />}
      {!data.data ? (
        data.status === 'loading' && <Loading what="Loading the worksheets" />
      ) : (
        <>
          <ul className="cards">
            {data.data.kinds.map((k) => (
              <li key={k.kind} className="card" data-kind={k.kind}>
                <h2>
                  <a href={hrefFor(['worksheets', k.kind])}>{k.title}</a>
                </h2>
                <p>{k.purpose}</p>
                <p className="muted small">{k.parts.map((p) => p.label).join(' · ')}</p>
              </li>
            ))}
          </ul>
          <section aria-labelledby="saved-title">
            <h2 id="saved-title">Saved worksheets</h2>
            {error && <ErrorMessage error={error} title="The worksheet could not be deleted" />}
            {data.data.saved.length === 0 ? (
              <EmptyState title="No saved worksheets yet.">
                <p>Choose a worksheet above, write your script and save it to find it here.</p>
              </EmptyState>
            ) : (
              <ul className="saved-worksheets" data-testid="saved-worksheets">
                {data.data.saved.map((w) => (
                  <li key={w.id} className="card">
                    <h3>
                      <a href={hrefFor(['worksheets', 'saved', w.id])}>
                        {titleOf(w.kind)}
                        <span className="visually-hidden">, changed {formatWhen(w.updatedAt)}</span>
                      </a>{' '}
                      {w.checks.complete ? <span className="badge good">✓ every part looks good</span> : <span className="badge muted">{w.checks.parts.filter((p) => p.status === 'ok').length} of {w.checks.parts.length} parts good</span>}
                    </h3>
                    <p>{scriptPreview(w.checks.script) || <span className="muted">(no script yet)</span>}</p>
                    <p className="muted small">
                      Changed {formatWhen(w.updatedAt)} ·{' '}
                      <button type="button" className="link" onClick={() => void remove(w, titleOf(w.kind))} aria-label={`Delete the ${titleOf(w.kind)} worksheet changed ${formatWhen(w.updatedAt)}`}>
                        Delete
                      </button>
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}

function useKinds() {
  return useApi((signal) => worksheetsApi.kinds(signal), []);
}

function NewWorksheet({ kind }: { kind: string }) {
  const kinds = useKinds();
  const info = kinds.data?.kinds.find((k) => k.kind === kind);
  if (!info) {
    return (
      <>
        <PageHeading>Worksheet</PageHeading>
        {kinds.status === 'error' ? (
          <ErrorMessage error={kinds.error} title="The worksheet could not be opened" onRetry={kinds.reload} />
        ) : kinds.data ? (
          <EmptyState title={`There is no worksheet called “${kind}”.`} action={<a href={hrefFor(['worksheets'])}>See the worksheets</a>} />
        ) : (
          <Loading what="Opening the worksheet" />
        )}
        {back}
      </>
    );
  }
  return (
    <>
      <PageHeading lead={info.purpose}>{info.title}</PageHeading>
      {back}
      <WorksheetBuilder key={info.kind} info={info} saved={null} onSaved={(w) => navigate(hrefFor(['worksheets', 'saved', w.id], { saved: 1 }))} />
    </>
  );
}

function SavedWorksheet({ id }: { id: string }) {
  const loaded = useApi(async (signal) => {
    const [kinds, worksheet] = await Promise.all([worksheetsApi.kinds(signal), worksheetsApi.get(id, signal)]);
    return { kinds: kinds.kinds, worksheet };
  }, [id]);
  const [latest, setLatest] = useState<WorksheetJson | null>(null);
  const w = latest && latest.id === id ? latest : loaded.data?.worksheet;
  const info = w && loaded.data?.kinds.find((k) => k.kind === (w.kind as WorksheetKindJson));
  if (!w || !info) {
    return (
      <>
        <PageHeading>Worksheet</PageHeading>
        {loaded.status === 'error' ? <ErrorMessage error={loaded.error} title="This worksheet could not be opened" onRetry={loaded.reload} /> : <Loading what="Opening the worksheet" />}
        {back}
      </>
    );
  }
  return (
    <>
      <PageHeading lead={<>{info.purpose} Saved {formatWhen(w.createdAt)}{w.updatedAt !== w.createdAt && <>, changed {formatWhen(w.updatedAt)}</>}.</>}>{info.title}</PageHeading>
      {back}
      <WorksheetBuilder key={`${w.id}:${w.updatedAt}`} info={info} saved={w} onSaved={setLatest} />
    </>
  );
}
