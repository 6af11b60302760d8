import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchLexicon, parseLexicon, type Lexicon, type LexiconMatch } from '../lexicon/lexicon.js';
import { indexLexicon, matchIndexed, wordInitialPrefixes } from './lexiconIndex.js';

const parsed = parseLexicon(JSON.parse(fs.readFileSync(new URL('../../../data/lexicons/style-markers.json', import.meta.url), 'utf8')), 'style-markers.json');
if (!parsed.ok) throw new Error('lexicon does not load');
const lexicon = parsed.value;
const show = (ms: LexiconMatch[]) => ms.map((m) => `${m.entry.kind}@${m.start}-${m.end}`);

describe('wordInitialPrefixes', () => {
  it('finds the first two letters of word-initial patterns', () => {
    expect(wordInitialPrefixes(String.raw`\b(?:maybe|perhaps)\b`)?.sort()).toEqual(['may', 'per']);
    expect(wordInitialPrefixes(String.raw`\bI(?:['’]m| am) sorry`)?.sort()).toEqual(['i#a', 'i#m']);
    expect(wordInitialPrefixes(String.raw`\b(?:so |really )?sorry`)?.sort()).toEqual(['rea', 'so#', 'sor']);
    expect(wordInitialPrefixes(String.raw`\b(?:a|an)\b`)?.sort()).toEqual(['a', 'an']);
    expect(wordInitialPrefixes(String.raw`(?<=^|[.!?]\s)(?:stop|go)\b`)?.sort()).toEqual(['go', 'sto']);
    expect(wordInitialPrefixes(String.raw`\bum+\b`)?.sort()).toEqual(['um', 'umm']);
  });
  it('gives up where a match may start anywhere or with a non-letter', () => {
    expect(wordInitialPrefixes('!{2,}')).toBeNull();
    expect(wordInitialPrefixes(String.raw`\b\w+ing`)).toBeNull();
    expect(wordInitialPrefixes('sorry')).toBeNull();
    expect(wordInitialPrefixes(String.raw`\b(?:[^x]y)`)).toBeNull();
  });
});

describe('matchIndexed', () => {
  const texts = [
    ...lexicon.entries.flatMap((e) => [...e.examples, ...e.counterExamples]),
    "I guess I feel kind of alone sometimes, but it's probably just me being overly sensitive.",
    "Sorry, sorry, I know you're busy, um, would it maybe be okay if I left early? Only if it's not a problem.",
    'YOU NEVER LISTEN!! Fine, whatever. Oh great, "helpful" as always 🙄',
    'I’m not okay with that, and it’s not a big deal, I don’t mind.',
    'well-being, don\'t, 3pm, A1, _you_ never; x.stop it. Stop it.',
  ];
  it('gives exactly what matchLexicon gives', () => {
    for (const t of texts) expect(show(matchIndexed(indexLexicon(lexicon), t)), t).toEqual(show(matchLexicon(lexicon, t)));
  });
  it('builds the index once per lexicon', () => {
    expect(indexLexicon(lexicon)).toBe(indexLexicon(lexicon));
    const other: Lexicon = { ...lexicon };
    expect(indexLexicon(other)).not.toBe(indexLexicon(lexicon));
  });
});
