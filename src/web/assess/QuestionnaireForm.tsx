import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AssessmentJson, InstrumentDetail } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { ErrorMessage } from '../components/Status.js';
import { useStoredDraft } from '../components/storedDraft.js';
import { assessApi } from './assessApi.js';

type Answers = Record<string, number>;
interface Draft {
  answers: Answers;
  oneAtATime: boolean;
  position: number;
}
const isDraft = (v: unknown): v is Draft =>
  typeof v === 'object' && v !== null && typeof (v as Draft).answers === 'object' && typeof (v as Draft).oneAtATime === 'boolean' && typeof (v as Draft).position === 'number';

/**
 * A questionnaire as a form: every item a group of radio buttons (a fieldset whose legend is the
 * question), so it works with the keyboard alone (Tab to a question, arrow keys to choose; Enter
 * moves on to the next unanswered question). Shown one question at a time or all on one page; the
 * answers so far are kept in this browser until they are submitted.
 */
export function QuestionnaireForm({ instrument, onSubmitted }: { instrument: InstrumentDetail; onSubmitted: (a: AssessmentJson) => void }) {
  const items = instrument.scales.flatMap((s) => s.items);
  const [draft, setDraft, resetDraft] = useStoredDraft<Draft>(
    `assess.${instrument.id}`,
    () => ({ answers: {}, oneAtATime: false, position: 0 }),
    isDraft,
    (d) => Object.keys(d.answers).length === 0 && d.position === 0,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | { message: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const answers = draft.answers;
  const answered = items.filter((i) => answers[i.id] !== undefined).length;
  const unanswered = items.map((item, n) => ({ item, n })).filter(({ item }) => answers[item.id] === undefined);
  const position = Math.min(Math.max(0, draft.position), items.length - 1);

  const focusItem = (n: number) => {
    requestAnimationFrame(() => {
      const fs = formRef.current?.querySelector<HTMLElement>(`[data-item="${items[n]?.id}"]`);
      const radio = fs?.querySelector<HTMLInputElement>('input:checked') ?? fs?.querySelector<HTMLInputElement>('input[type=radio]');
      radio?.focus();
      fs?.scrollIntoView({ block: 'nearest' });
    });
  };
  const goTo = (n: number) => {
    const next = Math.max(0, Math.min(items.length - 1, n));
    setDraft((d) => ({ ...d, position: next }));
    focusItem(next);
  };
  const choose = (itemId: string, value: number) => setDraft((d) => ({ ...d, answers: { ...d.answers, [itemId]: value } }));

  /** Enter on an answer moves on: the next unanswered question after this one (or the submit button). */
  const onRadioKey = (e: KeyboardEvent<HTMLInputElement>, n: number) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    const others = unanswered.filter((u) => u.item.id !== items[n].id);
    const next = others.find((u) => u.n > n) ?? others[0];
    if (!next) formRef.current?.querySelector<HTMLButtonElement>('button[type=submit]')?.focus();
    else if (draft.oneAtATime) goTo(next.n);
    else focusItem(next.n);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (answered === 0) {
      setError({ message: 'Answer at least some of the questions first.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await assessApi.submit({ instrumentId: instrument.id, answers });
      resetDraft();
      onSubmitted(result);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const shown = draft.oneAtATime ? [position] : items.map((_, n) => n);
  return (
    <form ref={formRef} className="questionnaire" onSubmit={(e) => void submit(e)} aria-labelledby="q-title" noValidate>
      <h2 id="q-title">Answer the questions</h2>
      {instrument.stem && <p className="stem">{instrument.stem}</p>}
      <fieldset className="mode">
        <legend>Show</legend>
        <label className="check">
          <input type="radio" name="q-mode" checked={!draft.oneAtATime} onChange={() => setDraft((d) => ({ ...d, oneAtATime: false }))} /> All questions on one page
        </label>
        <label className="check">
          <input type="radio" name="q-mode" checked={draft.oneAtATime} onChange={() => setDraft((d) => ({ ...d, oneAtATime: true }))} /> One question at a time
        </label>
      </fieldset>
      <p className="muted small">Keyboard: Tab to a question, arrow keys to choose an answer, Enter for the next question.</p>
      <p role="status" className="q-progress" data-testid="q-progress">
        {answered} of {items.length} answered
        <progress max={items.length} value={answered} aria-hidden="true" />
      </p>
      <ol className="items" start={shown[0] + 1}>
        {shown.map((n) => {
          const item = items[n];
          const labels = instrument.responseFormats[item.format].labels;
          return (
            <li key={item.id}>
              <fieldset className={`item${answers[item.id] === undefined ? '' : ' answered'}`} data-item={item.id}>
                <legend>
                  <span className="item-no">{n + 1}.</span> {item.text}
                </legend>
                <div className="options">
                  {labels.map((label, k) => (
                    <label key={k} className="option">
                      <input
                        type="radio"
                        name={`${instrument.id}-${item.id}`}
                        value={k + 1}
                        checked={answers[item.id] === k + 1}
                        onChange={() => choose(item.id, k + 1)}
                        onKeyDown={(e) => onRadioKey(e, n)}
                        // A mouse click (detail > 0; arrow keys give 0) moves on by itself, one at a time.
                        onClick={(e) => {
                          if (draft.oneAtATime && e.detail > 0 && n < items.length - 1) window.setTimeout(() => goTo(n + 1), 250);
                        }}
                      />
                      <span>{label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {draft.oneAtATime && (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => goTo(position - 1)} disabled={position === 0}>
            ← Previous
          </button>
          <span className="muted">
            Question {position + 1} of {items.length}
          </span>
          <button type="button" className="secondary" onClick={() => goTo(position + 1)} disabled={position >= items.length - 1}>
            Next →
          </button>
        </div>
      )}
      {unanswered.length > 0 && answered > 0 && (
        <p className="muted">
          Not answered yet:{' '}
          {unanswered.slice(0, 12).map(({ n }, i) => (
            <span key={n}>
              {i > 0 && ', '}
              <button type="button" className="link" onClick={() => goTo(n)} aria-label={`Go to question ${n + 1}`}>
                {n + 1}
              </button>
            </span>
          ))}
          {unanswered.length > 12 && ` and ${unanswered.length - 12} more`}. You can submit anyway: a scale is scored from the questions answered when enough of them are.
        </p>
      )}
      {error && <ErrorMessage error={error} title="The answers could not be scored" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Scoring…' : 'See my scores'}
        </button>
        {answered > 0 && (
          <button type="button" className="secondary" onClick={() => resetDraft()} disabled={busy}>
            Clear my answers
          </button>
        )}
      </div>
    </form>
  );
}
