import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchLexicon, parseLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { CONTEXT_CUE_PREFIX, splitStanceLexicon } from './stanceLexicon.js';

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
    expect(context.entries.length).toBeGreaterThan(3);
    expect(context.entries.every((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX))).toBe(true);
    expect(moves.entries.some((e) => e.kind.startsWith(CONTEXT_CUE_PREFIX))).toBe(false);
    expect(moves.entries.length + context.entries.length).toBe(lex.entries.length);
    expect(splitStanceLexicon(lex)).toBe(splitStanceLexicon(lex));
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
      matchLexicon(splitStanceLexicon(lex).moves, text);
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });
});
