import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/analyzeUtterance.js';
import { startSession } from '../../core/practice/startSession.js';
import { summarizeSession } from '../../core/practice/summarizeSession.js';
import { takeTurn } from '../../core/practice/takeTurn.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { practiceRecord, PRACTICE_FORMAT, type LearnerEntry, type OtherEntry } from './practiceRecord.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const library = loadScenarios().scenarios.map((s) => s.scenario);
const scenario = library.find((s) => s.id === 'rupture-this-isnt-helping')!;

describe('practiceRecord', () => {
  const replies = ["You're right to tell me. What hasn't been helpful for you?", 'Well, you have to do the homework if you want results.'];
  let session = startSession(scenario, 42);
  for (const r of replies) session = takeTurn(session, r, analyzer).session;
  const record = practiceRecord(session, summarizeSession(session, library), { voices: ['script', 'model', 'script'], unusedReplies: 1 });

  it('lists the opening, then each reply and its answer, in order, with speaker, name and role', () => {
    expect(record.format).toBe(PRACTICE_FORMAT);
    expect(record.turns.map((t) => [t.index, t.turn, t.speaker, t.name, t.role])).toEqual([
      [0, 0, 'other', 'Client', 'client'],
      [1, 1, 'learner', 'Therapist', 'therapist'],
      [2, 1, 'other', 'Client', 'client'],
      [3, 2, 'learner', 'Therapist', 'therapist'],
      [4, 2, 'other', 'Client', 'client'],
    ]);
    expect(record.turns.map((t) => t.text)).toEqual([session.opening, replies[0], session.turns[0].line, replies[1], session.turns[1].line]);
    expect(record.speakers).toEqual({ learner: 'Therapist', other: 'Client', otherName: scenario.persona.name });
  });

  it('gives every entry the state after it, rapport included, starting from the initial state', () => {
    const initial = Object.fromEntries(Object.entries(scenario.state).map(([k, v]) => [k, v.initial]));
    expect(record.turns[0].state).toEqual(initial);
    for (const t of record.turns) {
      expect(t.state.rapport).toBeGreaterThanOrEqual(0);
      expect(t.state.rapport).toBeLessThanOrEqual(100);
    }
    const learner = record.turns.filter((t): t is LearnerEntry => t.speaker === 'learner');
    learner.forEach((t, i) => {
      expect(t.state).toEqual(session.turns[i].state.after);
      expect(t.stateChange).toEqual(session.turns[i].state.change);
      expect(t.feedback).toEqual(session.turns[i].feedback);
      expect(t.analysis).toMatchObject({ speaker: 'therapist', text: replies[i], stance: expect.any(String) });
    });
  });

  it('says who voiced each answer and where the script drew it from', () => {
    const other = record.turns.filter((t): t is OtherEntry => t.speaker === 'other');
    expect(other.map((t) => t.voice)).toEqual(['script', 'model', 'script']);
    expect(other[0].lineFrom).toBe('opening');
    expect(other.slice(1).map((t) => t.lineFrom)).toEqual(session.turns.map((t) => t.lineFrom));
    expect(record.unusedReplies).toBe(1);
  });

  it('survives a JSON round trip unchanged (plain data)', () => {
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  });
});
