import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { REPLY_MAX_CHARS, type LearnerEntry, type PracticeSessionView, type ScenarioDetail } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { useApi } from '../api/useApi.js';
import { hrefFor, navigate } from '../app/router.js';
import { PageHeading } from '../components/PageHeading.js';
import { ErrorMessage, Loading } from '../components/Status.js';
import { initialDraft, writeLocalDraft } from './draftStore.js';
import { LiveMeter } from './LiveMeter.js';
import { practiseApi } from './practiseApi.js';
import { capitalise, roleWords } from './practiseWords.js';
import { SessionSummaryView } from './SessionSummaryView.js';
import { TurnFeedback } from './TurnFeedback.js';
import { useLiveAnalysis } from './useLiveAnalysis.js';

/** How long after the last keystroke the draft is sent to the server (the browser copy is immediate). */
const DRAFT_SAVE_MS = 600;

/** The page of one practice session: loads it and its scenario, then shows the conversation. */
export function PractiseSession({ sessionId }: { sessionId: string }) {
  const loaded = useApi(async (signal) => {
    const session = await practiseApi.session(sessionId, signal);
    // The scenario adds the situation, goal and state ranges; the conversation works without it.
    const scenario = await practiseApi.scenario(session.record.scenario.id, signal).catch(() => null);
    return { session, scenario };
  }, [sessionId]);
  if (loaded.status === 'error' && !loaded.data) {
    return (
      <>
        <PageHeading>Practice session</PageHeading>
        <ErrorMessage error={loaded.error} title="This session could not be opened" onRetry={loaded.reload} />
        <p>
          <a href={hrefFor(['practise'])}>Back to the scenarios</a>
        </p>
      </>
    );
  }
  if (!loaded.data) return <Loading what="Opening the session" />;
  return <Conversation key={sessionId} initial={loaded.data.session} scenario={loaded.data.scenario} />;
}

