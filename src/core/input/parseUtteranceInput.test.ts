import { describe, expect, it } from 'vitest';
import { normalizeSpeaker, parseUtteranceInput } from './parseUtteranceInput.js';

describe('parseUtteranceInput', () => {
  it('accepts a full record and keeps context order', () => {
    const r = parseUtteranceInput({ id: 'u1', speaker: 'therapist', text: 'Hi', context: [{ speaker: 'client', text: 'a' }, { speaker: 'therapist', text: 'b' }] });
    expect(r).toEqual({ ok: true, value: { id: 'u1', speaker: 'therapist', text: 'Hi', context: [{ speaker: 'client', text: 'a' }, { speaker: 'therapist', text: 'b' }] } });
  });

  it('turns a numeric id into a string and folds speaker spellings', () => {
    const r = parseUtteranceInput({ id: 7, speaker: ' Counsellor ', text: 'x' });
    expect(r.ok && r.value).toMatchObject({ id: '7', speaker: 'therapist' });
    expect(normalizeSpeaker('Patient')).toBe('client');
    expect(normalizeSpeaker('robot')).toBeNull();
  });

  it('reports a missing speaker with its own code', () => {
    const r = parseUtteranceInput({ text: 'hello' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.code)).toEqual(['missing_speaker']);
  });

  it('reports an unknown speaker, a missing text and a non-string text', () => {
    const a = parseUtteranceInput({ speaker: 'robot', text: 'x' });
    const b = parseUtteranceInput({ speaker: 'client' });
    const c = parseUtteranceInput({ speaker: 'client', text: 42 });
    expect(!a.ok && a.problems[0]).toMatchObject({ code: 'unknown_speaker', value: 'robot' });
    expect(!b.ok && b.problems[0].code).toBe('missing_text');
    expect(!c.ok && c.problems[0]).toMatchObject({ code: 'missing_text', value: '42' });
  });

  it('refuses a non-object and a malformed context', () => {
    expect(parseUtteranceInput('text').ok).toBe(false);
    expect(parseUtteranceInput(null).ok).toBe(false);
    const r = parseUtteranceInput({ speaker: 'client', text: 'x', context: [{ speaker: 'client' }] });
    expect(!r.ok && r.problems[0].code).toBe('invalid_input');
  });

  it('treats an unlabelled context turn as the other party', () => {
    const r = parseUtteranceInput({ speaker: 'therapist', text: 'x', context: [{ text: 'y' }] });
    expect(r.ok && r.value.context).toEqual([{ speaker: 'client', text: 'y' }]);
  });
});
