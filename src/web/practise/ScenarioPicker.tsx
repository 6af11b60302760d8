import { useMemo, useState } from 'react';
import type { ScenarioSummary } from '../../shared/api/index.js';
import { asApiError, type ApiError } from '../api/apiError.js';
import { hrefFor, navigate } from '../app/router.js';
import { EmptyState, ErrorMessage } from '../components/Status.js';
import { practiseApi } from './practiseApi.js';
import { capitalise, roleWords } from './practiseWords.js';

export interface PickerFilters {
  skill: string;
  level: string;
  role: string;
}

/** Scenarios matching the filters (an empty filter matches all). */
export function filterScenarios(all: readonly ScenarioSummary[], f: PickerFilters): ScenarioSummary[] {
  return all.filter((s) => (!f.skill || s.skills.some((k) => k.id === f.skill)) && (!f.level || String(s.level) === f.level) && (!f.role || s.role === f.role));
}

/**
 * The graded library: filter by skill, level and who you play; each scenario shows its situation, goal
 * and skills, whether it is mastered and how often it was practised, and starts with one button. The
 * filters live in the address, so a reload or a shared link keeps them.
 */
export function ScenarioPicker({ scenarios, filters, onFilters }: { scenarios: readonly ScenarioSummary[]; filters: PickerFilters; onFilters: (f: PickerFilters) => void }) {
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const skills = useMemo(() => {
    const m = new Map<string, string>();
    for (const s of scenarios) for (const k of s.skills) m.set(k.id, k.label);
    return [...m].sort((a, b) => a[1].localeCompare(b[1]));
  }, [scenarios]);
  const levels = useMemo(() => [...new Set(scenarios.map((s) => s.level))].sort((a, b) => a - b), [scenarios]);
  const shown = filterScenarios(scenarios, filters);
  const mastered = scenarios.filter((s) => s.mastered).length;

  const start = async (s: ScenarioSummary) => {
    setStarting(s.id);
    setError(null);
    try {
      const session = await practiseApi.start(s.id);
      navigate(hrefFor(['practise', 'session', session.id]));
    } catch (e) {
      setError(asApiError(e));
      setStarting(null);
    }
  };

  return (
    <section aria-labelledby="picker-title">
      <h2 id="picker-title">Choose a scenario</h2>
      <p className="muted">
        {scenarios.length} scenarios, {mastered} mastered. Start low and climb: a scenario is mastered when it ends well with every skill it trains shown reliably.
      </p>
      <form className="row filters" onSubmit={(e) => e.preventDefault()} aria-label="Filter scenarios">
        <div className="field">
          <label htmlFor="f-skill">Skill</label>
          <select id="f-skill" value={filters.skill} onChange={(e) => onFilters({ ...filters, skill: e.target.value })}>
            <option value="">All skills</option>
            {skills.map(([id, label]) => (
              <option key={id} value={id}>
                {capitalise(label)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-level">Level</label>
          <select id="f-level" value={filters.level} onChange={(e) => onFilters({ ...filters, level: e.target.value })}>
            <option value="">All levels</option>
            {levels.map((l) => (
              <option key={l} value={String(l)}>
                Level {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-role">You play</label>
          <select id="f-role" value={filters.role} onChange={(e) => onFilters({ ...filters, role: e.target.value })}>
            <option value="">Either</option>
            <option value="person">Yourself (assertiveness)</option>
            <option value="therapist">The therapist</option>
          </select>
        </div>
        {(filters.skill || filters.level || filters.role) && (
          <button type="button" className="secondary" onClick={() => onFilters({ skill: '', level: '', role: '' })}>
            Clear filters
          </button>
        )}
      </form>
      <p role="status" className="muted">
        Showing {shown.length} of {scenarios.length}.
      </p>
      {error && <ErrorMessage error={error} title="The session could not start" />}
      {shown.length === 0 ? (
        <EmptyState title="No scenario matches these filters." action={<button type="button" className="secondary" onClick={() => onFilters({ skill: '', level: '', role: '' })}>Show all scenarios</button>} />
      ) : (
        <ul className="scenario-list">
          {shown.map((s) => (
            <li key={s.id} className={`card scenario${s.mastered ? ' mastered' : ''}`} data-scenario={s.id}>
              <h3>{s.title}</h3>
              <p className="badges">
                <span className="badge">Level {s.level}</span> <span className="badge muted">{roleWords(s.role)}</span>{' '}
                {s.mastered ? <span className="badge good">✓ Mastered</span> : s.completed > 0 ? <span className="badge warn">Practised {s.completed}×</span> : null}
              </p>
              <p>{s.situation}</p>
              <p>
                <strong>Goal:</strong> {s.goal}
              </p>
              <p className="muted">Skills: {s.skills.map((k) => k.label).join(', ')}</p>
              <button type="button" onClick={() => void start(s)} disabled={starting !== null} aria-label={`Start “${s.title}”`}>
                {starting === s.id ? 'Starting…' : 'Start'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
