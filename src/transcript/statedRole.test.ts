import { describe, expect, it } from 'vitest';
import { statedRole } from './statedRole.js';

describe('statedRole', () => {
  it('maps generic therapist labels', () => {
    for (const l of ['Therapist', 'counsellor', 'COUNSELOR', 'T', 'clinician', 'Interviewer', 'Therapist 2', 'Counsellor:']) expect(statedRole(l), l).toBe('therapist');
  });

  it('maps generic client labels', () => {
    for (const l of ['Client', 'patient', 'C', 'Interviewee', 'Client A', 'client2']) expect(statedRole(l), l).toBe('client');
  });

  it('maps a third person to other', () => {
    expect(statedRole('Interpreter')).toBe('other');
    expect(statedRole('family member')).toBe('other');
  });

  it('states nothing for names and unknown words', () => {
    for (const l of ['Dr Lee', 'Sam', 'SAM', 'Speaker 1', 'Tom', 'Chris', 'T 1', 'Note', '']) expect(statedRole(l), l).toBeUndefined();
  });
});
