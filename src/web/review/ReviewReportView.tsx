import { useMemo } from 'react';
import type { ReviewDetail } from '../../shared/api/index.js';
import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { turnFlags } from '../../present/review/turnFlags.js';
import { turnSpans } from '../../present/review/turnSpans.js';
import {
  FOCUS_WORDS, JUDGEMENT_NOTE, MITI_THRESHOLDS, RATING_WORDS, ROLE_WORDS, RUPTURE_WORDS, SAFETY_NOTE, STANCE_WORDS, percent, roleEvidencePhrase,
  rolesSentence, safetyWords, structureWords, turnLabel,
} from '../../present/review/reviewWords.js';
import { VegaChart } from '../components/VegaChart.js';
import { segmentSpans } from './segmentSpans.js';

const RATING_BADGE = { below_fair: 'bad', fair: 'warn', good: 'good' } as const;

function minutes(s: number | null): string {
  if (s === null) return '—';
  const m = Math.floor(s / 60);
  return `${m} min ${Math.round(s - m * 60)} s`;
}

/**
 * One session's report: safety first, then the summary scores against the MITI thresholds, the
 * charts of the session's course, the alliance findings, and the transcript with every coded span
 * highlighted and explained on hover or keyboard focus.
 */
export function ReviewReportView({ detail }: { detail: ReviewDetail }) {
  const r = detail.report;
  // The stored JSON has the report's shape with analysis records for turns; the span and flag helpers
  // read only fields the two share (offsets, kinds, levels, cues).
  const asReport = r as unknown as ReviewReport;
  const flags = useMemo(() => turnFlags(asReport), [asReport]);
  const s = r.summary;
  const charts = detail.charts.filter((c) => c.points > 0);
  return (
    <div className="report">
      {r.safety.length > 0 && (
        <section className="notice error safety" role="alert" aria-labelledby="safety-title" data-testid="safety-banner">
          <h2 id="safety-title" className="notice-title">Safety: risk was talked about in this session</h2>
          <p>
            <strong>{SAFETY_NOTE}</strong>
          </p>
          <ul>
            {r.safety.map((f, i) => (
              <li key={i}>
                <a href={`#turn-${f.turn}`} onClick={(e) => { e.preventDefault(); document.getElementById(`turn-${f.turn}`)?.focus(); }}>
                  {turnLabel(f.turn)}
                </a>
                : {safetyWords(f)} — “{f.cues.map((c) => c.text).join('”, “')}”
              </li>
            ))}
          </ul>
        </section>
      )}
      {r.redacted && <p className="notice">Names and identifiers were replaced before the analysis; the kept transcript is the redacted one.</p>}
      <section aria-labelledby="scores-title" data-testid="summary-scores">
        <h2 id="scores-title">Summary scores</h2>
        <div className="table-wrap">
          <table className="scores">
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col" className="num">This session</th>
                <th scope="col">MITI thresholds</th>
                <th scope="col">Rating</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Reflection-to-question ratio</th>
                <td className="num">{s.reflectionToQuestion === null ? '—' : s.reflectionToQuestion.toFixed(2)}</td>
                <td>fair {MITI_THRESHOLDS.reflectionToQuestion.fair}:1 · good {MITI_THRESHOLDS.reflectionToQuestion.good}:1</td>
                <td>{s.miti.ratings.reflectionToQuestion ? <span className={`badge ${RATING_BADGE[s.miti.ratings.reflectionToQuestion]}`}>{RATING_WORDS[s.miti.ratings.reflectionToQuestion]}</span> : '—'}</td>
              </tr>
              <tr>
                <th scope="row">Complex reflections</th>
                <td className="num">{s.percentComplexReflections === null ? '—' : `${Math.round(s.percentComplexReflections)}%`}</td>
                <td>fair {MITI_THRESHOLDS.percentComplexReflections.fair}% · good {MITI_THRESHOLDS.percentComplexReflections.good}%</td>
                <td>{s.miti.ratings.percentComplexReflections ? <span className={`badge ${RATING_BADGE[s.miti.ratings.percentComplexReflections]}`}>{RATING_WORDS[s.miti.ratings.percentComplexReflections]}</span> : '—'}</td>
              </tr>
              <tr>
                <th scope="row">Open questions</th>
                <td className="num">{s.percentOpenQuestions === null ? '—' : `${Math.round(s.percentOpenQuestions)}%`}</td>
                <td className="muted">no threshold</td>
                <td>—</td>
              </tr>
              <tr>
                <th scope="row">Mean empathy (EPITOME, 0–2)</th>
                <td className="num">{s.empathy.mean.toFixed(2)}</td>
                <td className="muted">ER {s.empathy.er.toFixed(2)} · IP {s.empathy.ip.toFixed(2)} · EX {s.empathy.ex.toFixed(2)}</td>
                <td>—</td>
              </tr>
              <tr>
                <th scope="row">Therapist share of the words</th>
                <td className="num">{s.therapistTalkShare === null ? '—' : percent(s.therapistTalkShare)}</td>
                <td className="muted">—</td>
                <td>—</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="muted">
          {s.turns} turns ({s.therapistTurns} therapist, {s.clientTurns} client) · duration {minutes(s.durationSeconds)} · stance:{' '}
          {Object.entries(s.stanceShares).filter(([, v]) => v > 0).map(([k, v]) => `${STANCE_WORDS[k as keyof typeof STANCE_WORDS]} ${percent(v)}`).join(', ') || '—'}
        </p>
        <p className="muted">
          {rolesSentence(r.roles)}
          {r.roles.source === 'inferred' && <> ({r.roles.evidence.map(roleEvidencePhrase).join('; ')})</>}
        </p>
        <p className="muted small">MITI thresholds are set for about 20-minute segments. {JUDGEMENT_NOTE}</p>
      </section>

      {charts.length > 0 && (
        <section aria-labelledby="charts-title">
          <h2 id="charts-title">The session's course</h2>
          <div className="charts">
            {charts.map((c) => (
              <VegaChart key={c.id} id={`chart-${c.id}`} spec={c.spec} title={c.title} description={c.description} />
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="findings-title">
        <h2 id="findings-title">The alliance</h2>
        {r.ruptures.length + r.focus.length + r.structure.length === 0 ? (
          <p className="muted">No ruptures, focus shifts or structuring moments were found.</p>
        ) : (
          <ul className="findings">
            {r.ruptures.map((x, i) => (
              <li key={`r${i}`}>
                <span className={`badge ${x.repaired ? 'good' : 'warn'}`}>rupture</span> {RUPTURE_WORDS[x.kind]} at {turnLabel(x.turn)}: {x.repaired ? `repaired${x.repair ? ` at ${turnLabel(x.repair.turn)}${x.repair.moves.length ? ` (${x.repair.moves.join(', ')})` : ''}` : ''}` : 'not repaired'}
              </li>
            ))}
            {r.focus.map((x, i) => (
              <li key={`f${i}`}>
                <span className={`badge ${x.refocused ? 'good' : 'warn'}`}>focus</span> {FOCUS_WORDS[x.kind]} at {turnLabel(x.turn)}: {x.refocused ? `brought back${x.refocusTurn !== null ? ` at ${turnLabel(x.refocusTurn)}` : ''}` : 'not brought back'}
              </li>
            ))}
            {r.structure.map((x, i) => (
              <li key={`s${i}`}>
                <span className="badge muted">structure</span> {structureWords(x)} at {turnLabel(x.turn)}
              </li>
            ))}
          </ul>
        )}
        {r.practiseNext.length > 0 && (
          <>
            <h3>What to practise next</h3>
            <ul>{r.practiseNext.map((p, i) => <li key={i}>{p}</li>)}</ul>
          </>
        )}
      </section>

      <section aria-labelledby="transcript-title">
        <h2 id="transcript-title">The transcript</h2>
        <p className="muted">Highlighted words carry a code: hover over them, or move to them with Tab, to read why.</p>
        <ul className="legend" aria-label="Highlight colours">
          {(['safety', 'rupture', 'focus', 'structure', 'stance', 'empathy', 'style'] as const).map((k) => (
            <li key={k}>
              <mark className={`span k-${k}`}>{k}</mark>
            </li>
          ))}
        </ul>
        <ol className="transcript" data-testid="transcript">
          {r.turns.map((t) => {
            const f = flags.get(t.index);
            const notes = f ? [...f.safety.map((x) => `safety: ${x}`), ...f.rupture.map((x) => `rupture: ${x}`), ...f.repair, ...f.focus, ...f.structure, ...f.highlight] : [];
            return (
              <li key={t.index} id={`turn-${t.index}`} tabIndex={-1} className={`turn role-${t.role}${f?.safety.length ? ' flagged' : ''}`}>
                <div className="turn-head">
                  <span className="turn-no">{t.index + 1}</span> <strong>{t.speaker}</strong> <span className="muted">({ROLE_WORDS[t.role]})</span>
                </div>
                <p className="turn-text">
                  {segmentSpans(t.text, turnSpans(asReport, asReport.turns[t.index])).map((seg, i) =>
                    seg.kind ? (
                      <mark key={i} className={`span k-${seg.kind}${seg.kinds.length > 1 ? ' multi' : ''}`} tabIndex={0} aria-describedby={`tip-${t.index}-${i}`}>
                        {seg.text}
                        <span className="tip" role="tooltip" id={`tip-${t.index}-${i}`}>
                          {seg.tips.join('\n')}
                        </span>
                      </mark>
                    ) : (
                      <span key={i}>{seg.text}</span>
                    ),
                  )}
                </p>
                {notes.length > 0 && (
                  <ul className="turn-notes">
                    {notes.map((n, i) => <li key={i}>{n}</li>)}
                  </ul>
                )}
                {f && f.alternative.length > 0 && <p className="alternative">Could be: <q>{f.alternative[0]}</q></p>}
              </li>
            );
          })}
        </ol>
      </section>
      {r.warnings.length > 0 && (
        <section className="notice warn" aria-labelledby="warnings-title">
          <h2 id="warnings-title" className="notice-title">Notes on reading the file</h2>
          <ul>{r.warnings.map((w, i) => <li key={i}>{w.message}{w.line ? ` (line ${w.line})` : ''}</li>)}</ul>
        </section>
      )}
    </div>
  );
}
