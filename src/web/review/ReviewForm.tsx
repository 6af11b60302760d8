import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { CreateReviewResponse } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { ErrorMessage } from '../components/Status.js';
import { decodeTranscriptBytes } from './decodeTranscript.js';
import { reviewApi } from './reviewApi.js';

const ACCEPT = '.txt,.vtt,.srt,.csv,.json,text/plain,text/vtt,text/csv,application/json';
const names = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

interface Source {
  fileName: string;
  content: string;
  pasted: boolean;
}

/**
 * A transcript in, a report out: choose or drop a file, or paste the text; options to redact names
 * and identifiers first and to name the therapist and client as the file writes them (else the roles
 * are inferred, and the report says how).
 */
export function ReviewForm({ onCreated }: { onCreated: (res: CreateReviewResponse) => void }) {
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [file, setFile] = useState<Source | null>(null);
  const [pasted, setPasted] = useState('');
  const [redact, setRedact] = useState(false);
  const [therapist, setTherapist] = useState('');
  const [client, setClient] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState<ApiError | { message: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const readFile = async (f: File | undefined) => {
    if (!f) return;
    setError(null);
    try {
      const content = decodeTranscriptBytes(new Uint8Array(await f.arrayBuffer()));
      if (!content.trim()) throw new Error(`${f.name} is empty.`);
      setFile({ fileName: f.name, content, pasted: false });
    } catch (e) {
      setFile(null);
      setError({ message: e instanceof Error ? e.message : `${f.name} could not be read.` });
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    setMode('file');
    void readFile(e.dataTransfer.files[0]);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const source: Source | null = mode === 'file' ? file : pasted.trim() ? { fileName: 'pasted.txt', content: pasted, pasted: true } : null;
    if (!source) {
      setError({ message: mode === 'file' ? 'Choose or drop a transcript file first.' : 'Paste the transcript first.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const res = await reviewApi.create({
        fileName: source.fileName,
        content: source.content,
        pasted: source.pasted || undefined,
        redact: redact || undefined,
        therapist: names(therapist).length ? names(therapist) : undefined,
        client: names(client).length ? names(client) : undefined,
        title: title.trim() || undefined,
      });
      onCreated(res);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="panel review-form" onSubmit={(e) => void submit(e)} aria-labelledby="new-review-title" onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <h2 id="new-review-title">Review a session</h2>
      <fieldset className="mode">
        <legend>The transcript</legend>
        <label className="check">
          <input type="radio" name="mode" value="file" checked={mode === 'file'} onChange={() => setMode('file')} /> Upload a file
        </label>
        <label className="check">
          <input type="radio" name="mode" value="paste" checked={mode === 'paste'} onChange={() => setMode('paste')} /> Paste the text
        </label>
      </fieldset>
      {mode === 'file' ? (
        <div className={`dropzone${dragging ? ' dragging' : ''}`}>
          <label htmlFor="transcript-file">Transcript file</label>
          <span className="hint" id="file-hint">
            Plain text with speaker names, WebVTT (.vtt, e.g. Zoom), SubRip (.srt, e.g. Teams), CSV or JSON. Drop it here or choose it.
          </span>
          <input id="transcript-file" ref={input} type="file" accept={ACCEPT} aria-describedby="file-hint" onChange={(e) => void readFile(e.target.files?.[0])} />
          {file && (
            <p className="muted" data-testid="file-chosen">
              {file.fileName}: {file.content.length.toLocaleString()} characters read.
            </p>
          )}
        </div>
      ) : (
        <div className="field">
          <label htmlFor="transcript-text">Transcript text</label>
          <span className="hint" id="paste-hint">One turn per line, each starting with the speaker, e.g. “Therapist: How was your week?”</span>
          <textarea id="transcript-text" rows={10} value={pasted} aria-describedby="paste-hint" onChange={(e) => setPasted(e.target.value)} />
        </div>
      )}
      <fieldset>
        <legend>Options</legend>
        <label className="check">
          <input type="checkbox" checked={redact} onChange={(e) => setRedact(e.target.checked)} /> Redact names, e-mail addresses, phone numbers, addresses, dates and links before anything is analysed or kept
        </label>
        <div className="row">
          <div className="field">
            <label htmlFor="therapist-name">Therapist's name in the file</label>
            <span className="hint">Optional; separate several with commas</span>
            <input id="therapist-name" value={therapist} onChange={(e) => setTherapist(e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="client-name">Client's name in the file</label>
            <span className="hint">Optional</span>
            <input id="client-name" value={client} onChange={(e) => setClient(e.target.value)} autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor="review-title">Title</label>
            <span className="hint">Optional; default: the file name</span>
            <input id="review-title" value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
          </div>
        </div>
      </fieldset>
      {error && <ErrorMessage error={error} title="The transcript could not be reviewed" />}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Reviewing…' : 'Review the session'}
        </button>
        <span className="muted small">The transcript and its report are kept on this machine; you can delete them at any time.</span>
      </div>
    </form>
  );
}
