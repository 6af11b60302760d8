import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchLexicon, parseLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { mulberry32 } from '../text/hash.js';
import { CONTEXT_CUE_PREFIX, matchStancePart, splitStanceLexicon } from './stanceLexicon.js';

const FILE = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../data/lexicons/stance-markers.json');

function loadStanceLexiconForTest(): Lexicon {
  const r = parseLexicon(JSON.parse(fs.readFileSync(FILE, 'utf8')), FILE);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return r.value;
}

const MOVES: Record<string, string> = {
  agenda: 'assertive', focus: 'assertive', redirect: 'assertive', boundary: 'assertive', limit_with_alternative: 'assertive',
  permission: 'assertive', rationale: 'assertive', information: 'assertive', advice: 'assertive', feedback: 'assertive',
  process_transparency: 'assertive', goal_setting: 'assertive', time_keeping: 'assertive', summary_with_direction: 'assertive',
  confront: 'aggressive', command: 'aggressive', warning: 'aggressive', label: 'aggressive', lecture: 'aggressive',
  sarcasm: 'aggressive', threat: 'aggressive', unsolicited_advice: 'aggressive',
  capitulation: 'passive', over_apology: 'passive', excessive_self_disclosure: 'passive', abandon_frame: 'passive', excessive_deference: 'passive',
};

describe('stance-markers lexicon', () => {
  const lex = loadStanceLexiconForTest();

  it('is named stance-markers and has one entry per move with its stance', () => {
    expect(lex.name).toBe('stance-markers');
    const byKind = new Map(lex.entries.map((e) => [e.kind, e.label]));
    for (const [kind, label] of Object.entries(MOVES)) expect([kind, byKind.get(kind)]).toEqual([kind, label]);
  });

  it('matches every example of every entry and no counter-example', () => {
    for (const e of lex.entries) {
      const one = { ...lex, entries: [e] };
      for (const ex of e.examples) expect([e.kind, ex, matchLexicon(one, ex).length > 0]).toEqual([e.kind, ex, true]);
      for (const ex of e.counterExamples) expect([e.kind, ex, matchLexicon(one, ex).length]).toEqual([e.kind, ex, 0]);
    }
  });

  it('keeps context cues apart from the moves read in the reply', () => {
    const { moves, context } = splitStanceLexicon(lex);
    expect(context.lexicon.entries.length).toBeGreaterThan(3);
    expect(context.lexicon.entries.every((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX))).toBe(true);
    expect(moves.lexicon.entries.some((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX))).toBe(false);
    expect(splitStanceLexicon(lex)).toBe(splitStanceLexicon(lex));
  });

  it('finds exactly what matchLexicon finds, also where lower-casing changes the length', () => {
    const { moves, context } = splitStanceLexicon(lex);
    const texts = [
      "I appreciate your willingness to share, but let's focus on one topic at a time. Is it alright if we come back to it later?",
      "YOU NEED TO STOP. You’re in denial, and I’m not going to beg you to stay.",
      'İstanbul was lovely. Of course, call me any time, day or night.',
      "Can I text you at 2am? I've decided, please.",
    ];
    const sig = (ms: ReturnType<typeof matchLexicon>) => ms.map((m) => `${m.entry.kind}@${m.start}-${m.end}`);
    for (const t of texts) {
      expect(sig(matchStancePart(moves, t))).toEqual(sig(matchLexicon(moves.lexicon, t)));
      expect(sig(matchStancePart(context, t))).toEqual(sig(matchLexicon(context.lexicon, t)));
    }
  });

  it('agrees with matchLexicon on random text built from the cue vocabulary', () => {
    const { moves, context } = splitStanceLexicon(lex);
    // Pieces of example sentences, so that multi-word cues occur often, spliced with noise.
    const words = lex.entries.flatMap((e) => [...e.examples, ...e.counterExamples]).flatMap((x) => {
      const w = x.split(/\s+/);
      const a = Math.floor(w.length / 3);
      return [w.slice(0, a + 2).join(' '), w.slice(a).join(' ')];
    });
    const glue = [' ', ' ', ' ', ', ', '. ', '! ', '? ', '\n', '—', "'", '’', '-', ''];
    const rand = mulberry32(42);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const sig = (ms: ReturnType<typeof matchLexicon>) => ms.map((m) => `${m.entry.kind}@${m.start}-${m.end}`);
    let found = 0;
    for (let n = 0; n < 300; n++) {
      let t = '';
      const len = 1 + Math.floor(rand() * 8);
      for (let k = 0; k < len; k++) {
        let w = pick(words);
        if (rand() < 0.15) w = w.toUpperCase();
        t += w + pick(glue);
      }
      const got = sig(matchStancePart(moves, t));
      found += got.length;
      expect(got).toEqual(sig(matchLexicon(moves.lexicon, t)));
      expect(sig(matchStancePart(context, t))).toEqual(sig(matchLexicon(context.lexicon, t)));
    }
    expect(found).toBeGreaterThan(300);
  });

  it('scans 100,000 characters of adversarial text without backtracking blow-up', () => {
    const inputs = [
      "if you don't ".repeat(8000),
      'you you you you '.repeat(6500),
      'a'.repeat(100_000),
      'so on one side, '.repeat(6500),
      "I'm sorry, I'm sorry ".repeat(5000),
    ];
    for (const text of inputs) {
      const t0 = performance.now();
      matchLexicon(lex, text);
      matchStancePart(splitStanceLexicon(lex).moves, text);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
