import { QUADRANT_WORDS, STANCE_WORDS, STYLE_WORDS } from '../../present/review/reviewWords.js';
import { BalancePlane } from '../components/BalancePlane.js';
import { Gauge } from '../components/Gauge.js';
import type { LiveAnalysis } from './useLiveAnalysis.js';
import { assertivenessWords, empathyWords, words } from './practiseWords.js';

/**
 * Where the draft reply sits on the balance while it is typed: empathy and assertiveness as gauges and
 * on the plane, the style or stance, whether it loses the balance, and the markers found with their
 * words. Not a live region: it changes with every pause in typing, and announcing that would drown
 * the conversation; the numbers are in the text for anyone who tabs to it.
 */
export function LiveMeter({ live, draftEmpty }: { live: LiveAnalysis; draftEmpty: boolean }) {
  const r = live.record;
  return (
    <section className="panel live-meter" aria-labelledby="live-meter-title">
      <h3 id="live-meter-title">Your draft, read as you type</h3>
      {draftEmpty || !r ? (
        <p className="muted">{live.pending ? 'Reading…' : live.error ? live.error.message : 'Start typing a reply to see its empathy and assertiveness here.'}</p>
      ) : (
        <div className="meter-body" data-testid="live-meter">
          <div className="meter-gauges">
            <Gauge label="Empathy" value={r.balance.empathy} min={0} max={1} text={`${r.balance.empathy.toFixed(2)} · ${empathyWords(r.balance.empathy)}`} tone={r.balance.empathy >= 0.5 ? 'good' : 'neutral'} />
            <Gauge
              label="Assertiveness"
              value={r.balance.assertiveness}
              min={-1}
              max={1}
              text={`${r.balance.assertiveness >= 0 ? '+' : ''}${r.balance.assertiveness.toFixed(2)} · ${assertivenessWords(r.balance.assertiveness)}`}
              tone={r.balance.offBalance ? 'off' : r.balance.assertiveness >= 0.2 ? 'good' : 'neutral'}
            />
            <p className="meter-quadrant">
              <strong>{QUADRANT_WORDS[r.balance.quadrant]}</strong>
              {r.stance ? <> · stance: {STANCE_WORDS[r.stance]}</> : <> · style: {STYLE_WORDS[r.style]}</>}
              {live.ms !== null && <span className="muted"> · read in {live.ms} ms</span>}
            </p>
            {r.balance.offBalance && (
              <p className="notice warn compact">
                This reads as <strong>{r.balance.offBalance}</strong>: it loses the balance.
              </p>
            )}
            {r.markers.length + (r.stanceMarkers?.length ?? 0) > 0 && (
              <ul className="marker-list" aria-label="Markers found">
                {[...(r.stanceMarkers ?? []), ...r.markers].map((m, i) => (
                  <li key={i}>
                    <span className={`badge ${m.leaning === 'assertive' ? 'good' : m.leaning === 'aggressive' || m.leaning === 'passive_aggressive' || m.leaning === 'passive' ? 'warn' : 'muted'}`}>{words(m.kind)}</span>{' '}
                    “{m.text}”
                  </li>
                ))}
              </ul>
            )}
          </div>
          <BalancePlane title="Your draft on the empathy × assertiveness plane" points={[{ empathy: r.balance.empathy, assertiveness: r.balance.assertiveness, quadrant: r.balance.quadrant }]} size={150} />
        </div>
      )}
    </section>
  );
}
