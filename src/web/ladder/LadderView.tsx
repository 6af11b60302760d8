import { useId, useState, type FormEvent } from 'react';
import type { LadderJson, LadderStepJson } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { AnxietySlider } from '../components/AnxietySlider.js';
import { ErrorMessage } from '../components/Status.js';
import { AnxietyChange } from '../diary/DiaryEntryView.js';
import { formatWhen } from '../practise/practiseWords.js';
import { ladderApi } from './ladderApi.js';
import { anxietyBand, nextAdvice } from './ladderWords.js';

/** Marks a step done with the anxiety felt just before and just after (both needed). */
function MarkDoneForm({ step, onDone, onCancel }: { step: LadderStepJson; onDone: (before: number, after: number) => Promise<void>; onCancel: () => void }) {
  const [before, setBefore] = useState<number | null>(step.expectedAnxiety);
  const [after, setAfter] = useState<number | null>(null);
  const [error, setError] = useState<{ message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (before === null || after === null) {
      setError({ message: 'Rate your anxiety just before and just after, 0 to 100.' });
      return;
    }
    setBusy(true);
    try {
      await onDone(before, after);
    } catch (err) {
      setError(asApiError(err));
      setBusy(false);
    }
  };
  return (
    <form className="mark-done" onSubmit={(e) => void submit(e)} aria-label={`Mark “${step.text}” done`}>
      <div className="suds-pair">
        <AnxietySlider label="Anxiety just before" value={before} onChange={setBefore} />
        <AnxietySlider label="Anxiety just after" value={after} onChange={setAfter} optional />
      </div>
      {error && <ErrorMessage error={error} title="Not marked yet" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Mark done'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * One ladder, climbed from the lowest rung: its progress, the next step suggested (or a step to repeat
 * while anxiety stays high), each step with its expected anxiety and, once done, the anxiety felt
 * before and after. Steps are added, marked done, undone and removed here.
 */
export function LadderView({ ladder, onChange, onDeleted }: { ladder: LadderJson; onChange: (l: LadderJson) => void; onDeleted: () => void }) {
  const id = useId();
  const [marking, setMarking] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [newText, setNewText] = useState('');
  const [newAnxiety, setNewAnxiety] = useState<number | null>(50);
  const [adding, setAdding] = useState(false);
  const advice = nextAdvice(ladder);
  const { done, total } = ladder.progress;
  const run = async (p: Promise<LadderJson>) => {
    setError(null);
    try {
      onChange(await p);
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const addStep = async (e: FormEvent) => {
    e.preventDefault();
    if (!newText.trim() || newAnxiety === null) {
      setError(asApiError(new Error('Describe the step and rate the anxiety you expect.')));
      return;
    }
    setAdding(true);
    await run(ladderApi.addStep(ladder.id, { text: newText.trim(), expectedAnxiety: newAnxiety }));
    setNewText('');
    setAdding(false);
    document.getElementById(`${id}-new`)?.focus();
  };
  const removeLadder = async () => {
    if (!window.confirm(`Delete the ladder “${ladder.title}” and its ${total} steps? This cannot be undone.`)) return;
    try {
      await ladderApi.remove(ladder.id);
      onDeleted();
    } catch (e) {
      setError(asApiError(e));
    }
  };

  return (
    <div className="ladder-view" data-testid="ladder">
      <div className="ladder-progress">
        <p>
          <strong data-testid="ladder-progress">
            {done} of {total} {total === 1 ? 'step' : 'steps'} done
          </strong>
        </p>
        <progress max={Math.max(1, total)} value={done} aria-label={`${done} of ${total} steps done`} />
      </div>
      <p className={`notice ${advice.kind === 'repeat' ? 'warn' : advice.kind === 'done' ? 'good' : ''}`} data-testid="ladder-advice">
        {advice.text}
      </p>
      {error && <ErrorMessage error={error} title="That did not work" />}
      {total > 0 && (
        <ol className="ladder" aria-label={`Steps of “${ladder.title}”, easiest first`}>
          {ladder.steps.map((s, n) => {
            const isNext = s.id === ladder.nextStepId;
            return (
              <li key={s.id} className={`rung${s.done ? ' done' : ''}${isNext ? ' next' : ''}`} data-step={s.id}>
                <div className="rung-head">
                  <span className={`anx-chip ${anxietyBand(s.expectedAnxiety)}`} aria-label={`expected anxiety ${s.expectedAnxiety}`}>
                    {s.expectedAnxiety}
                  </span>
                  <span className="rung-text">
                    <span className="visually-hidden">Step {n + 1}: </span>
                    {s.text}
                  </span>
                  {s.done ? <span className="badge good">✓ done</span> : isNext ? <span className="badge">Next step</span> : null}
                </div>
                {s.done && (
                  <div className="rung-done">
                    <AnxietyChange before={s.anxietyBefore} after={s.anxietyAfter} />
                    {s.doneAt && <p className="muted small">Done {formatWhen(s.doneAt)}</p>}
                  </div>
                )}
                {marking === s.id ? (
                  <MarkDoneForm
                    step={s}
                    onCancel={() => setMarking(null)}
                    onDone={async (before, after) => {
                      const l = await ladderApi.markDone(ladder.id, s.id, { anxietyBefore: before, anxietyAfter: after });
                      setMarking(null);
                      onChange(l);
                    }}
                  />
                ) : (
                  <div className="actions">
                    {s.done ? (
                      <button type="button" className="secondary" onClick={() => void run(ladderApi.undoDone(ladder.id, s.id))} aria-label={`Mark “${s.text}” not done`}>
                        Not done yet
                      </button>
                    ) : (
                      <button type="button" className={isNext ? undefined : 'secondary'} onClick={() => setMarking(s.id)} aria-label={`Mark “${s.text}” done`}>
                        Mark done…
                      </button>
                    )}
                    {s.done && advice.kind === 'repeat' && advice.step?.id === s.id && (
                      <button type="button" className="secondary" onClick={() => setMarking(s.id)} aria-label={`Rate “${s.text}” again after repeating it`}>
                        Did it again…
                      </button>
                    )}
                    <button
                      type="button"
                      className="link"
                      onClick={() => {
                        if (window.confirm(`Remove the step “${s.text}”?`)) void run(ladderApi.removeStep(ladder.id, s.id));
                      }}
                      aria-label={`Remove the step “${s.text}”`}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <form className="panel add-step" onSubmit={(e) => void addStep(e)} aria-labelledby={`${id}-add`}>
        <h3 id={`${id}-add`}>Add a step</h3>
        <div className="field">
          <label htmlFor={`${id}-new`}>The situation</label>
          <input id={`${id}-new`} value={newText} maxLength={500} onChange={(e) => setNewText(e.target.value)} placeholder="Send back a meal that is cold" />
        </div>
        <AnxietySlider label="Expected anxiety" value={newAnxiety} onChange={setNewAnxiety} />
        <button type="submit" disabled={adding}>
          {adding ? 'Adding…' : 'Add the step'}
        </button>
        <p className="muted small">It takes its place on the ladder by the anxiety you expect.</p>
      </form>
      <div className="actions">
        <button type="button" className="danger" onClick={() => void removeLadder()}>
          Delete this ladder
        </button>
      </div>
    </div>
  );
}
