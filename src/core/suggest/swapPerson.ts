/**
 * Turns what someone said about themselves into what the listener says back: first person becomes
 * second ("I feel invisible at home" → "you feel invisible at home") and second person first ("you
 * don't get it" → "I don't get it"), so a reflection can reuse the person's own words.
 * Word-level rules only: "you" is "I" where it starts a clause and "me" elsewhere; "was/were" and
 * "am/are" agree with the new subject. Good enough for short clauses, which is all it is used on.
 */
const FIRST_TO_SECOND: Readonly<Record<string, string>> = {
  i: 'you', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
  me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
};
const SECOND_TO_FIRST: Readonly<Record<string, string>> = {
  "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
  your: 'my', yours: 'mine', yourself: 'myself', "y'all": 'we',
};
/** Words after which a "you" is the subject of a new clause. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'because', 'that', 'when', 'if', 'so', 'since', 'though', 'although', 'while', 'or', 'cause', "'cause"]);
const WORD = /[\p{L}]+(?:['’][\p{L}]+)*/gu;

export function swapPerson(clause: string): string {
  const out: string[] = [];
  let last = 0;
  let prev = '';
  /** The subject just written was changed, and to what person: drives was/were, am/are agreement. */
  let subject: 'you' | 'I' | null = null;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m !== null; m = WORD.exec(clause)) {
    const raw = m[0];
    const w = raw.toLowerCase().replace(/’/g, "'");
    const between = clause.slice(last, m.index);
    let rep: string | null = null;
    let setSubject: 'you' | 'I' | null = null;
    if (w in FIRST_TO_SECOND) {
      rep = FIRST_TO_SECOND[w];
      if (w === 'i') setSubject = 'you';
    } else if (w === 'you') {
      const clauseStart = prev === '' || CLAUSE_OPENERS.has(prev) || /[.!?;:,]\s*$/.test(between);
      rep = clauseStart ? 'I' : 'me';
      if (clauseStart) setSubject = 'I';
    } else if (w in SECOND_TO_FIRST) {
      rep = SECOND_TO_FIRST[w];
    } else if (subject === 'you' && (w === 'am' || w === 'was' || w === "wasn't")) {
      rep = w === 'am' ? 'are' : w === 'was' ? 'were' : "weren't";
    } else if (subject === 'I' && (w === 'are' || w === 'were' || w === "weren't" || w === "aren't")) {
      rep = w === 'are' ? 'am' : w === 'were' ? 'was' : w === "weren't" ? "wasn't" : 'am not';
    }
    out.push(between, rep === null ? raw : matchCase(raw, rep, out.length === 0 && between.trim() === ''));
    subject = setSubject;
    prev = w;
    last = m.index + raw.length;
  }
  out.push(clause.slice(last));
  return out.join('');
}

/** Keeps a capital where the original had one at the start; "I" is always a capital. */
function matchCase(original: string, replacement: string, atStart: boolean): string {
  if (replacement === 'I' || replacement.startsWith("I'")) return replacement;
  if (atStart && original[0] !== original[0].toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
