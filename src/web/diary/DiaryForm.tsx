import { useId, useState, type FormEvent } from 'react';
import { DIARY_TEXT_MAX, type DiaryEntryJson } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { AnxietySlider } from '../components/AnxietySlider.js';
import { ErrorMessage } from '../components/Status.js';
import { useStoredDraft } from '../components/storedDraft.js';
import { useLiveAnalysis } from '../practise/useLiveAnalysis.js';
import { diaryApi } from './diaryApi.js';
import { fromLocalInput, toLocalInput } from './diaryDates.js';
import { SaidReading } from './SaidReading.js';

export interface DiaryDraft {
  occurredAt: string;
  situation: string;
  whatISaid: string;
  anxietyBefore: number | null;
  anxietyAfter: number | null;
  outcome: string;
}
const isRating = (v: unknown) => v === null || (typeof v === 'number' && v >= 0 && v <= 100);
export const isDiaryDraft = (v: unknown): v is DiaryDraft => {
  const d = v as DiaryDraft;
  return typeof v === 'object' && v !== null && ['occurredAt', 'situation', 'whatISaid', 'outcome'].every((k) => typeof (d as unknown as Record<string, unknown>)[k] === 'string') && isRating(d.anxietyBefore) && isRating(d.anxietyAfter);
};
/** A draft worth keeping: anything typed or rated (the date alone is not). */
export const diaryDraftIsEmpty = (d: DiaryDraft) => !d.situation.trim() && !d.whatISaid.trim() && !d.outcome.trim() && d.anxietyBefore === null && d.anxietyAfter === null;

function fromEntry(e: DiaryEntryJson): DiaryDraft {
  return { occurredAt: toLocalInput(new Date(e.occurredAt)), situation: e.situation, whatISaid: e.whatISaid, anxietyBefore: e.anxietyBefore, anxietyAfter: e.anxietyAfter, outcome: e.outcome };
}

/**
 * A diary entry, new or edited: what happened, what I said (read live for style and markers as it is
 * typed), anxiety before and after, how it went. Only "what happened" is needed, so it is quick to
 * note; the draft is kept in this browser until it is saved, so a reload loses nothing.
 */
export function DiaryForm({ entry, onSaved, onCancel }: { entry?: DiaryEntryJson; onSaved: (e: DiaryEntryJson) => void; onCancel?: () => void }) {
  const id = useId();
  const [draft, setDraft, resetDraft] = useStoredDraft<DiaryDraft>(
    entry ? `diary.edit.${entry.id}` : 'diary.new',
    () => (entry ? fromEntry(entry) : { occurredAt: toLocalInput(new Date()), situation: '', whatISaid: '', anxietyBefore: null, anxietyAfter: null, outcome: '' }),
    isDiaryDraft,
    // An edit is kept while it differs from the entry; a new entry while anything is typed.
    (d) => (entry ? JSON.stringify(d) === JSON.stringify(fromEntry(entry)) : diaryDraftIsEmpty(d)),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | { message: string } | null>(null);
  const [tried, setTried] = useState(false);
  const live = useLiveAnalysis(draft.whatISaid, 'person', undefined);
  const set = <K extends keyof DiaryDraft>(k: K, v: DiaryDraft[K]) => setDraft((d) => ({ ...d, [k]: v }));
  const situationMissing = draft.situation.trim() === '';
  const when = fromLocalInput(draft.occurredAt);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (situationMissing || !when) {
      setError({ message: situationMissing ? 'Say briefly what happened: it is the one thing an entry needs.' : 'Give the date and time it happened.' });
      document.getElementById(situationMissing ? `${id}-situation` : `${id}-when`)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const body = { occurredAt: when, situation: draft.situation.trim(), whatISaid: draft.whatISaid.trim(), anxietyBefore: draft.anxietyBefore, anxietyAfter: draft.anxietyAfter, outcome: draft.outcome.trim() };
    try {
      const saved = entry ? await diaryApi.update(entry.id, body) : await diaryApi.create(body);
      resetDraft();
      setTried(false);
      onSaved(saved);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const dirty = !diaryDraftIsEmpty(draft);
  return (
    <form className="diary-form panel" onSubmit={(e) => void submit(e)} aria-label={entry ? 'Edit the entry' : 'New diary entry'} noValidate>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-when`}>When</label>
          <input id={`${id}-when`} type="datetime-local" value={draft.occurredAt} onChange={(e) => set('occurredAt', e.target.value)} required />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-situation`}>
          What happened <span className="hint">(needed)</span>
        </label>
        <textarea
          id={`${id}-situation`}
          rows={2}
          maxLength={DIARY_TEXT_MAX}
          value={draft.situation}
          onChange={(e) => set('situation', e.target.value)}
          aria-invalid={tried && situationMissing ? true : undefined}
          aria-describedby={`${id}-situation-hint`}
          placeholder="My manager asked me to stay late again on Friday."
        />
        <span id={`${id}-situation-hint`} className="hint">
          {tried && situationMissing ? 'Say briefly what happened.' : 'A line is enough: where, who, what.'}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-said`}>What I said</label>
        <textarea id={`${id}-said`} rows={2} maxLength={DIARY_TEXT_MAX} value={draft.whatISaid} onChange={(e) => set('whatISaid', e.target.value)} aria-describedby={`${id}-said-hint`} placeholder="Sorry, I guess I could stay, if that's OK…" />
        <span id={`${id}-said-hint`} className="hint">
          Your own words, as near as you remember them: they are read for style and markers.
        </span>
        {draft.whatISaid.trim() !== '' && (
          <div className="live-said" aria-label="How your words read">
            {live.record && live.text === draft.whatISaid ? <SaidReading record={live.record} showText={false} /> : <p className="muted small">{live.error ? live.error.message : 'Reading…'}</p>}
          </div>
        )}
      </div>
      <div className="suds-pair">
        <AnxietySlider label="Anxiety before" value={draft.anxietyBefore} onChange={(v) => set('anxietyBefore', v)} optional />
        <AnxietySlider label="Anxiety after" value={draft.anxietyAfter} onChange={(v) => set('anxietyAfter', v)} optional />
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>How it went</label>
        <textarea id={`${id}-outcome`} rows={2} maxLength={DIARY_TEXT_MAX} value={draft.outcome} onChange={(e) => set('outcome', e.target.value)} placeholder="She agreed to ask someone else next time." />
      </div>
      {error && <ErrorMessage error={error} title={entry ? 'The entry could not be saved' : 'The entry could not be added'} />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : entry ? 'Save changes' : 'Add to diary'}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={() => { resetDraft(); onCancel(); }}>
            Cancel
          </button>
        )}
        {!entry && dirty && (
          <>
            <button type="button" className="secondary" onClick={() => resetDraft()}>
              Clear
            </button>
            <span className="muted small" data-testid="diary-draft-status">
              Draft kept in this browser until you add it.
            </span>
          </>
        )}
      </div>
    </form>
  );
}
