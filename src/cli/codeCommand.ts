import fs from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { Analyzer } from '../core/analyzeUtterance.js';
import { parseUtteranceInput } from '../core/input/parseUtteranceInput.js';
import type { Problem } from '../core/problem.js';
import type { Speaker } from '../core/types.js';
import { readLines } from '../io/readLines.js';
import { analysisRecord } from '../present/analysisRecord.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, type ExitCode } from './exitCodes.js';
import { explainAnalysis, type Paint } from './explainAnalysis.js';

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
