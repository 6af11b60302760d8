import { describe, expect, it } from 'vitest';
import type { Transcript } from './reviewTypes.js';
import { roleNameProblems } from './roleNameProblems.js';

const t: Transcript = {
  id: 'a.txt', format: 'text', statedRoles: {}, warnings: [],
  turns: [{ speaker: 'Dr Lee', text: 'Hi.', line: 1 }, { speaker: 'Sam', text: 'Hello.', line: 2 }],
};

describe('roleNameProblems', () => {
  it('reports names that match no speaker, matching case-insensitively', () => {
    expect(roleNameProblems(t, { therapist: ['dr lee'], client: ['SAM'] })).toEqual([]);
    expect(roleNameProblems(t, { therapist: ['Dr Who'] })).toEqual([expect.objectContaining({ code: 'unknown_speaker', value: 'Dr Who', source: 'a.txt' })]);
  });

  it('reports a speaker named for both roles', () => {
    expect(roleNameProblems(t, { therapist: ['Sam'], client: ['sam'] })).toEqual([expect.objectContaining({ code: 'invalid_input', value: 'sam' })]);
  });
});
