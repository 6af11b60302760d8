import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../core/analyzeUtterance.js';
import { startSession } from '../../core/practice/startSession.js';
import { takeTurn } from '../../core/practice/takeTurn.js';
import { loadResourcesOrThrow } from '../../io/loadResources.js';
import { loadScenarios } from '../../io/loadScenarios.js';
import { displayWidth } from '../review/terminalText.js';
import { renderTurnFeedback } from './renderTurnFeedback.js';

const analyzer = createAnalyzer(loadResourcesOrThrow());
const library = loadScenarios().scenarios.map((s) => s.scenario);
const sayNo = library.find((s) => s.id === 'say-no-extra-work')!;
const ANSI = /\u001b\[/;

const turnFor = (reply: string) => takeTurn(startSession(sayNo, 5), reply, analyzer).turn;

describe('renderTurnFeedback', () => {
  it('shows what the reply did with its words, how Mark took it, what went well and one suggestion', () => {
    const turn = turnFor("No, I can't take that on this week.");
    const text = renderTurnFeedback(turn, 'Mark', { color: false });
    expect(text).toContain('What your reply did');
    expect(text).toMatch(/\+ clear no: "No, I can't"/);
    expect(text).toContain('How Mark took it');
    for (const note of turn.feedback.reaction) expect(text).toContain(note);
    // Every state variable, rapport first, with the change.
    expect(text).toMatch(/rapport \d+ \(=\) · respect \d+ → \d+ \(\+\d+\) · pressure \d+ → \d+ \(-\d+\)/);
    expect(text).toContain('What went well');
    for (const w of turn.feedback.wentWell) expect(text.replace(/\s+/g, ' ')).toContain(w);
    expect(text).toContain('Try this');
    expect(text.replace(/\s+/g, ' ')).toContain(turn.feedback.suggestion!.advice);
    expect(ANSI.test(text)).toBe(false);
  });

  it('marks what lost the balance, and leaves out praise when nothing went well', () => {
    const turn = turnFor('Fine, whatever, dump it on me like you always do.');
    const text = renderTurnFeedback(turn, 'Mark', { color: false });
    expect(turn.feedback.wentWell).toEqual([]);
    expect(text).toMatch(/! style: passive-aggressive/);
    expect(text).not.toContain('What went well');
    expect(text).toMatch(/rapport \d+ → \d+ \(-\d+\)/);
  });

  it('paints only when colour is on, and wraps to the width', () => {
    const turn = turnFor("I'm so sorry, I really am, maybe I could possibly try to fit some of it in somewhere next week if that would help you at all?");
    const plain = renderTurnFeedback(turn, 'Mark', { color: false, width: 50 });
    for (const line of plain.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    const painted = renderTurnFeedback(turn, 'Mark', { color: true, width: 50 });
    expect(ANSI.test(painted)).toBe(true);
    expect(painted.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain);
  });
});
