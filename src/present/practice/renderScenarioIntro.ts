import type { Scenario } from '../../core/practice/scenario.js';
import { SKILL_INFO } from '../../core/practice/skills.js';
import { inlineText } from '../review/terminalText.js';
import { painter, wrapBlock, type PracticeRenderOptions } from './practicePaint.js';
import { speakerNames } from './speakerNames.js';

/**
 * What the learner reads before the first line: who they play, with whom, the situation and the goal;
 * with `hint`, how to reply and end (for the interactive session).
 */
export function renderScenarioIntro(scenario: Scenario, options: PracticeRenderOptions & { hint?: boolean }): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  const names = speakerNames(scenario.role, scenario.persona.name);
  const who = scenario.role === 'therapist' ? `You play the therapist; ${inlineText(scenario.persona.name)} is the client` : `You play yourself, talking with ${names.other}`;
  const skills = scenario.skills.map((s) => SKILL_INFO[s].label).join(', ');
  return [
    ...wrapBlock('Practice: ', scenario.title, width, paint, 'bold', 'bold'),
    ...wrapBlock('', `${who} · level ${scenario.level} · skills: ${skills}`, width, paint, 'dim'),
    '',
    ...wrapBlock('Situation  ', scenario.situation, width, paint, undefined, 'bold'),
    ...wrapBlock('Goal       ', scenario.goal, width, paint, undefined, 'bold'),
    ...(options.hint === false ? [] : ['', ...wrapBlock('', 'Type your reply and press Enter. /help lists the commands; /quit or Ctrl-D ends the session.', width, paint, 'dim')]),
  ].join('\n');
}

/** A line of the simulated person: their name, then their words. */
export function renderOtherLine(name: string, text: string, options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  return wrapBlock(`${name}: `, text, options.width ?? 80, paint, 'accent', 'bold').join('\n');
}

/** A reply of the learner as shown when it was not typed (a scripted session): their label, then the words. */
export function renderLearnerLine(name: string, text: string, options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  return wrapBlock(`${name}: `, text, options.width ?? 80, paint, undefined, 'bold').join('\n');
}
