import { Command, InvalidArgumentError } from 'commander';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { normalizeSpeaker } from '../core/input/parseUtteranceInput.js';
import type { Speaker } from '../core/types.js';
import { loadConfig, type Config } from '../config/config.js';
import { loadResources, type ResourceSelection } from '../io/loadResources.js';
import { codeAnalyzer, codeJsonLines, codeText } from './codeCommand.js';
import { describeProblem } from '../present/describeProblem.js';
import { registerServeCommand } from './serveCommand.js';
import type { PracticeVoice } from './practiceVoice.js';
import { EXIT, exitCodeFor } from './exitCodes.js';
import { ansiPaint, plainPaint } from './explainAnalysis.js';
import type { ReviewFlags } from './reviewCommand.js';
import type { Engine } from './engine.js';

// `attune code` is started once per pipeline and its first answer should come quickly: the modules
// of review, scenario and practice (transcript readers, reports, the LLM client, YAML: about 100 ms
// to load) are imported only when their command runs.
const config: Config = loadConfig(process.env, Boolean(process.stdout.isTTY));

// `attune code big.jsonl | head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

/** Loads the data files once (or stops with their problems): everything a command analyses with. */
function loadEngine(select?: ResourceSelection): Engine {
  const r = loadResources(config, select);
  if (!r.ok) {
    for (const p of r.problems) process.stderr.write(`attune: ${describeProblem(p)}\n`);
    process.exit(exitCodeFor(r.problems[0].code));
  }
  return { analyzer: createAnalyzer(r.value), resources: r.value };
}

/** A repeatable option: `--therapist A --therapist B` gives both. */
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of at least 1');
  return n;
}

function speakerOption(value: string): Speaker {
  const s = normalizeSpeaker(value);
  if (!s) throw new InvalidArgumentError('use therapist, client or person');
  return s;
}

const program = new Command()
  .name('attune')
  .description('See and practise the balance between empathy and assertiveness. Everything runs on this machine.')
  .showHelpAfterError()
  .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage));

program
  .command('code')
  .description('code utterances for empathy, style, stance and counselling behaviour (JSON Lines in, JSON Lines out)')
  .argument('[file]', 'JSON Lines file, one {"id","speaker","text","context"} per line; "-" or nothing reads standard input')
  .option('-t, --text <utterance>', 'analyse one utterance and explain the result in words')
  .option('-s, --speaker <role>', 'with --text: therapist, client or person', speakerOption, 'person' as Speaker)
  .option('-c, --context <turn...>', 'with --text: earlier turns of the other person, oldest first')
  .option('--json', 'with --text: print the JSON record instead of the explanation')
  .action(async (file: string | undefined, opts: { text?: string; speaker: Speaker; context?: string[]; json?: boolean }) => {
    const { analyzer, keepPlans } = codeAnalyzer(config.dataDir, loadEngine);
    if (opts.text !== undefined) {
      const other: Speaker = opts.speaker === 'therapist' ? 'client' : opts.speaker === 'client' ? 'therapist' : 'person';
      process.stdout.write(`${codeText(analyzer, opts.text, opts.speaker, opts.context ?? [], other, Boolean(opts.json), config.color ? ansiPaint : plainPaint)}\n`);
      return;
    }
    if ((!file || file === '-') && process.stdin.isTTY) {
      process.stderr.write('attune code: reading JSON Lines from the keyboard (Ctrl-D ends); see attune code --help\n');
    }
    process.exitCode = await codeJsonLines(analyzer, file, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    keepPlans();
  });

program
  .command('review')
  .description('review therapy sessions: counselling scores (MITI), empathy and stance over time, the balance path, ruptures and repair, focus, structure and safety flags')
  .argument('<files...>', 'transcripts: plain text with speaker prefixes, WebVTT, SRT, CSV, JSON or AnnoMI CSV (detected by content and extension)')
  .option('--therapist <name>', "the therapist's speaker name as written in the file (repeat for several; else inferred, and the report says how)", collect)
  .option('--client <name>', "the client's speaker name (repeat for several)", collect)
  .option('--json', 'print the full report as JSON (one object per session; docs/review-output.md)')
  .option('--csv', 'print one CSV row per utterance with every code (with --summary: one row per session)')
  .option('--html <path>', 'write a self-contained HTML report (a folder of them for several sessions)')
  .option('--redact', 'replace names, e-mail addresses, phone numbers, street addresses and dates by placeholders in every output')
  .option('--summary', 'review many files on all cores and compare them in one table (one row per session)')
  .option('-j, --jobs <n>', 'with --summary: worker threads (default: every core)', positiveInt)
  .action(async (files: string[], opts: Partial<ReviewFlags>) => {
    if (opts.json && opts.csv) program.error('attune review: choose one of --json and --csv', { exitCode: EXIT.usage });
    const { defaultJobs, reviewFiles, summariseFiles } = await import('./reviewCommand.js');
    const flags: ReviewFlags = {
      ...opts,
      json: Boolean(opts.json),
      csv: Boolean(opts.csv),
      summary: Boolean(opts.summary),
      redact: Boolean(opts.redact),
      jobs: opts.jobs ?? defaultJobs(),
    };
    const io = { stdout: process.stdout, stderr: process.stderr, color: config.color, progress: Boolean(process.stderr.isTTY) };
    process.exitCode = flags.summary
      ? await summariseFiles(files, flags, { lexiconsDir: config.lexiconsDir, modelsDir: config.modelsDir }, loadEngine, io)
      : await reviewFiles(files, flags, loadEngine, io);
  });

/**
 * Adds `attune practice`. Its options are read when the command line is parsed, so its module is
 * loaded before parsing: unless another command is named first, the only case where it is not needed.
 */
async function registerPractice(): Promise<void> {
  const { registerPracticeCommand } = await import('./practiceCommand.js');
  const { llmUrlOption, practiceVoiceFor, secondsOption } = await import('./practiceLlmVoice.js');
  /** A voice that cannot be built (no --model, a bad URL) is a usage error, said before the session starts. */
  const voiceFor = (options: Record<string, unknown>): PracticeVoice => {
    try {
      return practiceVoiceFor(options, process.stderr);
    } catch (err) {
      process.stderr.write(`attune practice: ${(err as Error).message}\n`);
      return process.exit(EXIT.usage);
    }
  };
  registerPracticeCommand(program, { config, loadEngine, voiceFor })
    .option('--llm <url>', 'let a language model you run (OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 for Ollama) voice the simulated person; nothing is sent anywhere without this', llmUrlOption)
    .option('--model <name>', 'with --llm: the model name')
    .option('--llm-timeout <seconds>', 'with --llm: how long to wait for a reply before carrying on with the scenario\'s own lines (default 30)', secondsOption);
}
if (!['code', 'review', 'scenario', 'serve'].includes(process.argv[2])) await registerPractice();

// Light to register: fastify, the database drivers and the loaders are imported only when it runs.
registerServeCommand(program, { config });

const scenario = program.command('scenario').description('author and check role-play practice scenarios (docs/scenarios.md)');
scenario
  .command('check')
  .description('validate scenario files (YAML or JSON): every problem names the file, the field and the reason')
  .argument('<files...>', 'scenario files or folders of them')
  .action(async (files: string[]) => {
    const { checkScenarioFiles } = await import('./scenarioCommand.js');
    process.exitCode = checkScenarioFiles(files, loadEngine().resources, { stdout: process.stdout });
  });

await program.parseAsync(process.argv);
