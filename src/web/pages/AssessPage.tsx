import { useState } from 'react';
import type { AssessmentJson } from '../../shared/api/index.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { AssessmentHistory } from '../assess/AssessmentHistory.js';
import { AssessmentResult } from '../assess/AssessmentResult.js';
import { assessApi } from '../assess/assessApi.js';
import { AUDIENCE, DESCRIBE_NOT_DIAGNOSE, minutesFor, resultLine } from '../assess/assessWords.js';
import { QuestionnaireForm } from '../assess/QuestionnaireForm.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState, ErrorMessage, Loading } from '../components/Status.js';
import { formatWhen } from '../practise/practiseWords.js';

/** `#/assess`: the questionnaires with their latest result; `#/assess/:id`: one questionnaire, its source, results over time. */
export function AssessPage({ params }: PageProps) {
  return params[0] ? <InstrumentPage id={params[0]} /> : <AssessHome />;
}

function AssessHome() {
  const data = useApi(async (signal) => {
    const [instruments, results] = await Promise.all([assessApi.instruments(signal), assessApi.list(undefined, signal)]);
    return { instruments: instruments.instruments, results: results.assessments };
  }, []);
  return (
    <>
      <PageHeading lead="Short self-report questionnaires that are free to use, scored with their published keys. Take one now and again later to see change over time.">Assess</PageHeading>
      <p className="notice compact">
        <strong>{DESCRIBE_NOT_DIAGNOSE}</strong> They show how you see yourself, not what is wrong or right with you.
      </p>
      {data.status === 'error' && <ErrorMessage error={data.error} title="The questionnaires could not be loaded" onRetry={data.reload} />}
      {!data.data ? (
        data.status === 'loading' && <Loading what="Loading the questionnaires" />
      ) : data.data.instruments.length === 0 ? (
        <EmptyState title="No questionnaires are installed." />
      ) : (
        <ul className="cards instruments">
          {data.data.instruments.map((i) => {
            const mine = data.data!.results.filter((r) => r.instrumentId === i.id);
            const last = mine[0];
            return (
              <li key={i.id} className="card" data-instrument={i.id}>
                <h2>
                  <a href={hrefFor(['assess', i.id])}>{i.title}</a>
                </h2>
                <p>{AUDIENCE[i.id] ?? i.scales.map((s) => s.title).join(', ')}</p>
                <p className="muted small">
                  {i.itemCount} questions, {minutesFor(i.itemCount)}
                  {i.scales.length > 1 && <> · {i.scales.length} scales</>}
                </p>
                {last ? (
                  <p className="small">
                    Last taken {formatWhen(last.takenAt)}: {resultLine(last)}
                    {mine.length > 1 && <span className="muted"> ({mine.length} results)</span>}
                  </p>
                ) : (
                  <p className="small muted">Not taken yet.</p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function InstrumentPage({ id }: { id: string }) {
  const instrument = useApi((signal) => assessApi.instrument(id, signal), [id]);
  const results = useApi((signal) => assessApi.list(id, signal), [id]);
  const [latest, setLatest] = useState<AssessmentJson | null>(null);
  const back = (
    <p>
      <a href={hrefFor(['assess'])}>← All questionnaires</a>
    </p>
  );
  if (!instrument.data) {
    return (
      <>
        <PageHeading>Questionnaire</PageHeading>
        {instrument.status === 'error' ? <ErrorMessage error={instrument.error} title="This questionnaire could not be opened" onRetry={instrument.reload} /> : <Loading what="Opening the questionnaire" />}
        {back}
      </>
    );
  }
  const inst = instrument.data;
  const itemCount = inst.scales.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      <PageHeading lead={<>{AUDIENCE[inst.id] ?? ''} {itemCount} questions, {minutesFor(itemCount)}.</>}>{inst.title}</PageHeading>
      {back}
      {latest && <AssessmentResult result={latest} instrument={inst} focus />}
      {latest ? (
        <p>
          <button type="button" className="secondary" onClick={() => setLatest(null)}>
            Answer again
          </button>
        </p>
      ) : (
        <QuestionnaireForm
          key={inst.id}
          instrument={inst}
          onSubmitted={(a) => {
            setLatest(a);
            results.reload();
          }}
        />
      )}
      {results.status === 'error' && <ErrorMessage error={results.error} title="Your past results could not be loaded" onRetry={results.reload} />}
      {results.data && <AssessmentHistory instrument={inst} results={results.data.assessments} onChanged={results.reload} />}
      <section aria-labelledby="source-title" className="source">
        <h2 id="source-title">Source</h2>
        <p className="citation" data-testid="citation">
          {inst.citation}
        </p>
        <p className="muted">{inst.source}</p>
        <p className="muted">
          Licence: {inst.licence}
          {inst.url && (
            <>
              {' '}
              (<a href={inst.url} rel="noopener noreferrer" target="_blank">{inst.url}</a>)
            </>
          )}
        </p>
        <details>
          <summary>How it is scored</summary>
          <p>{inst.scoring}</p>
          <p>{inst.missingRule}</p>
          <p>{inst.interpretation.note}</p>
        </details>
      </section>
    </>
  );
}
