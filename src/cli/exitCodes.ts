import type { ProblemCode } from '../core/problem.js';

/**
 * The one map from outcomes to process exit codes.
 * 0 all good · 1 some input could not be analysed (the rest was) · 2 usage error ·
 * 3 the shipped data files are broken · 4 an input file could not be read.
 */
export const EXIT = { ok: 0, partial: 1, usage: 2, resources: 3, unreadable: 4 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export function exitCodeFor(code: ProblemCode): ExitCode {
  switch (code) {
    case 'invalid_resource':
    case 'invalid_pattern':
    case 'model_mismatch':
      return EXIT.resources;
    case 'file_unreadable':
    case 'unreadable_transcript':
      return EXIT.unreadable;
    default:
      return EXIT.partial;
  }
}
