import type { PracticeSessionListItem } from '../../shared/api/index.js';
import { hrefFor } from '../app/router.js';
import { PastItems, PastItemsTable } from '../components/PastItems.js';
import { OUTCOME_TONE, OUTCOME_WORDS, formatWhen } from './practiseWords.js';

/** Past and open sessions, newest first, each a link back into its conversation. */
export function PracticeHistory({ sessions }: { sessions: readonly PracticeSessionListItem[] }) {
  return (
    <PastItems
      headingId="history-title"
      title="Your sessions"
      count={sessions.length}
      empty={{ title: 'No practice sessions yet.', text: 'Pick a scenario above; every session you start is kept here.' }}
    >
      <PastItemsTable
        testId="practice-history"
        head={
          <>
            <th scope="col">Scenario</th>
            <th scope="col">Started</th>
            <th scope="col" className="num">Replies</th>
            <th scope="col">Outcome</th>
            <th scope="col" className="num">Empathy</th>
            <th scope="col" className="num">Assertiveness</th>
          </>
        }
      >
        {sessions.map((s) => (
          <tr key={s.id}>
            <td>
              <a href={hrefFor(['practise', 'session', s.id])}>{s.title}</a> <span className="muted">(level {s.level})</span>
            </td>
            <td>{formatWhen(s.startedAt)}</td>
            <td className="num">{s.turns}</td>
            <td>
              {s.status === 'in_progress' ? (
                <span className="badge">in progress</span>
              ) : s.ending ? (
                <span className={`badge ${OUTCOME_TONE[s.ending.outcome]}`}>{OUTCOME_WORDS[s.ending.outcome]}</span>
              ) : (
                <span className="badge muted">stopped</span>
              )}
            </td>
            <td className="num">{s.empathy === null ? '—' : s.empathy.toFixed(2)}</td>
            <td className="num">{s.assertiveness === null ? '—' : s.assertiveness.toFixed(2)}</td>
          </tr>
        ))}
      </PastItemsTable>
    </PastItems>
  );
}
