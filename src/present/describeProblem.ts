import type { Problem } from '../core/problem.js';

/** Words a person reads for a problem; the one place where problem codes become sentences. */
export function describeProblem(p: Problem): string {
  const where = [p.source, p.line !== undefined ? `line ${p.line}` : undefined].filter(Boolean).join(':');
  const field = p.path ? ` (${p.path}${p.value !== undefined ? ` = ${p.value}` : ''})` : p.value !== undefined ? ` (${p.value})` : '';
  const what: Record<Problem['code'], string> = {
    invalid_json: 'not valid JSON',
    invalid_input: 'not a valid utterance',
    missing_speaker: 'missing "speaker": give therapist, client or person',
    unknown_speaker: 'unknown speaker: use therapist, client or person',
    missing_text: 'missing "text": give the utterance as a string',
    invalid_resource: 'invalid data file',
    invalid_pattern: 'invalid pattern in data file',
    model_mismatch: 'model does not fit this version',
    file_unreadable: 'cannot read file',
    unreadable_transcript: 'cannot read as a transcript',
    transcript_warning: 'read with a fix',
    invalid_scenario: 'invalid scenario',
    invalid_yaml: 'not valid YAML',
    duplicate_scenario: 'scenario id used twice',
  };
  const detail = p.message && !what[p.code].includes(p.message) ? `: ${p.message}` : '';
  return `${where ? `${where}: ` : ''}${what[p.code]}${detail}${field}`;
}
