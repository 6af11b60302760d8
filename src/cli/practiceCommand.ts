import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import { markerKindsOf } from '../core/practice/markerKinds.js';
import { turnOptionsFor } from '../core/practice/takeTurn.js';
import type { PracticeSession } from '../core/practice/practiceTypes.js';
import type { Scenario } from '../core/practice/scenario.js';
import type { Config } from '../config/config.js';
import { loadScenarios, type ScenarioLoad } from '../io/loadScenarios.js';
import { decodeText, readTextFile } from '../io/readTextFile.js';
import { painter, type PracticeRenderOptions } from '../present/practice/practicePaint.js';
import { practiceRecord } from '../present/practice/practiceRecord.js';
import { practiceCommandOf } from '../present/practice/renderPracticeHelp.js';
import { renderPracticeSummary } from '../present/practice/renderPracticeSummary.js';
import { PICKER_MAX_LEVEL, pickScenario, renderScenarioPicker, suggestedStart } from '../present/practice/renderScenarioPicker.js';
import { renderLearnerLine, renderOtherLine, renderScenarioIntro } from '../present/practice/renderScenarioIntro.js';
import { renderTurnFeedback } from '../present/practice/renderTurnFeedback.js';
import { scenarioList, scenarioTableText } from '../present/practice/scenarioTable.js';
import { speakerNames } from '../present/practice/speakerNames.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, exitCodeFor, type ExitCode } from './exitCodes.js';
import { closeIds } from './practiceCloseIds.js';
import { practiceInteractive } from './practiceInteractive.js';
import { createPracticePrompt } from './practicePrompt.js';
import { playReplies, type PracticeRun, type Voicing } from './practiceRun.js';
import { closingSummary } from '../core/practice/summarizeSession.js';
import { defaultPracticeFile, savePracticeTranscript } from './practiceSave.js';
import { scriptedVoice, type PracticeVoice } from './practiceVoice.js';
import type { Engine } from './engine.js';

export interface PracticeFlags {
  list?: boolean;
  json?: boolean;
  /** A file of replies, one per line ("-": standard input). */
  replies?: string;
  seed?: number;
  /** A file to save to; false with --no-save; unset: the default (interactive sessions only). */
  save?: string | false;
}

export interface PracticeDeps {
  config: Config;
  /** The analysis engine (the CLI's loader stops the process with the data files' problems). */
  loadEngine: () => Engine;
  /** The voice of the simulated person for these options (e.g. a language model with --llm); the script's when absent. */
  voiceFor?: (options: Record<string, unknown>) => PracticeVoice;
  /** Where shipped scenarios are read from (default: the library in scenarios/). */
  scenariosDir?: string;
  now?: () => Date;
  randomSeed?: () => number;
}

export interface PracticeIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Standard input is a terminal (readline draws the line and echoes it). */
  stdinIsTty: boolean;
  /** Terminal columns for the text output. */
  width: number;
}

/** A seed as the user types it: a whole number from 0 to 2^32 − 1. */
export function seedOption(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n > 0xffffffff) throw new InvalidArgumentError('give a whole number from 0 to 4294967295');
  return n;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

function usage(io: PracticeIo, message: string): ExitCode {
  io.stderr.write(`attune practice: ${message}\n`);
  return EXIT.usage;
}

function warnLibrary(load: ScenarioLoad, io: PracticeIo): void {
  if (load.problems.length === 0) return;
  const files = new Set(load.problems.map((p) => p.source)).size;
  io.stderr.write(`attune practice: warning: ${files} scenario file${files === 1 ? '' : 's'} with problems left out (see attune scenario check ${path.relative(process.cwd(), path.dirname(load.files[0] ?? '.')) || '.'})\n`);
}

/** The scenario the argument names: an id of the library, or a scenario file. */
function resolveScenario(arg: string, library: readonly Scenario[], vocabulary: Parameters<typeof loadScenarios>[1], io: PracticeIo): Scenario | ExitCode {
  const byId = library.find((s) => s.id === arg);
  if (byId) return byId;
  if (SCENARIO_FILE.test(arg) || arg.includes('/') || arg.includes(path.sep)) {
    const load = loadScenarios(arg, vocabulary);
    if (load.problems.length) {
      for (const p of load.problems) io.stderr.write(`attune practice: ${describeProblem(p)}\n`);
      return Math.max(...load.problems.map((p) => exitCodeFor(p.code))) as ExitCode;
    }
    if (load.scenarios.length === 1) return load.scenarios[0].scenario;
    return usage(io, `${arg} holds ${load.scenarios.length} scenarios; name one file`);
  }
  const close = closeIds(arg, library.map((s) => s.id));
  return usage(io, `unknown scenario "${arg}". ${close.length ? `Did you mean: ${close.join(', ')}?` : 'None is close.'} See attune practice --list.`);
}

