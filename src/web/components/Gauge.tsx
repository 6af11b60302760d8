/**
 * A labelled bar for a number in a range: one-sided (0..1 from the left) or two-sided (−1..1 from the
 * middle). The value is also written out, so the bar is never the only way to read it.
 */
export function Gauge({ label, value, min, max, text, tone = 'neutral' }: { label: string; value: number; min: number; max: number; text: string; tone?: 'good' | 'off' | 'neutral' }) {
  const clamped = Math.max(min, Math.min(max, value));
  const twoSided = min < 0;
  const share = (clamped - min) / (max - min);
  const zero = twoSided ? (0 - min) / (max - min) : 0;
  const left = Math.min(share, zero);
  const width = Math.abs(share - zero);
  return (
    <div className="gauge">
      <div className="gauge-label">
        <span>{label}</span>
        <span className="gauge-value">{text}</span>
      </div>
      <div className="gauge-track" role="meter" aria-label={label} aria-valuemin={min} aria-valuemax={max} aria-valuenow={Number(clamped.toFixed(2))} aria-valuetext={text}>
        {twoSided && <span className="gauge-zero" style={{ left: `${zero * 100}%` }} />}
        <span className={`gauge-fill ${tone}`} style={{ left: `${left * 100}%`, width: `${Math.max(width * 100, 1)}%` }} />
      </div>
    </div>
  );
}
