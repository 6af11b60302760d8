import { useEffect, useRef } from 'react';
import type { AssessmentJson, InstrumentDetail } from '../../shared/api/index.js';
import { Gauge } from '../components/Gauge.js';
import { formatWhen } from '../practise/practiseWords.js';
import { DESCRIBE_NOT_DIAGNOSE, formatScore, isHighBand, issueWords, scoreSentence } from './assessWords.js';

/**
 * One result: each scale's score on its own range (a bar with the number written beside it), what it
 * means in plain words, the band where the instrument has bands, unanswered questions, and the
 * instrument's own note. It says first that scores describe and do not diagnose.
 */
export function AssessmentResult({ result, instrument, focus = false }: { result: AssessmentJson; instrument: InstrumentDetail; focus?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus, result.id]);
  const items = instrument.scales.flatMap((s) => s.items);
  const questionNumber = (id: string) => {
    const i = items.findIndex((x) => x.id === id);
    return i < 0 ? null : i + 1;
  };
  const caveats = issueWords(result.scores, questionNumber);
  const high = result.scores.scales.filter((s) => isHighBand(s, instrument));
  return (
    <section className="panel result" aria-labelledby={`result-${result.id}`} data-testid="assessment-result">
      <h2 id={`result-${result.id}`} ref={heading} tabIndex={-1}>
        Your scores, {formatWhen(result.takenAt)}
      </h2>
      <p className="notice compact">
        <strong>{DESCRIBE_NOT_DIAGNOSE}</strong> A score is how you described yourself on one day, on this questionnaire's own scale; attune has no norms to compare it with.
      </p>
      <ul className="scale-scores">
        {result.scores.scales.map((s) => (
          <li key={s.scaleId} data-scale={s.scaleId}>
            {s.score === null ? (
              <p>
                <strong>{s.title}</strong>: no score.
              </p>
            ) : (
              <Gauge label={s.title} value={s.score} min={s.min} max={s.max} text={`${formatScore(s.score, s.max)} of ${s.max}`} tone={isHighBand(s, instrument) ? 'off' : 'neutral'} />
            )}
            <p className="scale-words">{scoreSentence(s)}</p>
            {s.band && <p className="scale-band">{s.band.label.charAt(0).toUpperCase() + s.band.label.slice(1)}.</p>}
            <p className="muted small">
              {s.answered} of {s.items} questions answered.
            </p>
          </li>
        ))}
      </ul>
      {high.length > 0 && (
        <p className="notice warn">
          A high score is a reason to talk it over (with a supervisor, a colleague or your own doctor), not a finding about you.
        </p>
      )}
      {caveats.length > 0 && (
        <ul className="muted">
          {caveats.map((c, i) => <li key={i}>{c}</li>)}
        </ul>
      )}
      <p className="muted">{result.scores.note}</p>
    </section>
  );
}
