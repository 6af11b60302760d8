import { describe, expect, it } from 'vitest';
import { DEFAULT_PATHS } from '../io/paths.js';
import { contextOf, loadAnnoMi } from './annomi.js';

const transcripts = loadAnnoMi(DEFAULT_PATHS.annomiDir);

describe('loadAnnoMi', () => {
  it('loads the 106 training transcripts, one entry per utterance, in order', () => {
    expect(transcripts).toHaveLength(106);
    expect(transcripts.every((t) => t.id % 5 !== 3)).toBe(true);
    for (const t of transcripts) {
      const ids = t.utterances.map((u) => u.utteranceId);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size).toBe(ids.length); // multi-annotator rows reduced to one
    }
    expect(transcripts.reduce((s, t) => s + t.utterances.length, 0)).toBe(7294);
  });

  it('labels therapist turns with behaviour and client turns with talk, never both', () => {
    for (const u of transcripts.flatMap((t) => t.utterances)) {
      if (u.speaker === 'therapist') {
        expect(u.behaviour).not.toBeNull();
        expect(u.talk).toBeNull();
      } else {
        expect(u.talk).not.toBeNull();
        expect(u.behaviour).toBeNull();
        expect(u.reflection).toBeNull();
      }
    }
  });

  it('gives most reflections and questions a subtype', () => {
    const all = transcripts.flatMap((t) => t.utterances);
    const refl = all.filter((u) => u.behaviour === 'reflection');
    const ques = all.filter((u) => u.behaviour === 'question');
    expect(refl.filter((u) => u.reflection !== null).length / refl.length).toBeGreaterThan(0.95);
    expect(ques.filter((u) => u.question !== null).length / ques.length).toBeGreaterThan(0.95);
  });

  it('builds context from the turns before, oldest first', () => {
    const t = transcripts[0];
    expect(contextOf(t, 0, 3)).toEqual([]);
    const ctx = contextOf(t, 5, 2);
    expect(ctx.map((c) => c.text)).toEqual([t.utterances[3].text, t.utterances[4].text]);
  });
});
