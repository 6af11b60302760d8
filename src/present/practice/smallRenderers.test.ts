import { describe, expect, it } from 'vitest';
import { practiceCommandOf, renderPracticeHelp } from './renderPracticeHelp.js';
import { renderStateLine } from './renderStateLine.js';
import { stateBar } from './renderStatePanel.js';
import { speakerNames } from './speakerNames.js';

describe('the small practice renderers', () => {
  it('reads commands, leaving replies alone', () => {
    expect(practiceCommandOf('/quit')).toBe('/quit');
    expect(practiceCommandOf(' /Q ')).toBe('/quit');
    expect(practiceCommandOf('/exit')).toBe('/quit');
    expect(practiceCommandOf('/?')).toBe('/help');
    expect(practiceCommandOf('/state')).toBe('/state');
    expect(practiceCommandOf('/dance')).toBe('unknown');
    expect(practiceCommandOf('I feel stuck / lost')).toBeNull();
    expect(practiceCommandOf('/quit now please')).toBeNull();
    expect(renderPracticeHelp({ color: false })).toMatch(/\/quit\s+end the session/);
  });

  it('shows every state variable, rapport first, with its change', () => {
    expect(renderStateLine({ trust: 30, rapport: 50 }, { trust: 20, rapport: 58 })).toBe('rapport 50 → 58 (+8) · trust 30 → 20 (-10)');
    expect(renderStateLine({ rapport: 50, open_ness: 5 }, { rapport: 50, open_ness: 5 })).toBe('rapport 50 (=) · open ness 5 (=)');
  });

  it('draws a bar within the range', () => {
    expect(stateBar(0, 0, 100)).toBe('[----------]');
    expect(stateBar(55, 0, 100)).toBe('[######----]');
    expect(stateBar(100, 0, 100)).toBe('[##########]');
    expect(stateBar(150, 0, 100)).toBe('[##########]');
  });

  it('labels a therapist session by role and a person session by name', () => {
    expect(speakerNames('therapist', 'Ruth')).toEqual({ learner: 'Therapist', other: 'Client', otherName: 'Ruth' });
    expect(speakerNames('person', 'Mark')).toEqual({ learner: 'Me', other: 'Mark', otherName: 'Mark' });
    expect(speakerNames('person', 'Dr: Who\n')).toEqual({ learner: 'Me', other: 'Dr Who', otherName: 'Dr Who' });
    expect(speakerNames('person', 'me').other).toBe('Other');
  });
});
