import { describe, expect, it } from 'vitest';
import { acceptedSpeakers, isSpeakerName, speakerKey, splitSpeakerPrefix } from './speakerPrefix.js';

describe('splitSpeakerPrefix', () => {
  it('splits generic labels and names', () => {
    expect(splitSpeakerPrefix('Therapist: How was the week?')).toMatchObject({ speaker: 'Therapist', text: 'How was the week?' });
    expect(splitSpeakerPrefix('T: ok')).toMatchObject({ speaker: 'T', text: 'ok' });
    expect(splitSpeakerPrefix('Dr Lee: Welcome back.')).toMatchObject({ speaker: 'Dr Lee', text: 'Welcome back.' });
    expect(splitSpeakerPrefix('Dr. Lee: Hi')).toMatchObject({ speaker: 'Dr. Lee' });
    expect(splitSpeakerPrefix('SAM: yeah')).toMatchObject({ speaker: 'SAM', text: 'yeah' });
    expect(splitSpeakerPrefix('- CLIENT: Exactly.')).toMatchObject({ speaker: 'CLIENT', text: 'Exactly.' });
    expect(splitSpeakerPrefix('**Client:** I guess.')).toMatchObject({ speaker: 'Client', text: 'I guess.' });
  });

  it('reads a time before the name, after it, or after the colon', () => {
    expect(splitSpeakerPrefix('[00:01:02] Therapist: Hi')).toEqual({ speaker: 'Therapist', text: 'Hi', start: 62 });
    expect(splitSpeakerPrefix('00:01:02 Client: Hello')).toEqual({ speaker: 'Client', text: 'Hello', start: 62 });
    expect(splitSpeakerPrefix('Dr Lee (00:00:05): Hello')).toEqual({ speaker: 'Dr Lee', text: 'Hello', start: 5 });
    expect(splitSpeakerPrefix('Dr Lee 00:01:02: Hello')).toEqual({ speaker: 'Dr Lee', text: 'Hello', start: 62 });
    expect(splitSpeakerPrefix('T: [00:00:07] Hello')).toEqual({ speaker: 'T', text: 'Hello', start: 7 });
  });

  it("reads Otter's name-and-time line and a label alone as a turn whose words follow", () => {
    expect(splitSpeakerPrefix('Riley Chen  0:02')).toEqual({ speaker: 'Riley Chen', text: '', start: 2 });
    expect(splitSpeakerPrefix('THERAPIST')).toMatchObject({ speaker: 'THERAPIST', text: '' });
    expect(splitSpeakerPrefix('Sam')).toBeUndefined();
  });

  it('does not take sentences, urls or times for labels', () => {
    for (const line of ['So I said to him: stop it', 'see https://example.org', 'We met at 10:30 on Monday', 'i think: maybe', 'Meet at 10:30', 'Date: 14 May', '12 things: list']) {
      expect(splitSpeakerPrefix(line), line).toBeUndefined();
    }
  });
});

describe('isSpeakerName', () => {
  it('accepts names of capitalised words and labels in any case', () => {
    for (const n of ['Dr Lee', 'Speaker 2', "Mary-Jane O'Neil", 'Ana de la Cruz', 'therapist', 'Zoë']) expect(isSpeakerName(n), n).toBe(true);
  });

  it('refuses lower-case words, long phrases and header words', () => {
    for (const n of ['well then', 'The One Who Came In Late Today', 'Session', 'a'.repeat(41), '']) expect(isSpeakerName(n), n).toBe(false);
  });
});

describe('acceptedSpeakers', () => {
  it('keeps labels and recurring names, drops a one-off', () => {
    const counts = new Map([['dr lee', 5], ['sam', 4], ['honestly', 1], ['therapist', 1]]);
    expect([...acceptedSpeakers(counts)].sort()).toEqual(['dr lee', 'sam', 'therapist']);
  });

  it('takes every candidate when fewer than two qualify', () => {
    expect([...acceptedSpeakers(new Map([['sam', 1], ['lee', 1]]))].sort()).toEqual(['lee', 'sam']);
    expect([...acceptedSpeakers(new Map([['therapist', 1], ['jo', 1]]))].sort()).toEqual(['jo', 'therapist']);
  });

  it('keys spellings of one speaker together', () => {
    expect(speakerKey(' SAM ')).toBe(speakerKey('sam'));
    expect(speakerKey('Dr  Lee')).toBe('dr lee');
  });
});
