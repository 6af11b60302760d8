import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { Turn } from '../types.js';
import { analyzeEmpathy, EMPATHY_LEXICON } from './analyzeEmpathy.js';

const file = new URL('../../../data/lexicons/empathy-cues.json', import.meta.url);
const parsed = parseLexicon(JSON.parse(fs.readFileSync(file, 'utf8')), 'empathy-cues.json');
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const lexicon: Lexicon = parsed.value;

const hits = (patterns: RegExp[], text: string) =>
  patterns.some((re) => {
    re.lastIndex = 0;
    return re.test(text);
  });

describe('empathy-cues lexicon', () => {
  it('is named empathy-cues and labels only er, ip, ex with levels 0–2', () => {
    expect(lexicon.name).toBe('empathy-cues');
    for (const e of lexicon.entries) {
      expect(['er', 'ip', 'ex']).toContain(e.label);
      expect([0, 1, 2]).toContain(e.level);
    }
    expect(new Set(lexicon.entries.filter((e) => e.level > 0).map((e) => e.label))).toEqual(new Set(['er', 'ip', 'ex']));
  });

  for (const e of lexicon.entries) {
    it(`${e.kind}: matches its examples and none of its counter-examples`, () => {
      for (const x of e.examples) expect(hits(e.patterns, x), `${e.kind} should match "${x}"`).toBe(true);
      for (const x of e.counterExamples) expect(hits(e.patterns, x), `${e.kind} should not match "${x}"`).toBe(false);
    });
  }

  it('runs every pattern over hostile 100,000-character inputs in linear time', () => {
    const inputs = [
      ' '.repeat(100_000),
      'so ' + ' '.repeat(99_990) + 'you?',
      'aww' + ' '.repeat(99_990) + ',',
      'I am so sorry that you feel this way, what happened? '.repeat(1900),
      'a'.repeat(100_000),
      ('really ').repeat(14_000),
      ('so, ').repeat(25_000),
      'sorry' + ' '.repeat(99_990) + 'x',
      "I'm" + ' '.repeat(99_990) + 'x',
      'you '.repeat(25_000),
      'what '.repeat(20_000) + '?',
      '? '.repeat(50_000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      for (const e of lexicon.entries)
        for (const re of e.patterns) {
          re.lastIndex = 0;
          for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].length === 0) re.lastIndex++;
        }
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });
});

// Misreadings reported by the review and practice work, read by the rules alone (no model), each with
// a case that must still be read. [reply, client's last turn, mechanism, lowest level, highest level]
const MISREADINGS: Array<[string, string, 'er' | 'ip' | 'ex', number, number]> = [
  ['Um, I guess I could maybe look at it?', 'Could you check my form?', 'ip', 0, 0],
  ['I guess that left you feeling pretty alone.', 'Nobody came to the party.', 'ip', 1, 2],
  ['I can hear how frightening those nights are.', 'I wake at three and my heart is pounding.', 'ip', 1, 2],
  ['I can hear how long the week feels.', 'Every day drags until Friday.', 'ip', 1, 2],
  ['I can see how that would work on Tuesdays.', 'I could go on Tuesdays.', 'ip', 0, 0],
  ['You worked really hard in here.', 'That was a lot.', 'er', 1, 1],
  ['He worked really hard all year.', 'My dad retired.', 'er', 0, 0],
];

describe('empathy cues: reported misreadings (rules only)', () => {
  const resources = { lexicons: { [EMPATHY_LEXICON]: lexicon }, models: {} };
  const client = (text: string): Turn[] => [{ speaker: 'client', text }];
  for (const [text, ctx, mech, lo, hi] of MISREADINGS) {
    it(`"${text}" → ${mech} ${lo}–${hi}`, () => {
      const level = analyzeEmpathy(text, client(ctx), resources)[mech];
      expect(level).toBeGreaterThanOrEqual(lo);
      expect(level).toBeLessThanOrEqual(hi);
    });
  }
});
