import type { PageProps } from '../app/routeTypes.js';
import { hrefFor, navigate } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { PageHeading } from '../components/PageHeading.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { PracticeHistory } from '../practise/PracticeHistory.js';
import { practiseApi } from '../practise/practiseApi.js';
import { PractiseSession } from '../practise/PractiseSession.js';
import { ScenarioPicker, type PickerFilters } from '../practise/ScenarioPicker.js';

/** `#/practise`: the scenario picker and the history; `#/practise/session/:id`: one conversation. */
export function PractisePage({ params, query }: PageProps) {
  if (params[0] === 'session' && params[1]) return <PractiseSession sessionId={params[1]} />;
  return <PractiseHome query={query} />;
}

function PractiseHome({ query }: { query: URLSearchParams }) {
  const data = useApi(async (signal) => {
    const [scenarios, history] = await Promise.all([practiseApi.scenarios(signal), practiseApi.sessions(signal)]);
    return { scenarios: scenarios.scenarios, sessions: history.sessions };
  }, []);
  const filters: PickerFilters = { skill: query.get('skill') ?? '', level: query.get('level') ?? '', role: query.get('role') ?? '' };
  const open = data.data?.sessions.find((s) => s.status === 'in_progress');
  return (
    <>
      <PageHeading lead="Role-play a conversation. After every reply you see what it did, how the other person took it, and one thing to try.">Practise</PageHeading>
      {data.status === 'error' && <ErrorMessage error={data.error} title="The scenarios could not be loaded" onRetry={data.reload} />}
      {!data.data ? (
        data.status === 'loading' && <Loading what="Loading the scenarios" />
      ) : (
        <>
          {open && (
            <div className="notice">
              <p className="notice-title">You have a conversation in progress.</p>
              <p>
                <a href={hrefFor(['practise', 'session', open.id])}>Continue “{open.title}”</a> ({open.turns} {open.turns === 1 ? 'reply' : 'replies'} so far)
              </p>
            </div>
          )}
          <ScenarioPicker scenarios={data.data.scenarios} filters={filters} onFilters={(f) => navigate(hrefFor(['practise'], { ...f }), { replace: true })} />
          <PracticeHistory sessions={data.data.sessions} />
        </>
      )}
    </>
  );
}
