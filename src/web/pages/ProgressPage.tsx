import { useMemo, type ReactNode } from 'react';
import type { InstrumentDetail, ProgressResponse } from '../../shared/api/index.js';
import type { PageProps } from '../app/routeTypes.js';
import { hrefFor } from '../app/router.js';
import { useApi } from '../api/useApi.js';
import { cutoffOf } from '../assess/AssessmentHistory.js';
import { formatScore } from '../assess/assessWords.js';
import { PageHeading } from '../components/PageHeading.js';
import { EmptyState, ErrorMessage, Loading } from '../components/Status.js';
import { VegaChart } from '../components/VegaChart.js';
import { formatWhen } from '../practise/practiseWords.js';
import { instrumentRange, loadDashboard } from '../progress/progressApi.js';
import { balancePathSpec, diarySpec, diarySummary, masteredSpec, practiceSpec, scoresOverTimeSpec } from '../progress/progressSpecs.js';

/** A number people take in at a glance, with what it counts. */
function Tile({ value, label, href }: { value: ReactNode; label: string; href: string }) {
  return (
    <li className="tile">
      <a href={href}>
        <span className="tile-value">{value}</span>
        <span className="tile-label">{label}</span>
      </a>
    </li>
  );
}

function Area({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dash-area" aria-labelledby={`${id}-title`} data-area={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/**
 * `#/progress`: one page of pictures over time — practice (empathy, assertiveness, the balance path,
 * scenarios mastered), questionnaire scores, the diary's anxiety before and after, the ladders — each
 * with a sentence of the same numbers and an empty state that says where to start.
 */
export function ProgressPage(_props: PageProps) {
  const data = useApi((signal) => loadDashboard(signal), []);
  return (
    <>
      <PageHeading lead="Your practice, questionnaires, diary and ladders over time, in pictures.">Progress</PageHeading>
      {data.status === 'error' && <ErrorMessage error={data.error} title="Your progress could not be loaded" onRetry={data.reload} />}
      {!data.data ? data.status === 'loading' && <Loading what="Gathering your progress" /> : <Dashboard progress={data.data.progress} instruments={data.data.instruments} />}
    </>
  );
}

function Dashboard({ progress: p, instruments }: { progress: ProgressResponse; instruments: InstrumentDetail[] }) {
  const specs = useMemo(
    () => ({ empathy: practiceSpec(p.practice, 'empathy'), assertiveness: practiceSpec(p.practice, 'assertiveness'), balance: balancePathSpec(p.balancePath), mastered: masteredSpec(p.mastered, p.scenarioCount), diary: diarySpec(p.diary) }),
    [p],
  );
  const questionnaireCharts = useMemo(
    () =>
      instruments.map((inst) => {
        const results = p.questionnaires.filter((q) => q.instrumentId === inst.id);
        const titleOf = new Map(inst.scales.map((s) => [s.id, s.title]));
        const points = results.flatMap((r) => Object.entries(r.scores).map(([scale, score]) => ({ at: r.takenAt, scale: titleOf.get(scale) ?? scale, score })));
        const range = instrumentRange(inst);
        const last = results[results.length - 1];
        return { inst, results, range, last, spec: scoresOverTimeSpec(points, range, cutoffOf(inst)) };
      }),
    [p, instruments],
  );
  const stepsDone = p.ladders.reduce((n, l) => n + l.done, 0);
  const stepsTotal = p.ladders.reduce((n, l) => n + l.total, 0);
  const nothing = p.practice.length + p.questionnaires.length + p.diary.length + p.ladders.length === 0;
  const lastSession = p.practice[p.practice.length - 1];

  if (nothing) {
    return (
      <EmptyState title="Nothing to show yet.">
        <p>Your progress appears here as you use attune. Good places to start:</p>
        <ul className="inline-links">
          <li><a href={hrefFor(['practise'])}>practise a scenario</a></li>
          <li><a href={hrefFor(['assess'])}>take a questionnaire</a></li>
          <li><a href={hrefFor(['diary'])}>note a situation in the diary</a></li>
          <li><a href={hrefFor(['ladder'])}>build an exposure ladder</a></li>
        </ul>
      </EmptyState>
    );
  }

  return (
    <div className="dashboard" data-testid="dashboard">
      <ul className="tiles" aria-label="At a glance">
        <Tile value={p.practice.length} label={p.practice.length === 1 ? 'practice session' : 'practice sessions'} href={hrefFor(['practise'])} />
        <Tile value={<>{p.mastered.length}<span className="tile-of"> / {p.scenarioCount}</span></>} label="scenarios mastered" href={hrefFor(['practise'])} />
        <Tile value={p.questionnaires.length} label={p.questionnaires.length === 1 ? 'questionnaire taken' : 'questionnaires taken'} href={hrefFor(['assess'])} />
        <Tile value={p.diary.length} label={p.diary.length === 1 ? 'diary entry' : 'diary entries'} href={hrefFor(['diary'])} />
        <Tile value={<>{stepsDone}<span className="tile-of"> / {stepsTotal}</span></>} label="ladder steps done" href={hrefFor(['ladder'])} />
      </ul>

      <div className="dash-grid">
        <Area id="practice" title="Empathy and assertiveness in practice">
          {p.practice.length === 0 ? (
            <EmptyState title="No practice yet." action={<a href={hrefFor(['practise'])}>Practise a scenario</a>} />
          ) : (
            <>
              <VegaChart id="dash-empathy" spec={specs.empathy} title="Empathy per session" description="Mean empathy (0–1) of each practice session, oldest on the left, coloured by how it ended; the dashed line marks warm (0.5)." />
              <VegaChart id="dash-assertiveness" spec={specs.assertiveness} title="Assertiveness per session" description="Mean assertiveness (−1 passive … +1 directive) of each session, oldest on the left; the dashed line marks clear (0.2)." />
              <p className="muted small">
                Over {p.practice.length} {p.practice.length === 1 ? 'session' : 'sessions'}: empathy {mean(p.practice.map((s) => s.empathy)).toFixed(2)} and assertiveness {mean(p.practice.map((s) => s.assertiveness)).toFixed(2)} on average;
                latest “{lastSession.title}”: {lastSession.empathy.toFixed(2)} and {lastSession.assertiveness.toFixed(2)}.
              </p>
            </>
          )}
        </Area>

        <Area id="balance" title="The balance path">
          {p.balancePath.length === 0 ? (
            <EmptyState title="No replies to place yet." action={<a href={hrefFor(['practise'])}>Practise a scenario</a>} />
          ) : (
            <>
              <VegaChart id="dash-balance" spec={specs.balance} title="Every reply on the empathy × assertiveness plane" description="Each dot is one practice reply; older sessions are fainter and the latest session's replies are joined in order. Top right is attuned and clear." />
              <p className="muted small">
                {p.balancePath.length} replies; {Math.round((100 * p.balancePath.filter((b) => b.quadrant === 'attuned_and_clear').length) / p.balancePath.length)}% attuned and clear.
              </p>
            </>
          )}
        </Area>

        <Area id="mastered" title="Scenarios mastered">
          {p.mastered.length === 0 ? (
            <EmptyState title={`None of the ${p.scenarioCount} scenarios mastered yet.`}>
              <p>A scenario is mastered when it ends well with every skill it trains shown reliably. <a href={hrefFor(['practise'])}>Choose one to practise</a>.</p>
            </EmptyState>
          ) : (
            <>
              <VegaChart id="dash-mastered" spec={specs.mastered} title={`Scenarios mastered: ${p.mastered.length} of ${p.scenarioCount}`} description="The running count of scenarios mastered, by the date each was first mastered." />
              <ul className="muted small">
                {p.mastered.map((m) => (
                  <li key={m.scenarioId}>
                    {m.title} (level {m.level}), {formatWhen(m.at)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Area>

        <Area id="questionnaires" title="Questionnaire scores">
          {questionnaireCharts.length === 0 ? (
            <EmptyState title="No questionnaire taken yet." action={<a href={hrefFor(['assess'])}>Take a questionnaire</a>} />
          ) : (
            <>
              <p className="muted small">Scores describe; they do not diagnose.</p>
              {questionnaireCharts.map(({ inst, results, range, last, spec }) => (
                <div key={inst.id} className="dash-questionnaire">
                  <VegaChart id={`dash-q-${inst.id}`} spec={spec} title={inst.title} description={`Scale scores (${range.min}–${range.max}) each time you answered, oldest on the left.`} />
                  <p className="muted small">
                    {results.length} {results.length === 1 ? 'result' : 'results'}; latest {formatWhen(last.takenAt)}:{' '}
                    {inst.scales.filter((s) => last.scores[s.id] !== undefined).map((s) => `${s.title.replace(/\s*\([^)]*\)/g, '')} ${formatScore(last.scores[s.id], range.max)}`).join(', ')}.{' '}
                    <a href={hrefFor(['assess', inst.id])}>Details</a>
                  </p>
                </div>
              ))}
            </>
          )}
        </Area>

        <Area id="diary" title="Diary: anxiety before and after">
          {p.diary.every((d) => d.anxietyBefore === null && d.anxietyAfter === null) ? (
            <EmptyState title={p.diary.length ? 'No diary entry has an anxiety rating yet.' : 'No diary entries yet.'} action={<a href={hrefFor(['diary'])}>Add a diary entry</a>} />
          ) : (
            <>
              <VegaChart id="dash-diary" spec={specs.diary} title="Anxiety before and after, by date" description="For each diary entry, anxiety before (circle) and after (diamond) on 0–100, joined by a line when both were rated." />
              <p className="small" data-testid="diary-summary">{diarySummary(p.diary)}</p>
            </>
          )}
        </Area>

        <Area id="ladders" title="Exposure ladders">
          {p.ladders.length === 0 ? (
            <EmptyState title="No ladder yet." action={<a href={hrefFor(['ladder'])}>Build an exposure ladder</a>} />
          ) : (
            <ul className="ladder-bars">
              {p.ladders.map((l) => (
                <li key={l.ladderId}>
                  <a href={hrefFor(['ladder', l.ladderId])}>{l.title}</a>
                  <span className="bar-row">
                    <progress max={Math.max(1, l.total)} value={l.done} aria-label={`${l.title}: ${l.done} of ${l.total} steps done`} />
                    <span>
                      {l.done} of {l.total}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Area>
      </div>
    </div>
  );
}
