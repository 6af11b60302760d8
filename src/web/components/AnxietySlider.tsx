import { useId } from 'react';

/** How a 0–100 rating reads in words (subjective units of distress: 0 calm, 100 the worst imaginable). */
export function anxietyWords(v: number): string {
  if (v < 20) return 'calm';
  if (v < 40) return 'a little anxious';
  if (v < 60) return 'quite anxious';
  if (v < 80) return 'very anxious';
  return 'extremely anxious';
}

/**
 * A 0–100 anxiety rating as a slider with its number beside it: the slider for a quick drag or the
 * arrow keys, the number box for typing an exact value. `null` is "not rated" (the number box empty,
 * the slider shown faded) where the rating is optional.
 */
export function AnxietySlider({ label, value, onChange, optional = false, hint = '0 calm … 100 the worst you can imagine' }: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
  optional?: boolean;
  hint?: string;
}) {
  const id = useId();
  const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
  return (
    <div className="field suds">
      <label htmlFor={`${id}-range`}>
        {label} <span className="hint">{hint}</span>
      </label>
      <div className="suds-row">
        <input
          id={`${id}-range`}
          type="range"
          min={0}
          max={100}
          step={5}
          value={value ?? 0}
          className={value === null ? 'unset' : undefined}
          aria-valuetext={value === null ? 'not rated' : `${value} of 100, ${anxietyWords(value)}`}
          onChange={(e) => onChange(clamp(Number(e.target.value)))}
        />
        <input
          type="number"
          min={0}
          max={100}
          step={1}
          inputMode="numeric"
          aria-label={`${label} (0 to 100)`}
          value={value ?? ''}
          placeholder="–"
          onChange={(e) => onChange(e.target.value === '' ? (optional ? null : 0) : clamp(Number(e.target.value)))}
        />
        <span className="suds-words" aria-hidden="true">
          {value === null ? 'not rated' : anxietyWords(value)}
        </span>
        {optional && value !== null && (
          <button type="button" className="link" onClick={() => onChange(null)} aria-label={`Clear ${label.toLowerCase()}`}>
            Clear
          </button>
        )}
      </div>
    </div>
  );
}
