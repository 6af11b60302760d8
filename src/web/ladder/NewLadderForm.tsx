import { useId, useState, type FormEvent } from 'react';
import type { LadderJson } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { ErrorMessage } from '../components/Status.js';
import { useStoredDraft } from '../components/storedDraft.js';
import { ladderApi } from './ladderApi.js';
import { EXAMPLE_STEPS } from './ladderWords.js';

interface StepDraft {
  text: string;
  expectedAnxiety: string;
}
interface Draft {
  title: string;
  steps: StepDraft[];
}
const isDraft = (v: unknown): v is Draft => typeof v === 'object' && v !== null && typeof (v as Draft).title === 'string' && Array.isArray((v as Draft).steps);
const blankStep = (): StepDraft => ({ text: '', expectedAnxiety: '' });
const empty = (): Draft => ({ title: '', steps: [blankStep(), blankStep(), blankStep()] });

/**
 * A new ladder: a name and the situations to face, each with the anxiety expected (0–100). The order
 * typed does not matter: the ladder sorts them from the least to the most feared. It can start from
 * an example. The draft is kept in this browser until the ladder is made.
 */
export function NewLadderForm({ onCreated }: { onCreated: (l: LadderJson) => void }) {
  const id = useId();
  const [draft, setDraft, reset] = useStoredDraft<Draft>('ladder.new', empty, isDraft, (d) => !d.title.trim() && d.steps.every((s) => !s.text.trim()));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | { message: string; issues?: { path: string; message: string }[] } | null>(null);
  const setStep = (i: number, patch: Partial<StepDraft>) => setDraft((d) => ({ ...d, steps: d.steps.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const filled = draft.steps.filter((s) => s.text.trim() !== '');
    const bad = filled.map((s, i) => ({ s, i })).filter(({ s }) => !/^\d{1,3}$/.test(s.expectedAnxiety.trim()) || Number(s.expectedAnxiety) > 100);
    if (!draft.title.trim()) {
      setError({ message: 'Give the ladder a name, e.g. "Saying no at work".' });
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    if (bad.length) {
      setError({ message: `Give each step the anxiety you expect, from 0 to 100 (${bad.map(({ s }) => `“${s.text.trim()}”`).join(', ')}).` });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const ladder = await ladderApi.create({ title: draft.title.trim(), steps: filled.map((s) => ({ text: s.text.trim(), expectedAnxiety: Number(s.expectedAnxiety) })) });
      reset();
      onCreated(ladder);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel new-ladder" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`} noValidate>
      <h2 id={`${id}-h`}>Build a ladder</h2>
      <p className="muted">
        List situations where you would like to be more assertive, from easy to hard, and how anxious you expect each to make you (0 calm … 100 the worst you can imagine).
      </p>
      <div className="field">
        <label htmlFor={`${id}-title`}>Name</label>
        <input id={`${id}-title`} value={draft.title} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} placeholder="Saying no at work" />
      </div>
      <fieldset>
        <legend>Steps</legend>
        <ol className="step-rows">
          {draft.steps.map((s, i) => (
            <li key={i} className="row">
              <div className="field grow">
                <label htmlFor={`${id}-s${i}`}>Step {i + 1}</label>
                <input id={`${id}-s${i}`} value={s.text} maxLength={500} onChange={(e) => setStep(i, { text: e.target.value })} placeholder={i === 0 ? 'Ask a shop assistant for help' : ''} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-a${i}`}>Expected anxiety</label>
                <input id={`${id}-a${i}`} type="number" min={0} max={100} inputMode="numeric" className="narrow" value={s.expectedAnxiety} onChange={(e) => setStep(i, { expectedAnxiety: e.target.value })} />
              </div>
              {draft.steps.length > 1 && (
                <button type="button" className="link" onClick={() => setDraft((d) => ({ ...d, steps: d.steps.filter((_, k) => k !== i) }))} aria-label={`Remove step ${i + 1}`}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setDraft((d) => ({ ...d, steps: [...d.steps, blankStep()] }))} disabled={draft.steps.length >= 50}>
            Add a step
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setDraft((d) => ({ title: d.title || 'Saying no and asking', steps: EXAMPLE_STEPS.map((s) => ({ text: s.text, expectedAnxiety: String(s.expectedAnxiety) })) }))}
          >
            Start from an example
          </button>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} title="The ladder could not be made" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Making…' : 'Make the ladder'}
        </button>
        <button type="button" className="secondary" onClick={() => reset()} disabled={busy}>
          Clear
        </button>
      </div>
    </form>
  );
}
