import { Command, InvalidArgumentError } from 'commander';
import { createAnalyzer, type Analyzer } from '../core/analyzeUtterance.js';
import { normalizeSpeaker } from '../core/input/parseUtteranceInput.js';
import type { Speaker } from '../core/types.js';
import { loadConfig, type Config } from '../config/config.js';
import { loadResources } from '../io/loadResources.js';
import { codeJsonLines, codeText } from './codeCommand.js';
import { describeProblem } from './describeProblem.js';
import { EXIT, exitCodeFor } from './exitCodes.js';
import { ansiPaint, plainPaint } from './explainAnalysis.js';

const config: Config = loadConfig(process.env, Boolean(process.stdout.isTTY));

// `attune code big.jsonl | head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

function loadAnalyzer(): Analyzer {
  const r = loadResources(config);
  if (!r.ok) {
    for (const p of r.problems) process.stderr.write(`attune: ${describeProblem(p)}\n`);
    process.exit(exitCodeFor(r.problems[0].code));
  }
  return createAnalyzer(r.value);
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
    const analyzer = loadAnalyzer();
    if (opts.text !== undefined) {
      const other: Speaker = opts.speaker === 'therapist' ? 'client' : opts.speaker === 'client' ? 'therapist' : 'person';
      process.stdout.write(`${codeText(analyzer, opts.text, opts.speaker, opts.context ?? [], other, Boolean(opts.json), config.color ? ansiPaint : plainPaint)}\n`);
      return;
    }
    if ((!file || file === '-') && process.stdin.isTTY) {
      process.stderr.write('attune code: reading JSON Lines from the keyboard (Ctrl-D ends); see attune code --help\n');
    }
    process.exitCode = await codeJsonLines(analyzer, file, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
  });

await program.parseAsync(process.argv);
