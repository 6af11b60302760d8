import path from 'node:path';
import type { Writable } from 'node:stream';
import { markerKindsOf } from '../core/practice/markerKinds.js';
import type { Problem } from '../core/problem.js';
import type { Resources } from '../core/resources.js';
import { loadScenarios } from '../io/loadScenarios.js';
import { describeProblem } from '../present/describeProblem.js';
import { EXIT, exitCodeFor, type ExitCode } from './exitCodes.js';

export interface ScenarioCheckIo {
  stdout: Writable;
}

/** The worst exit code among the problems: an unreadable file outranks an invalid one. */
function exitFor(problems: readonly Problem[]): ExitCode {
  const codes = problems.map((p) => exitCodeFor(p.code));
  return codes.length ? (Math.max(...codes) as ExitCode) : EXIT.ok;
}

/**
 * `attune scenario check FILE...`: validates scenario files (YAML or JSON; a directory checks every
 * scenario in it) against the format and the marker kinds of the loaded lexicons. Prints `OK file`
 * for each valid file and one line per problem (file:line, field, reason) for the others, then a count.
 * Exit code: 0 all valid, 1 some invalid, 4 some unreadable (cli/exitCodes.ts).
 */
export function checkScenarioFiles(files: readonly string[], resources: Resources, io: ScenarioCheckIo): ExitCode {
  const load = loadScenarios(files, { markerKinds: markerKindsOf(resources) });
  const shown = (f: string) => path.relative(process.cwd(), f) || f;
  const bySource = new Map<string, Problem[]>();
  for (const p of load.problems) {
    const list = bySource.get(p.source ?? '') ?? [];
    list.push(p);
    bySource.set(p.source ?? '', list);
  }
  const valid = new Map(load.scenarios.map((s) => [s.file, s.scenario]));
  let bad = 0;
  for (const file of load.files) {
    const problems = bySource.get(shown(file)) ?? [];
    const s = valid.get(file);
    if (problems.length === 0 && s) {
      io.stdout.write(`OK ${shown(file)} (${s.id}: ${s.role}, level ${s.level}, ${s.skills.length} skill${s.skills.length === 1 ? '' : 's'})\n`);
      continue;
    }
    bad++;
    for (const p of problems) io.stdout.write(`${describeProblem(p)}\n`);
  }
  const total = load.files.length;
  io.stdout.write(bad === 0 ? `${total} scenario file${total === 1 ? '' : 's'} valid\n` : `${bad} of ${total} scenario file${total === 1 ? '' : 's'} with problems\n`);
  return exitFor(load.problems);
}
