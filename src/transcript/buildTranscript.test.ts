import { describe, expect, it } from 'vitest';
import { buildTranscript } from './buildTranscript.js';
import { WarningLog } from './transcriptProblem.js';

describe('buildTranscript', () => {
  it('keeps the first spelling of a speaker and states roles from labels', () => {
    const t = buildTranscript('f.txt', 'text', [
      { speaker: 'Therapist', text: 'Hi.', line: 1 },
      { speaker: 'SAM ', text: 'Hey.', line: 2 },
      { speaker: 'sam', text: 'So.', line: 3, start: 4, end: undefined },
    ], new WarningLog('f.txt'));
    expect(t.turns.map((x) => x.speaker)).toEqual(['Therapist', 'SAM', 'SAM']);
    expect(t.turns[2]).toEqual({ speaker: 'SAM', text: 'So.', line: 3, start: 4 });
    expect(t.statedRoles).toEqual({ Therapist: 'therapist' });
    expect(t.warnings).toEqual([]);
  });

  it('prefers a role field over the label, and warns when a speaker gets two', () => {
    const t = buildTranscript('f.csv', 'csv', [
      { speaker: 'Dr Lee', text: 'Hi.', line: 2, role: 'therapist' },
      { speaker: 'C', text: 'Hey.', line: 3, role: 'other' },
      { speaker: 'Dr Lee', text: 'So.', line: 4, role: 'client' },
    ], new WarningLog('f.csv'));
    expect(t.statedRoles).toEqual({ 'Dr Lee': 'therapist', C: 'other' });
    expect(t.warnings).toMatchObject([{ code: 'transcript_warning', line: 4, message: expect.stringContaining('two roles') }]);
  });
});
