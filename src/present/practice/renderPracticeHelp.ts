import { painter, type PracticeRenderOptions } from './practicePaint.js';

/** The commands a learner can type instead of a reply. */
export const PRACTICE_COMMANDS = [
  { command: '/help', aliases: ['/?'], does: 'this list' },
  { command: '/goal', aliases: ['/situation'], does: 'the situation and the goal again' },
  { command: '/state', aliases: [], does: 'how the other person feels right now' },
  { command: '/quit', aliases: ['/exit', '/q'], does: 'end the session and see the summary (Ctrl-D does too)' },
] as const;

export type PracticeCommand = (typeof PRACTICE_COMMANDS)[number]['command'];

/** The command a typed line names ("/Q " → "/quit"), null for a reply, `unknown` for another "/word". */
export function practiceCommandOf(line: string): PracticeCommand | 'unknown' | null {
  const t = line.trim().toLowerCase();
  if (!/^\/[a-z?]*$/.test(t)) return null;
  const c = PRACTICE_COMMANDS.find((x) => x.command === t || (x.aliases as readonly string[]).includes(t));
  return c ? c.command : 'unknown';
}

export function renderPracticeHelp(options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  return [
    paint('Commands', 'bold'),
    ...PRACTICE_COMMANDS.map((c) => `  ${paint(c.command.padEnd(7), 'accent')} ${c.does}`),
    paint('Anything else you type is your reply.', 'dim'),
  ].join('\n');
}
