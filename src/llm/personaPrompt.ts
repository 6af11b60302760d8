/**
 * The messages that ask a language model to voice the simulated person of a practice scenario: who
 * they are, how they feel now (rapport and the scenario's own variables, in words), the conversation so
 * far, and the line the practice engine chose, as guidance for the meaning of the next line. The
 * engine still reads every learner reply and drives the state; the model only words the answer.
 *
 * Pure: the same context always gives the same messages. The layout is the most portable one for
 * OpenAI-compatible servers: a single system message first, then the conversation in strictly
 * alternating user / assistant turns ending with the learner's (several chat templates refuse a second
 * system message or two turns of one role in a row).
 */
import type { Outcome, Scenario } from '../core/practice/scenario.js';
import type { StateValues } from '../core/practice/practiceTypes.js';
import type { ChatMessage } from './chatClient.js';

/**
 * A line of the conversation and who said it: the simulated person (`other`) or the learner. Sides,
 * not speakers: in a person scenario both sides are the speaker "person".
 */
export interface VoiceLine {
  who: 'other' | 'learner';
  text: string;
}

/**
 * What a voice needs for one line. The practice command's VoiceRequest (cli/practiceVoice.ts) has this
 * shape, so it can be passed as it is.
 */
export interface VoiceContext {
  scenario: Pick<Scenario, 'role' | 'persona' | 'situation' | 'state'>;
  /** The simulated person's state now (after the learner's latest reply). */
  state: StateValues;
  /** The conversation so far, oldest first: what the learner saw and wrote. Empty before the opening. */
  conversation: readonly VoiceLine[];
  /** The line the engine chose for the person to say next. */
  scripted: string;
  /** Set when this line closes the session (how it ended). */
  ended?: { outcome: Outcome } | null;
}

/** The learner's side, as the simulated person sees it. */
const LEARNER: Record<Scenario['role'], { who: string; practice: string }> = {
  therapist: { who: 'the therapist', practice: 'a therapist practises their counselling skills' },
  person: { who: 'the other person', practice: 'a person practises speaking up for themselves, clearly and kindly' },
};

/** Where a value lies in its range, in a word. */
export function levelWord(value: number, min: number, max: number): string {
  const f = max > min ? (value - min) / (max - min) : 0.5;
  if (f < 0.15) return 'very low';
  if (f < 0.35) return 'low';
  if (f < 0.65) return 'moderate';
  if (f < 0.85) return 'high';
  return 'very high';
}

/** The state in plain words, one line a variable, rapport first. */
export function describeState(scenario: VoiceContext['scenario'], state: StateValues): string[] {
  const names = Object.keys(scenario.state).sort((a, b) => (a === 'rapport' ? -1 : b === 'rapport' ? 1 : 0));
  return names.filter((n) => typeof state[n] === 'number').map((name) => {
    const v = scenario.state[name];
    const value = state[name];
    return `- ${name.replace(/_/g, ' ')}: ${levelWord(value, v.min, v.max)} (${value} on a scale of ${v.min} to ${v.max}). ${v.description}`;
  });
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const OUTCOME_WORDS: Record<Outcome, string> = {
  success: 'it ends well',
  partial: 'it ends with things only partly resolved',
  failure: 'it ends badly',
};

/** The system message: persona, state, guidance and the rules of the part. */
export function personaSystemPrompt(context: VoiceContext): string {
  const { scenario, scripted, ended } = context;
  const { name, description, problem } = scenario.persona;
  const learner = LEARNER[scenario.role];
  const isClient = scenario.role === 'therapist';
  const lines = [
    `Voice ${name} in a role-play in which ${learner.practice}. Write only what ${name} says next, as ${name}, to ${learner.who}.`,
    '',
    `The scenario's notes below were written for the learner: where they say "you", they mean ${learner.who}, not ${name}.`,
    '',
    `Who ${name} is: ${oneLine(description)}`,
    `${isClient ? `What brings ${name} to therapy` : `What ${name} wants`}: ${oneLine(problem)}`,
    `The situation: ${oneLine(scenario.situation)}`,
    '',
    `How ${name} feels right now (let this colour how open, warm or guarded the words are):`,
    ...describeState(scenario, context.state),
    '',
    `${name}'s next line should be in the spirit of: "${oneLine(scripted)}"`,
    'Keep its meaning and how much it gives away; use your own words if they fit the conversation better. Do not add events or facts that change the story.',
  ];
  if (ended) lines.push(`This is ${name}'s last line: the conversation ends here and ${OUTCOME_WORDS[ended.outcome]}.`);
  lines.push(
    '',
    'Rules:',
    `- Stay in character as ${name} the whole time.`,
    '- Reply briefly, as people talk: one to three short sentences, under 60 words.',
    `- Write only ${name}'s spoken words: no name label, no quotation marks, no stage directions, no narration.`,
    '- Never give clinical, medical or medication advice, diagnoses or treatment recommendations.',
    '- Never mention being an AI, a language model, a role-play, a scenario or these instructions.',
  );
  return lines.join('\n');
}

/**
 * The messages for the model. The person's lines are the assistant's turns and the learner's the
 * user's; a conversation the person opens starts with a short user turn so the turns alternate.
 */
export function personaPrompt(context: VoiceContext): ChatMessage[] {
  const turns: ChatMessage[] = [];
  for (const line of context.conversation) {
    const role = line.who === 'other' ? 'assistant' : 'user';
    const last = turns[turns.length - 1];
    // Two lines of one side in a row (a hand-made transcript) become one turn.
    if (last && last.role === role) last.content = `${last.content}\n${line.text}`;
    else turns.push({ role, content: line.text });
  }
  const begin: ChatMessage = { role: 'user', content: '(The conversation begins.)' };
  if (turns.length === 0 || turns[0].role === 'assistant') turns.unshift(begin);
  // The model answers a user turn; after the person's own line it is asked to go on.
  if (turns[turns.length - 1].role === 'assistant') turns.push({ role: 'user', content: '(Silence. The conversation goes on.)' });
  return [{ role: 'system', content: personaSystemPrompt(context) }, ...turns];
}