function Conversation({ initial, scenario }: { initial: PracticeSessionView; scenario: ScenarioDetail | null }) {
  const [session, setSession] = useState(initial);
  const [draft, setDraftState] = useState(() => initialDraft(initial.id, initial.draft));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [draftSaved, setDraftSaved] = useState<'saved' | 'saving' | 'local'>('saved');
  const [selected, setSelected] = useState<number | null>(null);
  const [starting, setStarting] = useState(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const logEnd = useRef<HTMLLIElement>(null);
  const pendingDraft = useRef<string | null>(null);
  const saveTimer = useRef<number | undefined>(undefined);
  const inflight = useRef<Promise<unknown> | null>(null);

  const record = session.record;
  const ended = session.status === 'ended';
  const learnerEntries = record.turns.filter((t): t is LearnerEntry => t.speaker === 'learner');
  const shownTurn = selected ?? learnerEntries[learnerEntries.length - 1]?.turn ?? null;
  const shownEntry = learnerEntries.find((e) => e.turn === shownTurn) ?? null;
  const learnerRole = record.scenario.role === 'therapist' ? 'therapist' : 'person';
  const context = useMemo(() => record.turns.slice(-3).map((t) => ({ speaker: t.role, text: t.text })), [record.turns]);
  const live = useLiveAnalysis(ended ? '' : draft, learnerRole, context);

  const flushDraft = useCallback((keepalive = false) => {
    window.clearTimeout(saveTimer.current);
    const text = pendingDraft.current;
    if (text === null) return;
    pendingDraft.current = null;
    setDraftSaved('saving');
    const saving = practiseApi.saveDraft(session.id, text, keepalive);
    inflight.current = saving.catch(() => undefined);
    saving.then(
      () => setDraftSaved((s) => (s === 'saving' && pendingDraft.current === null ? 'saved' : s)),
      // The browser copy still holds it; the next keystroke tries the server again.
      () => setDraftSaved('local'),
    );
  }, [session.id]);

  const setDraft = (text: string) => {
    setDraftState(text);
    writeLocalDraft(session.id, text);
    pendingDraft.current = text;
    setDraftSaved('local');
    window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => flushDraft(), DRAFT_SAVE_MS);
  };

  // Leaving or reloading the page sends the last keystrokes to the server too.
  useEffect(() => {
    const onHide = () => flushDraft(true);
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      flushDraft(true);
    };
  }, [flushDraft]);

  useEffect(() => {
    logEnd.current?.scrollIntoView({ block: 'nearest' });
  }, [record.turns.length]);

  const send = async () => {
    const reply = draft.trim();
    if (!reply || sending || ended) return;
    setSending(true);
    setError(null);
    window.clearTimeout(saveTimer.current);
    pendingDraft.current = null;
    try {
      // A draft save still on its way must land before the turn (which clears the server's draft).
      await inflight.current;
      const res = await practiseApi.turn(session.id, reply);
      setSession(res.session);
      setSelected(null);
      setDraftState('');
      writeLocalDraft(session.id, '');
      setDraftSaved('saved');
    } catch (e) {
      const err = asApiError(e);
      setError(err);
      // The session moved on elsewhere (another tab ended it): show what the server has.
      if (err.code === 'conflict') practiseApi.session(session.id).then(setSession, () => undefined);
    } finally {
      setSending(false);
      textarea.current?.focus();
    }
  };

  const endSession = async () => {
    setError(null);
    try {
      flushDraft();
      const res = await practiseApi.end(session.id);
      setSession(res.session);
    } catch (e) {
      setError(asApiError(e));
    }
  };

  const startScenario = async (scenarioId: string) => {
    setStarting(true);
    try {
      const s = await practiseApi.start(scenarioId);
      navigate(hrefFor(['practise', 'session', s.id]));
    } catch (e) {
      setError(asApiError(e));
      setStarting(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter sends, Shift+Enter starts a new line (as in chat apps); not while an IME is composing.
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <>
      <PageHeading lead={<>Level {record.scenario.level} · {roleWords(record.scenario.role)} · with {record.scenario.persona}</>}>{record.scenario.title}</PageHeading>
      <p>
        <a href={hrefFor(['practise'])}>← All scenarios and your history</a>
      </p>
      {scenario && (
        <details className="brief" open={record.turns.length <= 1}>
          <summary>The situation and your goal</summary>
          <p>{scenario.situation}</p>
          <p>
            <strong>Goal:</strong> {scenario.goal}
          </p>
          {scenario.personaDescription && <p className="muted">{scenario.personaDescription}</p>}
          {scenario.skills.length > 0 && (
            <ul>
              {scenario.skills.map((k) => (
                <li key={k.id}>
                  <strong>{capitalise(k.label)}</strong>: {k.tip}
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      <div className="two-col practise-layout">
        <div>
          <h2 className="visually-hidden">Conversation</h2>
          <ol className="chat" role="log" aria-live="polite" aria-label="Conversation" data-testid="chat">
            {record.turns.map((t) => (
              <li key={t.index} className={`msg ${t.speaker}`}>
                <span className="msg-name">{t.speaker === 'learner' ? 'You' : t.name}</span>
                <p className="msg-text">{t.text}</p>
                {t.speaker === 'learner' && (
                  <button type="button" className="link" aria-pressed={shownTurn === t.turn} onClick={() => setSelected(t.turn)}>
                    {shownTurn === t.turn ? 'Feedback shown' : `Show feedback on reply ${t.turn}`}
                  </button>
                )}
              </li>
            ))}
            <li ref={logEnd} aria-hidden="true" className="chat-end" />
          </ol>
          {error && <ErrorMessage error={error} title={error.code === 'conflict' ? 'This session has already ended' : 'Your reply was not sent'} />}
          {ended ? (
            <SessionSummaryView summary={record.summary} onStart={(id) => void startScenario(id)} starting={starting} />
          ) : (
            <form className="compose" onSubmit={onSubmit} aria-label="Your reply">
              <div className="field">
                <label htmlFor="reply">Your reply to {record.scenario.persona}</label>
                <span className="hint" id="reply-hint">
                  Enter sends · Shift+Enter for a new line · your draft is kept if you leave or reload
                </span>
                <textarea
                  id="reply"
                  ref={textarea}
                  rows={3}
                  value={draft}
                  maxLength={REPLY_MAX_CHARS}
                  aria-describedby="reply-hint draft-status"
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={onKeyDown}
                  readOnly={sending}
                  aria-busy={sending}
                  autoFocus
                />
              </div>
              <div className="actions">
                <button type="submit" disabled={sending || !draft.trim()}>
                  {sending ? 'Sending…' : 'Send reply'}
                </button>
                <button type="button" className="secondary" onClick={() => void endSession()} disabled={sending}>
                  End session
                </button>
                <span id="draft-status" className="muted small" data-testid="draft-status">
                  {draft ? (draftSaved === 'saved' ? 'Draft saved' : draftSaved === 'saving' ? 'Saving draft…' : 'Draft kept in this browser') : ''}
                </span>
              </div>
            </form>
          )}
          {!ended && <LiveMeter live={live} draftEmpty={!draft.trim()} />}
        </div>
        <aside className="panel feedback-panel" aria-labelledby="feedback-title">
          <h2 id="feedback-title">{shownEntry ? `Feedback on reply ${shownEntry.turn}` : 'Feedback'}</h2>
          {shownEntry ? (
            <TurnFeedback entry={shownEntry} persona={record.scenario.persona} scenario={scenario} />
          ) : (
            <p className="muted">After each reply you will see here what it did, how {record.scenario.persona} took it, what went well and one thing to try.</p>
          )}
        </aside>
      </div>
    </>
  );
}
