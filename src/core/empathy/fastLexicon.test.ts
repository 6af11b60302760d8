import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchLexicon, parseLexicon } from '../lexicon/lexicon.js';
import { matchLowerCase } from './fastLexicon.js';

const parsed = parseLexicon(JSON.parse(fs.readFileSync(new URL('../../../data/lexicons/empathy-cues.json', import.meta.url), 'utf8')), 'empathy-cues.json');
if (!parsed.ok) throw new Error('lexicon');
const lexicon = parsed.value;
const shape = (ms: ReturnType<typeof matchLexicon>) => ms.map((m) => [m.entry.kind, m.start, m.end]);

describe('matchLowerCase', () => {
  it('finds exactly what matchLexicon finds, in mixed case and with odd characters', () => {
    const texts = [
      "I'M SO SORRY. It Sounds Like You Feel Invisible. What Happened?",
      'aww sorry, I know how you feel ❤️ TELL ME MORE about Sunday evenings?',
      'İstanbul was hard. I understand. How did that feel?',
      'Oh no, that sucks so much. So you’re worried that the drinking is starting to affect your kids.',
    ];
    for (const t of texts) expect(shape(matchLowerCase(lexicon, t))).toEqual(shape(matchLexicon(lexicon, t)));
  });
});
