import { z } from 'zod';
import { fail, ok, schemaProblems, showValue, type Problem, type Result } from '../problem.js';
import type { Speaker, Turn, UtteranceInput } from '../types.js';

/** Speaker names people actually write, folded to the three roles. */
const SPEAKER_ALIASES: Record<string, Speaker> = {
  therapist: 'therapist', t: 'therapist', counselor: 'therapist', counsellor: 'therapist', clinician: 'therapist',
  client: 'client', c: 'client', patient: 'client',
  person: 'person', p: 'person', user: 'person', speaker: 'person', learner: 'person',
};

export function normalizeSpeaker(raw: unknown): Speaker | null {
  if (typeof raw !== 'string') return null;
  return SPEAKER_ALIASES[raw.trim().toLowerCase()] ?? null;
}

const turnSchema = z.object({ speaker: z.unknown().optional(), text: z.string() });
const inputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  speaker: z.unknown().optional(),
  text: z.unknown().optional(),
  context: z.array(turnSchema).optional(),
});

/**
 * Validates one utterance as it arrives from outside (a JSON Lines record, an HTTP body).
 * Problems carry stable codes: `missing_speaker`, `unknown_speaker`, `missing_text`, `invalid_input`.
 */
export function parseUtteranceInput(json: unknown): Result<UtteranceInput> {
  const parsed = inputSchema.safeParse(json);
  if (!parsed.success) {
    return fail(...schemaProblems(parsed.error.issues, json, 'invalid_input'));
  }
  const d = parsed.data;
  const problems: Problem[] = [];
  if (d.speaker === undefined || d.speaker === null || d.speaker === '') {
    problems.push({ code: 'missing_speaker', message: 'missing "speaker" (therapist, client or person)', path: 'speaker' });
  }
  const speaker = normalizeSpeaker(d.speaker);
  if (problems.length === 0 && speaker === null) {
    problems.push({ code: 'unknown_speaker', message: 'speaker must be therapist, client or person', path: 'speaker', value: showValue(d.speaker) });
  }
  if (typeof d.text !== 'string') {
    problems.push({ code: 'missing_text', message: d.text === undefined ? 'missing "text"' : '"text" must be a string', path: 'text', value: d.text === undefined ? undefined : showValue(d.text) });
  }
  const context: Turn[] = [];
  (d.context ?? []).forEach((t, i) => {
    // An unlabelled earlier turn is still useful context; it counts as the other party.
    const s = t.speaker === undefined ? (speaker === 'therapist' ? 'client' : 'person') : normalizeSpeaker(t.speaker);
    if (s === null) problems.push({ code: 'unknown_speaker', message: 'context speaker must be therapist, client or person', path: `context.${i}.speaker`, value: showValue(t.speaker) });
    else context.push({ speaker: s, text: t.text });
  });
  if (problems.length) return fail(...problems);
  return ok({ id: d.id === undefined ? undefined : String(d.id), speaker: speaker as Speaker, text: d.text as string, context });
}