function readReplies(file: string, io: PracticeIo): string[] | ExitCode {
  let text: string;
  if (file === '-') {
    try {
      text = decodeText(fs.readFileSync(0), 'standard input').text;
    } catch (err) {
      io.stderr.write(`attune practice: cannot read standard input: ${(err as Error).message}\n`);
      return EXIT.unreadable;
    }
  } else {
    const r = readTextFile(file);
    if (!r.ok) {
      for (const p of r.problems) io.stderr.write(`attune practice: ${describeProblem({ ...p, message: `${p.message} (the replies file)` })}\n`);
      return EXIT.unreadable;
    }
    if (r.value.warning) io.stderr.write(`attune practice: warning: ${describeProblem(r.value.warning)}\n`);
    text = r.value.text;
  }
  return text.split(/\r\n|\r|\n/);
}

const shellWord = (s: string) => (/^[\w./~:@%+=,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/**
 * Saves the session's transcript: to the file named with --save, else (interactive sessions only,
 * unless --no-save) to a new file in the data folder. Says where on the terminal (stdout in a
 * session, stderr when stdout carries the scripted output).
 */
function save(session: PracticeSession, target: string | false | undefined, interactive: boolean, deps: PracticeDeps, io: PracticeIo, paint: ReturnType<typeof painter>): ExitCode {
  if (target === false || (target === undefined && !interactive)) return EXIT.ok;
  if (session.turns.length === 0) {
    if (target !== undefined) io.stderr.write('attune practice: no replies, so nothing was saved\n');
    return EXIT.ok;
  }
  let result: ReturnType<typeof savePracticeTranscript>;
  if (target !== undefined) result = savePracticeTranscript(session, path.resolve(target), true);
  else {
    // Never overwrite an earlier session: two in one second get a number.
    const base = defaultPracticeFile(deps.config.dataDir, session.scenario.id, (deps.now ?? (() => new Date()))());
    let candidate = base;
    result = savePracticeTranscript(session, candidate, false);
    for (let n = 2; !result.ok && n <= 9 && fs.existsSync(candidate); n++) {
      candidate = base.replace(/\.txt$/, `-${n}.txt`);
      result = savePracticeTranscript(session, candidate, false);
    }
  }
  if (!result.ok) {
    io.stderr.write(`attune practice: could not save the session: ${result.message}\n`);
    return EXIT.partial;
  }
  const relative = path.relative(process.cwd(), result.file);
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? result.file : relative;
  (interactive ? io.stdout : io.stderr).write(`${paint(`Saved to ${shown}`, 'dim')}\n${paint(`Review it with: attune review ${shellWord(shown)}`, 'dim')}\n`);
  return EXIT.ok;
}

/** The session's text on the terminal without a terminal: the replies as if typed, with all feedback. */
function writeScripted(run: PracticeRun, io: PracticeIo, render: PracticeRenderOptions): void {
  const { session } = run;
  const names = speakerNames(session.scenario.role, session.scenario.persona.name);
  io.stdout.write(`${renderScenarioIntro(session.scenario, { ...render, hint: false })}\n\n`);
  io.stdout.write(`${renderOtherLine(names.otherName, session.opening, render)}\n`);
  for (const t of session.turns) {
    io.stdout.write(`${renderLearnerLine(names.learner, t.reply, render)}\n\n${renderTurnFeedback(t, names.otherName, render)}\n\n${renderOtherLine(names.otherName, t.line, render)}\n`);
  }
  io.stdout.write('\n');
}

/**
 * `attune practice`: `--list` (and `--json`) lists the library; `SCENARIO --replies FILE [--json]`
 * plays a scripted session and prints it (as JSON: docs/practice-output.md); otherwise the
 * interactive session in the terminal (a picker first when no scenario is named), then the summary,
 * and the session saved as a transcript `attune review` reads. Exit codes (cli/exitCodes.ts): 0 done,
 * 1 the session could not be saved, 2 usage (an unknown scenario), 3 broken data files, 4 an unreadable
 * replies or scenario file.
 */
export async function runPractice(scenarioArg: string | undefined, flags: PracticeFlags, deps: PracticeDeps, io: PracticeIo, options: Record<string, unknown> = {}): Promise<ExitCode> {
  const render: PracticeRenderOptions = { color: deps.config.color, width: io.width };
  const paint = painter(render.color);
  const scenariosDir = deps.scenariosDir;
  if (flags.list) {
    if (scenarioArg !== undefined || flags.replies !== undefined) return usage(io, '--list takes no scenario and no --replies');
    const load = scenariosDir ? loadScenarios(scenariosDir) : loadScenarios();
    warnLibrary(load, io);
    const items = scenarioList(load.scenarios.map((s) => s.scenario));
    io.stdout.write(flags.json ? `${JSON.stringify(items, null, 2)}\n` : `${scenarioTableText(items, render)}\n`);
    return EXIT.ok;
  }
  if (flags.json && flags.replies === undefined) return usage(io, '--json needs --replies FILE (a session in the terminal is not JSON) or --list');
  if (flags.replies !== undefined && scenarioArg === undefined) return usage(io, '--replies needs a scenario: attune practice SCENARIO --replies FILE');

  const engine = deps.loadEngine();
  const vocabulary = { markerKinds: markerKindsOf(engine.resources) };
  const load = scenariosDir ? loadScenarios(scenariosDir, vocabulary) : loadScenarios(undefined, vocabulary);
  warnLibrary(load, io);
  const library = load.scenarios.map((s) => s.scenario);
  const seed = flags.seed ?? (deps.randomSeed ?? (() => Math.floor(Math.random() * 0x100000000)))();
  const voice = deps.voiceFor?.(options) ?? scriptedVoice;

  if (flags.replies !== undefined && scenarioArg !== undefined) {
    const scenario = resolveScenario(scenarioArg, library, vocabulary, io);
    if (typeof scenario === 'number') return scenario;
    const replies = readReplies(flags.replies, io);
    if (typeof replies === 'number') return replies;
    const notices = new Set<string>();
    const voicing: Voicing = { voice, onNotice: (n) => notices.add(n) };
    const { run, unusedReplies } = await playReplies(scenario, seed, replies, engine.analyzer, voicing, turnOptionsFor(engine.resources));
    for (const n of notices) io.stderr.write(`attune practice: ${n}\n`);
    const summary = closingSummary(run.session, library);
    if (flags.json) io.stdout.write(`${JSON.stringify(practiceRecord(run.session, summary, { voices: run.voices, unusedReplies }))}\n`);
    else {
      writeScripted(run, io, render);
      io.stdout.write(`${renderPracticeSummary(summary, render)}\n`);
    }
    if (unusedReplies > 0) io.stderr.write(`attune practice: the session ended before the last ${unusedReplies} repl${unusedReplies === 1 ? 'y' : 'ies'}\n`);
    return save(run.session, flags.save, false, deps, io, paint);
  }

  const prompt = createPracticePrompt(io.stdin, io.stdout, io.stdinIsTty);
  try {
    let scenario: Scenario;
    if (scenarioArg !== undefined) {
      const found = resolveScenario(scenarioArg, library, vocabulary, io);
      if (typeof found === 'number') return found;
      scenario = found;
    } else {
      const items = scenarioList(library);
      if (items.length === 0) return usage(io, 'no scenarios to practise (see attune scenario check)');
      const shown = items.filter((i) => i.level <= PICKER_MAX_LEVEL);
      const suggested = suggestedStart(items);
      io.stdout.write(`${renderScenarioPicker(shown, suggested, render, items.length - shown.length)}\n`);
      let picked: Scenario | undefined;
      while (!picked) {
        const answer = await prompt.ask(`Number or id${suggested ? ` (Enter: ${suggested.id})` : ''}: `);
        if (answer === null || practiceCommandOf(answer) === '/quit') return EXIT.ok;
        const item = pickScenario(answer, shown, items, suggested);
        if (item) picked = library.find((s) => s.id === item.id);
        else io.stdout.write(`${paint(`No scenario "${answer.trim()}" here; type its number or id.`, 'warn')}\n`);
      }
      scenario = picked;
      io.stdout.write('\n');
    }
    const run = await practiceInteractive({ scenario, seed, analyzer: engine.analyzer, turnOptions: turnOptionsFor(engine.resources), voice, prompt, output: io.stdout, render });
    io.stdout.write(`${renderPracticeSummary(closingSummary(run.session, library), render)}\n`);
    return save(run.session, flags.save, true, deps, io, paint);
  } finally {
    prompt.close();
  }
}

/**
 * Adds `attune practice` to the program (one line in cli/main.ts). Options added to the returned
 * command later (e.g. `--llm`) reach `deps.voiceFor` with the others.
 */
export function registerPracticeCommand(program: Command, deps: PracticeDeps): Command {
  return program
    .command('practice')
    .description('role-play practice: a simulated client or person reacts to how you speak, with feedback after every reply')
    .argument('[scenario]', 'a scenario id (see --list) or a scenario file; none: choose from a list')
    .option('--list', 'list the scenarios: id, role, level, title and skills')
    .option('--json', 'with --list: the list as JSON; with --replies: the whole session as JSON (docs/practice-output.md)')
    .option('--replies <file>', 'play the session without a terminal, with these replies, one per line ("-" reads standard input)')
    .option('--seed <n>', 'fix the simulated person\'s choices: the same seed and replies replay exactly', seedOption)
    .option('--save <file>', `save the session as a transcript to this file (interactive sessions are saved to ${path.join(deps.config.dataDir, 'practice')} unless --no-save)`)
    .option('--no-save', 'do not save the session')
    .action(async (scenario: string | undefined, opts: PracticeFlags & Record<string, unknown>) => {
      const io: PracticeIo = {
        stdin: process.stdin,
        stdout: process.stdout,
        stderr: process.stderr,
        stdinIsTty: Boolean(process.stdin.isTTY),
        width: Math.max(40, Math.min(100, process.stdout.columns || 80)),
      };
      process.exitCode = await runPractice(scenario, opts, deps, io, opts);
    });
}
