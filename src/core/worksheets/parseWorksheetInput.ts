import { z } from 'zod';
import { fail, ok, schemaProblems, type Result } from '../problem.js';
import type { WorksheetFields } from './assembleScript.js';
import { WORKSHEET_KINDS, WORKSHEETS, type WorksheetKind } from './worksheetDefinitions.js';

/** Longest text one field takes: a worksheet line is a sentence or two, not a transcript. */
export const MAX_FIELD_LENGTH = 2000;

const inputSchema = z.object({
  kind: z.enum(WORKSHEET_KINDS),
  fields: z.record(z.string(), z.string().max(MAX_FIELD_LENGTH)),
});

export interface WorksheetInput {
  kind: WorksheetKind;
  fields: WorksheetFields;
}

/**
 * Validates a worksheet from outside (HTTP body, stored draft): a known kind and text fields named
 * after that kind's parts. Problems (`invalid_input`) name the field and the bad value.
 */
export function parseWorksheetInput(json: unknown, source?: string): Result<WorksheetInput> {
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_input', source));
  const { kind, fields } = parsed.data;
  const known = WORKSHEETS[kind].parts.map((p) => p.id);
  const unknown = Object.keys(fields).filter((f) => !known.includes(f));
  if (unknown.length) {
    return fail(...unknown.map((f) => ({ code: 'invalid_input' as const, message: `unknown part; ${kind} has ${known.join(', ')}`, ...(source !== undefined ? { source } : {}), path: `fields.${f}`, value: f })));
  }
  return ok({ kind, fields });
}
