import type { LearnerEntry } from '../../shared/api/index.js';
import type { ScenarioDetail } from '../../shared/api/index.js';
import { words } from './practiseWords.js';

const TONE_BADGE = { good: 'good', off: 'bad', neutral: 'muted' } as const;
const TONE_WORDS = { good: 'helps', off: 'loses the balance', neutral: 'neutral' } as const;

/**
 * What the practice engine said about one reply: what it did (with the words that carried it), how
 * the other person took it, the state after it, what went well and one thing to try.
 */
export function TurnFeedback({ entry, persona, scenario }: { entry: LearnerEntry; persona: string; scenario: ScenarioDetail | null }) {
  const f = entry.feedback;
  const vars = Object.keys(entry.state).sort((a, b) => (a === 'rapport' ? -1 : b === 'rapport' ? 1 : a.localeCompare(b)));
  return (
    <div className="feedback" data-testid="turn-feedback">
      <h3>What your reply did</h3>
      {f.did.length === 0 ? (
        <p className="muted">Nothing the analysis could name.</p>
      ) : (
        <ul className="did-list">
          {f.did.map((d, i) => (
            <li key={i}>
              <span className={`badge ${TONE_BADGE[d.tone]}`} title={TONE_WORDS[d.tone]}>
                <span className="visually-hidden">{TONE_WORDS[d.tone]}: </span>
                {d.label}
              </span>
              {d.words.length > 0 && <span className="did-words"> {d.words.map((w) => `“${w}”`).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>How {persona} took it</h3>
      {f.reaction.length === 0 ? <p className="muted">No visible reaction.</p> : <ul>{f.reaction.map((r, i) => <li key={i}>{r}</li>)}</ul>}
      <table className="state-table">
        <caption className="visually-hidden">{persona}'s state after this reply</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col" className="num">Now</th>
            <th scope="col" className="num">Change</th>
          </tr>
        </thead>
        <tbody>
          {vars.map((v) => {
            const change = entry.stateChange[v];
            const range = scenario?.state[v];
            return (
              <tr key={v}>
                <th scope="row" title={range?.description}>{words(v)}</th>
                <td className="num">
                  {entry.state[v]}
                  {range && <span className="muted"> / {range.max}</span>}
                </td>
                <td className={`num ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`}>{change === undefined ? '—' : `${change > 0 ? '+' : ''}${change}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {f.wentWell.length > 0 && (
        <>
          <h3>What went well</h3>
          <ul className="went-well">{f.wentWell.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </>
      )}
      {f.suggestion && (
        <div className="notice suggestion">
          <p className="notice-title">Try this</p>
          <p>{f.suggestion.advice}</p>
          {f.suggestion.example && (
            <p>
              For example: <q>{f.suggestion.example}</q>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
