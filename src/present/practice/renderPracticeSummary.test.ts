import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/analyzeUtterance.js';
import type { PracticeSession } from '../../core/practice/practiceTypes.js';
import { startSession } from '../../core/practice/startSession.js';
import { summarizeSession } from '../../core/practice/summarizeSession.js';
import { takeTurn } from '../../core/practice/takeTurn.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { displayWidth } from '../review/terminalText.js';
import { renderPracticeSummary } from './renderPracticeSummary.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const library = loadScenarios().scenarios.map((s) => s.scenario);
const find = (id: string) => library.find((s) => s.id === id)!;

function play(id: string, replies: string[]): PracticeSession {
  let session = startSession(find(id), 9);
  for (const r of replies) session = takeTurn(session, r, analyzer).session;
  return session;
}
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('renderPracticeSummary', () => {
  it('tells how the session ended, the scores, state, balance path, skills, debrief and the next step', () => {
    const session = play('say-no-extra-work', ["No, I can't take it on this week.", "No, I can't take it on this week."]);
    expect(session.ending?.outcome).toBe('success');
    const summary = summarizeSession(session, library);
    const text = renderPracticeSummary(summary, { color: false, width: 80 });
    expect(text).toMatch(/^Session over: success · /);
    expect(flat(text)).toContain(session.ending!.message);
    expect(text).toMatch(/empathy \d\.\d\d \(0 to 1\) · assertiveness [+-]?\d\.\d\d/);
    expect(text).toMatch(/off balance: 0 passive, 0 aggressive/);
    expect(text).toContain('rapport 60 (unchanged)');
    expect(text).toMatch(/respect 40 → 90/);
    expect(text).toContain('Balance path');
    expect(flat(text)).toContain('Path: 1 directive but distant → 2 directive but distant');
    expect(text).toContain('+ say no: shown reliably (shown in 2 turns)');
    expect(text).toContain('! offer an alternative: not shown yet');
    for (const d of summary.debrief) expect(flat(text)).toContain(d);
    expect(summary.next?.scenarioId).toBeTruthy();
    expect(text).toContain(`attune practice ${summary.next!.scenarioId}`);
    for (const l of text.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });

  it('gives therapist sessions the counselling counts', () => {
    const session = play('lonely-minimiser', ["It sounds like you've been carrying a lot on your own.", "What's the hardest part of the evenings?"]);
    const text = flat(renderPracticeSummary(summarizeSession(session, library), { color: false }));
    expect(text).toMatch(/counselling: \d+ reflections?, \d+ questions?/);
    expect(text).toMatch(/^Session stopped after 2 turns/);
  });

  it('has nothing to score without replies', () => {
    const text = renderPracticeSummary(summarizeSession(startSession(find('say-no-extra-work'), 1), library), { color: false });
    expect(text).toContain('Session stopped after 0 turns');
    expect(text).toContain('No replies, so nothing to score.');
  });
});
