import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchLexicon, parseLexicon, type Lexicon } from '../lexicon/lexicon.js';

function load(file: string): Lexicon {
  const url = new URL(`../../../data/lexicons/${file}`, import.meta.url);
  const parsed = parseLexicon(JSON.parse(fs.readFileSync(url, 'utf8')), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const lexicons: Array<{ lexicon: Lexicon; name: string; labels: string[] }> = [
  { lexicon: load('safety-cues.json'), name: 'safety-cues', labels: ['suicide', 'self_harm', 'harm_to_others', 'guard', 'joke', 'ask_suicide', 'ask_self_harm', 'ask_harm_others'] },
  {
    lexicon: load('alliance-cues.json'),
    name: 'alliance-cues',
    labels: ['withdrawal', 'confrontation', 'repair', 'defensive', 'caretaking', 'refocus', 'goal_statement', 'closing_summary', 'termination'],
  },
];

for (const { lexicon, name, labels } of lexicons) {
  describe(`${name} lexicon`, () => {
    it(`is named ${name} and uses every label the review code reads`, () => {
      expect(lexicon.name).toBe(name);
      expect(new Set(lexicon.entries.map((e) => e.label))).toEqual(new Set(labels));
    });

    for (const e of lexicon.entries) {
      it(`${e.kind}: has examples and counter-examples, matches the first and none of the second`, () => {
        expect(e.examples.length).toBeGreaterThan(0);
        expect(e.counterExamples.length).toBeGreaterThan(0);
        // A short description: it is the cue shown to the clinician.
        expect(e.description.length).toBeGreaterThan(3);
        expect(e.description.length).toBeLessThanOrEqual(70);
        const only = { ...lexicon, entries: [e] };
        for (const x of e.examples) expect(matchLexicon(only, x).length, `${e.kind} should match "${x}"`).toBeGreaterThan(0);
        for (const x of e.counterExamples) expect(matchLexicon(only, x), `${e.kind} should not match "${x}"`).toEqual([]);
      });
    }

    it('runs over hostile 100,000-character inputs in linear time', () => {
      const inputs = [
        ' '.repeat(100_000),
        'a'.repeat(100_000),
        "i don't ".repeat(12_000),
        'you '.repeat(25_000),
        'my '.repeat(33_000),
        'not '.repeat(25_000) + 'kill myself',
        'i want to '.repeat(10_000),
        'so, '.repeat(25_000),
        'anyway '.repeat(14_000),
        'sorry for '.repeat(10_000),
        "what's the point of ".repeat(5_000),
        '? '.repeat(50_000),
      ];
      for (const text of inputs) {
        const t0 = performance.now();
        matchLexicon(lexicon, text);
        expect(performance.now() - t0, `${name} on "${text.slice(0, 20)}…"`).toBeLessThan(1000);
      }
    });
  });
}
