import type { Writable } from 'node:stream';
import type { TurnOptions } from '../core/practice/takeTurn.js';
import type { Analyzer } from '../core/analyzeUtterance.js';
import type { PracticeTurn } from '../core/practice/practiceTypes.js';
import type { Scenario } from '../core/practice/scenario.js';
import { inlineText } from '../present/review/terminalText.js';
import { painter, type PracticeRenderOptions } from '../present/practice/practicePaint.js';
import { practiceCommandOf, renderPracticeHelp } from '../present/practice/renderPracticeHelp.js';
import { renderOtherLine, renderScenarioIntro } from '../present/practice/renderScenarioIntro.js';
import { renderStatePanel } from '../present/practice/renderStatePanel.js';
import { renderTurnFeedback } from '../present/practice/renderTurnFeedback.js';
import { speakerNames } from '../present/practice/speakerNames.js';
import type { PracticePrompt } from './practicePrompt.js';
import { openPractice, practiceReply, type PracticeRun, type Voicing } from './practiceRun.js';
import type { PracticeVoice, VoicedLine } from './practiceVoice.js';

// A streamed piece is outside text: control characters (escape sequences, line breaks) become spaces.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

export interface InteractiveSession {
  scenario: Scenario;
  seed: number;
  analyzer: Analyzer;
  /** How the engine builds suggestions (the shipped wording: `turnOptionsFor(resources)`). */
  turnOptions?: TurnOptions;
  voice: PracticeVoice;
  prompt: PracticePrompt;
  output: Writable;
  render: PracticeRenderOptions;
}

/**
 * Says the other person's lines on the terminal. A streamed line is shown piece by piece after the
 * name; a whole line (the script's) is wrapped to the terminal. Each distinct notice is shown once.
 */
function terminalVoicing(s: InteractiveSession, name: string): Voicing & { finish(said: VoicedLine): void } {
  const paint = painter(s.render.color);
  // Feedback comes before the answer, so a streamed answer follows it.
  const onTurn = (turn: PracticeTurn) => s.output.write(`\n${renderTurnFeedback(turn, name, s.render)}\n\n`);
  const notices = new Set<string>();
  let streamed = false;
  return {
    voice: s.voice,
    onTurn,
    onText(piece) {
      if (!streamed) s.output.write(`${paint(`${name}: `, 'bold')}`);
      streamed = true;
      s.output.write(paint(piece.replace(CONTROL, ' '), 'accent'));
    },
    onNotice(notice) {
      if (notices.has(notice)) return;
      notices.add(notice);
      s.output.write(`${streamed ? '\n' : ''}${paint(`(${notice})`, 'warn')}\n`);
      streamed = false;
    },
    finish(said) {
      // A model's line was shown as it came; a line from the script is shown whole (after any pieces
      // of a model answer that broke off).
      if (streamed) s.output.write('\n');
      if (!streamed || said.voice === 'script') s.output.write(`${renderOtherLine(name, said.text, s.render)}\n`);
      streamed = false;
    },
  };
}

/**
 * The conversation on the terminal: the scenario's introduction, the other person's opening line,
 * then for each reply the feedback and the person's answer, until the session ends, the learner types
 * /quit, or the input ends (Ctrl-D, Ctrl-C). Commands (/help, /goal, /state) answer without taking a
 * turn. Returns the session as it stands.
 */
export async function practiceInteractive(s: InteractiveSession): Promise<PracticeRun> {
  const { scenario, output, render } = s;
  const paint = painter(render.color);
  const names = speakerNames(scenario.role, scenario.persona.name);
  const voicing = terminalVoicing(s, names.otherName);
  output.write(`${renderScenarioIntro(scenario, render)}\n\n`);
  const opened = await openPractice(scenario, s.seed, voicing);
  voicing.finish(opened.said);
  let run: PracticeRun = opened;
  for (;;) {
    const line = await s.prompt.ask(paint(`${names.learner}: `, 'bold'));
    if (line === null) break;
    const command = practiceCommandOf(line);
    if (command === '/quit') break;
    if (command === '/help') output.write(`${renderPracticeHelp(render)}\n`);
    else if (command === '/goal') output.write(`${renderScenarioIntro(scenario, render)}\n`);
    else if (command === '/state') output.write(`${renderStatePanel(scenario, run.session.state, render)}\n`);
    else if (command === 'unknown') output.write(`${paint(`Unknown command ${inlineText(line.trim())}; /help lists the commands.`, 'warn')}\n`);
    if (command !== null || line.trim() === '') continue;
    const r = await practiceReply(run, line, s.analyzer, voicing, s.turnOptions);
    run = r.run;
    voicing.finish(r.said);
    if (run.session.ending) break;
  }
  output.write('\n');
  return run;
}
