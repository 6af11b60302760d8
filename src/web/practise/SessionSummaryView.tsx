import type { SessionSummary } from '../../shared/api/index.js';
import { QUADRANT_WORDS } from '../../present/review/reviewWords.js';
import { QUADRANTS } from '../../core/types.js';
import { BalancePlane } from '../components/BalancePlane.js';
import { Gauge } from '../components/Gauge.js';
import { OUTCOME_TONE, OUTCOME_WORDS, assertivenessWords, capitalise, empathyWords, words } from './practiseWords.js';

const SKILL_STATUS = { reliable: { badge: 'good', text: 'shown reliably' }, emerging: { badge: 'warn', text: 'emerging' }, missed: { badge: 'bad', text: 'not shown yet' } } as const;
const NEXT_WORDS = { advance: 'Next step up', repeat: 'Practise this again', step_back: 'A step back first' } as const;

/** The end-of-session summary: how it ended, the scores, the balance path, the skills, the debrief and what to try next. */
export function SessionSummaryView({ summary, onStart, starting }: { summary: SessionSummary; onStart: (scenarioId: string) => void; starting: boolean }) {
  const s = summary.scores;
  return (
    <section className="panel summary" aria-labelledby="summary-title" data-testid="session-summary">
      <h2 id="summary-title">How the session went</h2>
      {summary.ending ? (
        <div className={`notice ${OUTCOME_TONE[summary.ending.outcome]}`}>
          <p className="notice-title">It {OUTCOME_WORDS[summary.ending.outcome]}.</p>
          <p>{summary.ending.message}</p>
        </div>
      ) : (
        <p className="notice">You stopped before the conversation reached an ending.</p>
      )}
      {summary.turns === 0 ? (
        <p className="muted">No replies were given, so there is nothing to score.</p>
      ) : (
        <div className="summary-grid">
          <div>
            <h3>Scores over {summary.turns} {summary.turns === 1 ? 'reply' : 'replies'}</h3>
            <Gauge label="Mean empathy" value={s.empathy} min={0} max={1} text={`${s.empathy.toFixed(2)} · ${empathyWords(s.empathy)}`} tone={s.empathy >= 0.5 ? 'good' : 'neutral'} />
            <Gauge label="Mean assertiveness" value={s.assertiveness} min={-1} max={1} text={`${s.assertiveness.toFixed(2)} · ${assertivenessWords(s.assertiveness)}`} tone={s.assertiveness >= 0.2 ? 'good' : 'neutral'} />
            <p>
              EPITOME means (0–2): emotional reactions {s.mechanisms.er.toFixed(1)}, interpretations {s.mechanisms.ip.toFixed(1)}, explorations {s.mechanisms.ex.toFixed(1)}.
            </p>
            <p>
              Replies per quadrant: {QUADRANTS.map((q) => `${QUADRANT_WORDS[q]} ${s.quadrants[q] ?? 0}`).join(' · ')}.
              {(s.offBalance.aggressive > 0 || s.offBalance.passive > 0) && <> Off balance: {s.offBalance.aggressive} aggressive, {s.offBalance.passive} passive.</>}
            </p>
            {s.mi && (
              <p>
                Reflections {s.mi.reflections} ({s.mi.complexReflections} complex), questions {s.mi.questions}; reflection-to-question ratio{' '}
                {s.mi.reflectionToQuestion === null ? '—' : s.mi.reflectionToQuestion.toFixed(1)} (MITI fair 1, good 2).
              </p>
            )}
          </div>
          <figure className="summary-plane">
            <BalancePlane
              title="Balance path of your replies"
              size={200}
              points={summary.balancePath.map((p) => ({ empathy: p.empathy, assertiveness: p.assertiveness, quadrant: p.quadrant, label: `reply ${p.turn}: ${QUADRANT_WORDS[p.quadrant]}` }))}
            />
            <figcaption>Your replies in order across the balance plane.</figcaption>
          </figure>
        </div>
      )}
      {Object.keys(summary.state).length > 0 && (
        <>
          <h3>The other person's state</h3>
          <ul>
            {Object.entries(summary.state).map(([k, v]) => (
              <li key={k}>
                {capitalise(words(k))}: {v.start} → {v.end} (lowest {v.min}, highest {v.max})
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.skills.length > 0 && (
        <>
          <h3>Skills</h3>
          <ul className="skill-list">
            {summary.skills.map((k) => (
              <li key={k.skill}>
                <span className={`badge ${SKILL_STATUS[k.status].badge}`}>{SKILL_STATUS[k.status].text}</span> {capitalise(k.label)} (shown {k.shown}, missed {k.missed})
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.debrief.length > 0 && (
        <>
          <h3>Debrief</h3>
          {summary.debrief.map((d, i) => <p key={i}>{d}</p>)}
        </>
      )}
      {summary.next && (
        <div className="notice next">
          <p className="notice-title">{NEXT_WORDS[summary.next.action]}{summary.next.title ? `: ${summary.next.title}` : ''}</p>
          <p>{capitalise(summary.next.reason)}</p>
          {summary.next.scenarioId && (
            <button type="button" onClick={() => onStart(summary.next!.scenarioId!)} disabled={starting}>
              Start {summary.next.title ?? 'it'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
