import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import type { MiWordLists } from '../lexicon/wordLists.js';
import { FeatureBuilder, type FeatureVector } from '../model/featureVector.js';
import { hashString, mulberry32 } from '../text/hash.js';
import type { Turn } from '../types.js';
import { addCharGrams, MI_DIM, miFeatures } from './miFeatures.js';

const asMap = (x: FeatureVector) => new Map(x.indices.map((i, k) => [i, x.values[k]]));
const has = (x: FeatureVector, name: string) => x.indices.includes(hashString(name) & (MI_DIM - 1));
const client = (text: string): Turn => ({ speaker: 'client', text });
const therapist = (text: string): Turn => ({ speaker: 'therapist', text });
const WORDS = loadWordListsOrThrow().mi;

describe('miFeatures', () => {
  it('works without context and marks it', () => {
    const x = miFeatures('What brings you here today?', 'therapist', [], WORDS);
    expect(x.indices.length).toBeGreaterThan(20);
    expect(x.values.every(Number.isFinite)).toBe(true);
    expect(x.indices.every((i) => i >= 0 && i < MI_DIM)).toBe(true);
    expect(has(x, 'ctx:none')).toBe(true);
    expect(has(x, 's:wh+q')).toBe(true);
  });

  it('is deterministic and does not leak state between calls', () => {
    const a = miFeatures('So you feel stuck.', 'therapist', [client('I feel stuck at work.')], WORDS);
    miFeatures('Something else entirely, with many other words in it.', 'client', [], WORDS);
    const b = miFeatures('So you feel stuck.', 'therapist', [client('I feel stuck at work.')], WORDS);
    expect(asMap(b)).toEqual(asMap(a));
  });

  it('changes with the context, and with what the context says', () => {
    const text = 'So you feel stuck.';
    const none = asMap(miFeatures(text, 'therapist', [], WORDS));
    const ctxA = asMap(miFeatures(text, 'therapist', [client('I feel stuck in this job.')], WORDS));
    const ctxB = asMap(miFeatures(text, 'therapist', [client('The weather was nice yesterday.')], WORDS));
    expect(ctxA).not.toEqual(none);
    expect(ctxA).not.toEqual(ctxB);
  });

  it('measures overlap with the previous client turn (the reflection signal)', () => {
    const prev = [client('My drinking has been getting worse since the divorce.')];
    const echo = miFeatures('Your drinking got worse after the divorce.', 'therapist', prev, WORDS);
    const fresh = miFeatures('Tell me about your weekend plans.', 'therapist', prev, WORDS);
    expect(has(echo, 'ov:r0')).toBe(false);
    expect(has(fresh, 'ov:r0')).toBe(true);
  });

  it('for a client turn, reads the therapist question before it', () => {
    const x = miFeatures('Yeah.', 'client', [therapist('Do you want to cut down?')], WORDS);
    expect(has(x, 'p1q')).toBe(true);
    expect(has(x, 'agree:cut')).toBe(true);
    expect(has(miFeatures('Yeah.', 'client', [therapist('It is sunny.')], WORDS), 'p1q')).toBe(false);
  });

  it('reads its closed-class words from the lists it is given, and keeps no reads made with other lists', () => {
    const prev = [client('My drinking has been getting worse since the divorce.')];
    const text = 'Your drinking got worse after the divorce.';
    const shipped = asMap(miFeatures(text, 'therapist', prev, WORDS));
    // With every content word a function word there is no content left to overlap.
    const all: MiWordLists = { ...WORDS, functionWords: new Set([...WORDS.functionWords, 'your', 'drinking', 'drink', 'got', 'worse', 'after', 'divorce', 'getting', 'since', 'has', 'been']) };
    const other = miFeatures(text, 'therapist', prev, all);
    expect(has(other, 'ov:nocontent')).toBe(true);
    expect(asMap(miFeatures(text, 'therapist', prev, WORDS))).toEqual(shipped);
    const noNegators: MiWordLists = { ...WORDS, negators: new Set(['never']) };
    expect(has(miFeatures('I am not going to quit.', 'client', [], noNegators), 'w:quit')).toBe(true);
  });

  it('keeps negated words apart from plain ones', () => {
    expect(has(miFeatures("I don't want to quit.", 'client', [], WORDS), 'n:quit')).toBe(true);
    expect(has(miFeatures("I don't want to quit.", 'client', [], WORDS), 'w:quit')).toBe(false);
    expect(has(miFeatures('I want to quit.', 'client', [], WORDS), 'w:quit')).toBe(true);
  });

  it('is safe and fast on empty, odd and very long input', () => {
    for (const t of ['', '   ', '???', '😀😀 ', '\u0000\u0007 x', 'a'.repeat(5000)]) {
      const x = miFeatures(t, 'client', [{ speaker: 'person', text: t }], WORDS);
      expect(x.values.every(Number.isFinite)).toBe(true);
    }
    const long = 'You said you feel stuck, and, well... '.repeat(3000); // ~110,000 chars
    const t0 = performance.now();
    const x = miFeatures(long, 'therapist', [client(long), therapist(long)], WORDS);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(x.indices.length).toBeGreaterThan(0);
  });
});

describe('addCharGrams', () => {
  // The definition the models were trained on, by strings: the fast path must give the same vector.
  const byStrings = (fb: FeatureBuilder, text: string, scale: number) => {
    const t = ' ' + text.slice(0, 1500).toLowerCase().replace(/\s+/g, ' ').trim() + ' ';
    const v = scale / Math.sqrt(Math.max(1, t.length - 3));
    for (let i = 0; i + 4 <= t.length; i++) fb.add('c:' + t.slice(i, i + 4), v);
    return fb.build();
  };
  const fb = new FeatureBuilder(MI_DIM);
  const alphabet = ['a', 'Z', 'q', ' ', ' ', '\t', '\n', '\u00a0', '\u2028', '\ufeff', '?', '.', "'", '’', '—', 'É', 'ā', 'Σ', 'σ', 'İ', 'ß', '\ud83d\ude00', '\ud801\udc00', '\u0000', '\u007f'];

  it('gives the hashed 4-grams of the lower-cased, squeezed, padded text', () => {
    const texts = ['', ' ', 'ab', 'abc', 'Sure.', '  So,\tyou   feel STUCK?  ', 'ΣΑΣ ΟΔΟΣ', 'İstanbul', 'x'.repeat(2000) + ' tail'];
    const rnd = mulberry32(7);
    for (let k = 0; k < 300; k++) {
      let t = '';
      const len = Math.floor(rnd() * 40);
      for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * alphabet.length)];
      texts.push(t);
    }
    for (const text of texts) {
      addCharGrams(fb, text, 0.5);
      const fast = fb.build();
      expect(fast, JSON.stringify(text)).toEqual(byStrings(fb, text, 0.5));
    }
  });
});
