import { useState } from 'react';
import type { WorksheetCheckJson, WorksheetJson, WorksheetKindInfo } from '../../shared/api/index.js';
import { WORKSHEET_FIELD_MAX } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { ErrorMessage } from '../components/Status.js';
import { useStoredDraft } from '../components/storedDraft.js';
import { words } from '../practise/practiseWords.js';
import { useWorksheetCheck } from './useWorksheetCheck.js';
import { worksheetsApi } from './worksheetsApi.js';
import { STATUS_ICONS, STATUS_WORDS, checkSummary, isUnwritten } from './worksheetWords.js';

type Fields = Record<string, string>;
const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');

type PartCheck = WorksheetCheckJson['parts'][number];

/** One part's check: its state in words and an icon, what to do, and the words that decided it. */
function PartStatus({ check, id, stale }: { check: PartCheck | undefined; id: string; stale: boolean }) {
  if (!check) return <p id={id} className="part-check muted small">Checking…</p>;
  const calm = isUnwritten(check);
  return (
    <div id={id} className={`part-check ${calm ? 'unwritten' : check.status}${stale ? ' stale' : ''}`} data-status={check.status} data-code={check.code}>
      <p>
        <span className="part-icon" aria-hidden="true">{STATUS_ICONS[check.status]}</span>{' '}
        <strong>{calm ? 'Not written yet' : STATUS_WORDS[check.status]}:</strong> {check.hint}
      </p>
      {check.evidence.length > 0 && (
        <ul className="evidence">
          {check.evidence.map((e, i) => (
            <li key={i}>
              <span className={`badge ${check.status === 'problem' ? 'warn' : 'good'}`}>{words(e.kind)}</span> “{e.text}”
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A worksheet being written: one box per part with what to write, each checked live by the server
 * (after a pause in typing) and saying whether it looks good, what is missing, or what works against
 * the skill, with the words that decided it; the assembled script below; save. The text is kept in
 * this browser until it is saved.
 */
export function WorksheetBuilder({ info, saved, onSaved }: { info: WorksheetKindInfo; saved: WorksheetJson | null; onSaved: (w: WorksheetJson) => void }) {
  const base: Fields = saved ? { ...saved.fields } : {};
  const [fields, setFields, resetDraft] = useStoredDraft<Fields>(
    saved ? `worksheet.edit.${saved.id}` : `worksheet.new.${info.kind}`,
    () => ({ ...base }),
    isFields,
    (f) => (saved ? JSON.stringify(f) === JSON.stringify(base) : Object.values(f).every((v) => !v.trim())),
  );
  const live = useWorksheetCheck(info.kind, fields);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | { message: string } | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const check = live.check;
  const stale = live.pending;
  const anyText = Object.values(fields).some((v) => v.trim() !== '');
  const unsaved = saved ? JSON.stringify(fields) !== JSON.stringify(base) : anyText;

  const save = async () => {
    if (!anyText) {
      setError({ message: 'Write at least one part before saving.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const clean = Object.fromEntries(Object.entries(fields).filter(([, v]) => v.trim() !== ''));
      const w = saved ? await worksheetsApi.update(saved.id, clean) : await worksheetsApi.create(info.kind, clean);
      resetDraft();
      setSavedAt(w.updatedAt);
      onSaved(w);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };
  const copy = async () => {
    if (!check?.script) return;
    try {
      await navigator.clipboard.writeText(check.script);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      setError({ message: 'The script could not be copied; select it and copy it by hand.' });
    }
  };

  return (
    <div className="worksheet" data-kind={info.kind}>
      <p className="muted small">Each part is checked as you write, on this machine. The checks read words, not tone or truth: a script can pass every check and still not fit the situation.</p>
      <div className="two-col">
        <form className="worksheet-parts" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={`${info.title} worksheet`}>
          {info.parts.map((p) => {
            const pc = check?.parts.find((c) => c.part === p.id);
            const fid = `ws-${info.kind}-${p.id}`;
            return (
              <div key={p.id} className={`part ${pc ? (isUnwritten(pc) ? 'unwritten' : pc.status) : ''}`} data-part={p.id}>
                <label htmlFor={fid} className="part-label">
                  {p.label}
                  {p.optional && <span className="hint"> (optional)</span>}
                </label>
                <p id={`${fid}-prompt`} className="hint part-prompt">
                  {p.prompt}
                </p>
                <div className={p.lead ? 'lead-field' : undefined}>
                  {p.lead && (
                    <span className="part-lead" aria-hidden="true">
                      {p.lead.trim()}
                    </span>
                  )}
                  <textarea
                    id={fid}
                    rows={2}
                    maxLength={WORKSHEET_FIELD_MAX}
                    value={fields[p.id] ?? ''}
                    onChange={(e) => setFields((f) => ({ ...f, [p.id]: e.target.value }))}
                    aria-describedby={`${fid}-prompt ${fid}-check`}
                  />
                </div>
                <PartStatus check={pc} id={`${fid}-check`} stale={stale} />
              </div>
            );
          })}
        </form>
        <aside className="panel script-panel" aria-labelledby="script-title">
          <h2 id="script-title">Your script</h2>
          <p role="status" className="check-summary" data-testid="check-summary">
            {check ? checkSummary(check) : 'Checking…'}
          </p>
          {live.error && <ErrorMessage error={live.error} title="The parts could not be checked" />}
          {check?.script ? (
            <blockquote className="script" data-testid="script">
              {check.script}
            </blockquote>
          ) : (
            <p className="muted">Your script is put together here from the parts you write.</p>
          )}
          <div className="actions">
            <button type="button" onClick={() => void save()} disabled={busy || !anyText}>
              {busy ? 'Saving…' : saved ? 'Save changes' : 'Save worksheet'}
            </button>
            {check?.script && (
              <button type="button" className="secondary" onClick={() => void copy()}>
                {copied ? 'Copied' : 'Copy the script'}
              </button>
            )}
            {unsaved && !saved && (
              <button type="button" className="secondary" onClick={() => resetDraft()}>
                Start again
              </button>
            )}
          </div>
          {error && <ErrorMessage error={error} title="The worksheet could not be saved" />}
          <p className="muted small" data-testid="worksheet-save-status">
            {unsaved ? 'Draft kept in this browser until you save it.' : savedAt ? 'Saved.' : saved ? 'Saved.' : ''}
          </p>
        </aside>
      </div>
    </div>
  );
}
