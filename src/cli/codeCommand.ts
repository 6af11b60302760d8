import fs from 'node:fs';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Analyzer } from '../core/analyzeUtterance.js';
import { EMPATHY_LEXICON } from '../core/empathy/analyzeEmpathy.js';
import { STANCE_LEXICON } from '../core/stance/analyzeStance.js';
import { STYLE_LEXICON } from '../core/style/analyzeStyle.js';
import type { ResourceSelection } from '../io/loadResources.js';
import { readPatternPlans, writePatternPlans } from '../io/patternPlanCache.js';
import type { Engine } from './engine.js';
import { parseUtteranceInput } from '../core/input/parseUtteranceInput.js';
import type { Problem } from '../core/problem.js';
import type { Speaker } from '../core/types.js';
import { readLines } from '../io/readLines.js';
import { analysisRecord } from '../present/analysisRecord.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, type ExitCode } from './exitCodes.js';
import { explainAnalysis, type Paint } from './explainAnalysis.js';

/**
 * The analyser of `attune code`, started for a quick first answer: it loads the three lexicons analysis
 * reads and no suggestion templates, and reuses the lexicon index's pattern plans that the build shipped
 * or an earlier run kept (patternPlanCache.ts). New plans (of edited lexicons) are kept after the first
 * analysis, before its output (a pipeline may stop this process as soon as it has its answer), and again
 * by `keepPlans` at the end.
 */
export function codeAnalyzer(dataDir: string, load: (select: ResourceSelection) => Engine): { analyzer: Analyzer; keepPlans: () => void } {
  const plansFile = path.join(dataDir, 'cache', 'pattern-plans.json');
  readPatternPlans(plansFile);
  const engine = load({ lexicons: [EMPATHY_LEXICON, STANCE_LEXICON, STYLE_LEXICON], suggestions: false });
  const keepPlans = () => writePatternPlans(plansFile, Object.values(engine.resources.lexicons));
  let kept = false;
  const analyzer: Analyzer = {
    ...engine.analyzer,
    analyze: (input) => {
      const analysis = engine.analyzer.analyze(input);
      if (!kept) {
        kept = true;
        keepPlans();
      }
      return analysis;
    },
  };
  return { analyzer, keepPlans };
}

export interface CodeIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/**
 * `attune code [FILE|-]`: JSON Lines in, one JSON line out per input line, in order. A line that
 * cannot be analysed gets an `error` record in its place on stdout and a message on stderr naming the
 * line; the other lines go on. Blank lines are skipped.
 */
export async function codeJsonLines(analyzer: Analyzer, file: string | undefined, io: CodeIo): Promise<ExitCode> {
  const source = !file || file === '-' ? '<stdin>' : file;
  let stream: Readable;
  if (source === '<stdin>') stream = io.stdin;
  else {
    try {
      fs.accessSync(file as string, fs.constants.R_OK);
      if (fs.statSync(file as string).isDirectory()) throw new Error('is a directory');
    } catch (err) {
      io.stderr.write(`attune code: ${describeProblem({ code: 'file_unreadable', message: (err as Error).message.replace(/^[A-Z]+: /, ''), source })}\n`);
      return EXIT.unreadable;
    }
    stream = fs.createReadStream(file as string);
  }
  let failed = 0;
  for await (const line of readLines(stream)) {
    if (line.text.trim() === '') continue;
    const fail = async (problems: Problem[], id?: unknown) => {
      failed++;
      for (const p of problems) io.stderr.write(`attune code: ${describeProblem({ ...p, source, line: line.number })}\n`);
      const record = { line: line.number, ...(typeof id === 'string' || typeof id === 'number' ? { id: String(id) } : {}), error: { code: problems[0].code, message: describeProblem(problems[0]) } };
      await write(io.stdout, `${JSON.stringify(record)}\n`);
    };
    if (line.invalidUtf8) io.stderr.write(`attune code: ${source}:line ${line.number}: invalid UTF-8 bytes were replaced by U+FFFD\n`);
    let json: unknown;
    try {
      json = JSON.parse(line.text);
    } catch (err) {
      await fail([{ code: 'invalid_json', message: (err as Error).message }]);
      continue;
    }
    const input = parseUtteranceInput(json);
    if (!input.ok) {
      await fail(input.problems, (json as { id?: unknown } | null)?.id);
      continue;
    }
    await write(io.stdout, `${JSON.stringify(analysisRecord(analyzer.analyze(input.value)))}\n`);
  }
  return failed ? EXIT.partial : EXIT.ok;
}

/** `attune code --text "…"`: one utterance, explained in words. */
export function codeText(analyzer: Analyzer, text: string, speaker: Speaker, context: string[], contextSpeaker: Speaker, json: boolean, paint: Paint): string {
  const analysis = analyzer.analyze({ speaker, text, context: context.map((t) => ({ speaker: contextSpeaker, text: t })) });
  return json ? JSON.stringify(analysisRecord(analysis), null, 2) : explainAnalysis(analysis, paint);
}
