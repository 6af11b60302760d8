import { describe, expect, it } from 'vitest';
import { isGenericSpeaker, nameWordsOfLabel } from './isGenericSpeaker.js';

describe('isGenericSpeaker', () => {
  it.each(['Therapist', 'T', 'C', 'client', 'Client 2', 'Speaker B', 'SPEAKER_01', 'Interpreter', 'Mum', 'Co-therapist', 'Dr'])('%j names a role', (label) => {
    expect(isGenericSpeaker(label)).toBe(true);
  });

  it.each(['Dr Lee', 'Maria', 'Sam L.', 'Therapist (Jo)'])('%j names a person', (label) => {
    expect(isGenericSpeaker(label)).toBe(false);
  });

  it('gives the name words of a label with their offsets', () => {
    expect(nameWordsOfLabel('Therapist (Dr Maria Lopez)')).toEqual([
      { word: 'Maria', start: 14, end: 19 },
      { word: 'Lopez', start: 20, end: 25 },
    ]);
  });
});
