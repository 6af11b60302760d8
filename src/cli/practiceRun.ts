import type { Analyzer } from '../core/analyzeUtterance.js';
import type { PracticeSession, PracticeTurn } from '../core/practice/practiceTypes.js';
import type { Scenario } from '../core/practice/scenario.js';
import { startSession } from '../core/practice/startSession.js';
import { takeTurn, type TurnOptions } from '../core/practice/takeTurn.js';
import type { LineVoice } from '../present/practice/practiceRecord.js';
import { speakerNames } from '../present/practice/speakerNames.js';
import type { PracticeVoice, VoicedLine, VoiceRequest } from './practiceVoice.js';

/** A session as it runs: the engine's session (holding the lines as voiced) and who voiced each line. */
export interface PracticeRun {
  session: PracticeSession;
  /** Index 0: the opening line; index n: the answer to reply n. */
  voices: LineVoice[];
}

export interface Voicing {
  voice: PracticeVoice;
  /** Pieces of a streamed line as they arrive. */
  onText?: (piece: string) => void;
  /** A voice's notice (e.g. "the model did not answer; the scripted lines carry on"). */
  onNotice?: (notice: string) => void;
  /** The engine's turn (analysis, state, feedback), before the voice says the answer. */
  onTurn?: (turn: PracticeTurn) => void;
}

function conversationOf(session: PracticeSession): VoiceRequest['conversation'] {
  const out: VoiceRequest['conversation'] = [{ who: 'other', text: session.opening }];
  for (const t of session.turns) out.push({ who: 'learner', text: t.reply }, { who: 'other', text: t.line });
  return out;
}

async function speak(request: VoiceRequest, v: Voicing): Promise<VoicedLine> {
  let said: VoicedLine;
  try {
    said = await v.voice(request, v.onText);
  } catch (err) {
    said = { text: request.scripted, voice: 'script', notice: `the voice failed (${(err as Error).message}); carrying on with the scripted lines` };
  }
  if (said.notice) v.onNotice?.(said.notice);
  // A voice that said nothing leaves the moment to the script.
  return said.text.trim() ? { ...said, text: said.text.trim() } : { ...said, text: request.scripted, voice: 'script' };
}

/** Opens a session with the seed; the opening line is the voice's (the script's by default). */
export async function openPractice(scenario: Scenario, seed: number, v: Voicing): Promise<PracticeRun & { said: VoicedLine }> {
  const session = startSession(scenario, seed);
  const said = await speak(
    { scenario, session, names: speakerNames(scenario.role, scenario.persona.name), conversation: [], state: session.state, turn: null, scripted: session.opening, ended: null },
    v,
  );
  return { session: { ...session, opening: said.text }, voices: [said.voice], said };
}

/**
 * One reply: the engine analyses it, moves the state and picks the scripted answer; the voice then
 * says the answer (the script's line, or its own in the persona), and that is what the session keeps.
 */
export async function practiceReply(run: PracticeRun, reply: string, analyzer: Analyzer, v: Voicing, options: TurnOptions = {}): Promise<{ run: PracticeRun; turn: PracticeTurn; said: VoicedLine }> {
  const { session, turn } = takeTurn(run.session, reply, analyzer, options);
  v.onTurn?.(turn);
  const scenario = session.scenario;
  const conversation = conversationOf(run.session);
  conversation.push({ who: 'learner', text: reply });
  const said = await speak({ scenario, session, names: speakerNames(scenario.role, scenario.persona.name), conversation, state: turn.state.after, turn, scripted: turn.line, ended: turn.ended }, v);
  const voiced: PracticeTurn = { ...turn, line: said.text };
  return { run: { session: { ...session, turns: [...session.turns.slice(0, -1), voiced] }, voices: [...run.voices, said.voice] }, turn: voiced, said };
}

/**
 * A scripted session: the replies in order until the session ends (an ending or the turn limit) or
 * the replies run out. Blank replies are skipped.
 */
export async function playReplies(scenario: Scenario, seed: number, replies: readonly string[], analyzer: Analyzer, v: Voicing, options: TurnOptions = {}): Promise<{ run: PracticeRun; unusedReplies: number }> {
  let run: PracticeRun = await openPractice(scenario, seed, v);
  const given = replies.filter((r) => r.trim() !== '');
  let used = 0;
  for (const reply of given) {
    if (run.session.ending) break;
    run = (await practiceReply(run, reply, analyzer, v, options)).run;
    used++;
  }
  return { run, unusedReplies: given.length - used };
}

