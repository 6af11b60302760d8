/**
 * Words that decide what counts as a person's name: titles that precede one, relations that introduce
 * one ("my sister Maria"), and capitalised words that are never a private person's name.
 */
import nlp from 'compromise';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Titles before a surname or a name; kept out of the name's key so "Dr Lee" and "Lee" are one person. */
export const TITLES = [
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'reverend', 'father', 'nurse', 'coach', 'officer', 'judge',
  // family words used the same way: "Grandad Joe", "Auntie Sue"
  'uncle', 'aunt', 'auntie', 'aunty', 'grandad', 'granddad', 'grandpa', 'grandma', 'granny', 'nana', 'nan', 'cousin',
];

/** Relations and roles that, after "my/his/her/our/their/your", introduce a name: "my boss Kevin". */
export const RELATIONS = [
  'friend', 'friends', 'bestie', 'sister', 'brother', 'sibling', 'husband', 'wife', 'partner', 'spouse', 'boyfriend', 'girlfriend', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'ex',
  'mum', 'mom', 'mother', 'dad', 'father', 'stepmum', 'stepmom', 'stepdad', 'stepmother', 'stepfather', 'stepson', 'stepdaughter', 'son', 'daughter', 'kid', 'child', 'baby', 'boy', 'girl',
  'grandma', 'grandmother', 'grandpa', 'grandfather', 'granddad', 'grandad', 'nan', 'nana', 'gran', 'granny', 'grandson', 'granddaughter', 'aunt', 'auntie', 'uncle', 'cousin', 'niece', 'nephew',
  'boss', 'manager', 'supervisor', 'colleague', 'coworker', 'co-worker', 'teacher', 'tutor', 'coach', 'doctor', 'gp', 'psychiatrist', 'therapist', 'counsellor', 'counselor', 'nurse', 'sponsor',
  'neighbour', 'neighbor', 'roommate', 'flatmate', 'housemate', 'mate', 'buddy', 'pal', 'classmate', 'landlord', 'landlady', 'lawyer', 'social worker', 'caseworker', 'carer', 'caregiver', 'in-law',
  'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'dog', 'cat',
];

/**
 * Capitalised words that are not a private person's name even where a tagger or a cue says so: the
 * pronoun, calendar words, religious names, family words used as names ("Mum"), greetings and fillers,
 * and therapy and health terms.
 */
export const NOT_NAMES = new Set([
  'i', "i'm", "i'd", "i'll", "i've", 'im', 'ive',
  ...MONTHS, ...WEEKDAYS, 'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'thanksgiving', 'halloween', 'xmas', 'valentine', 'valentines',
  'god', 'lord', 'jesus', 'christ', 'allah', 'buddha', 'heaven', 'satan', 'devil',
  'mum', 'mom', 'mummy', 'mommy', 'mama', 'mamma', 'dad', 'daddy', 'papa', 'nan', 'nana', 'nanna', 'gran', 'granny', 'grandma', 'grandpa', 'grandad', 'granddad', 'auntie', 'sis', 'bro',
  'mother', 'father', 'sister', 'brother', 'son', 'daughter', 'baby', 'babe', 'honey', 'darling', 'love', 'sweetheart',
  'sir', 'madam', 'maam', "ma'am", 'mister', 'miss', 'doctor', 'dr', 'mr', 'mrs', 'ms', 'nurse', 'therapist', 'client', 'counsellor', 'counselor', 'patient',
  'hi', 'hello', 'hey', 'bye', 'thanks', 'ok', 'okay', 'yeah', 'yes', 'no', 'um', 'uh', 'mhm', 'hmm', 'oh', 'well', 'so', 'right', 'sure', 'fine',
  'mm', 'mmm', 'hm', 'mhmm', 'mm-hmm', 'mmhmm', 'mh-hmm', 'um-hmm', 'uh-huh', 'uh-uh', 'mm-mm', 'huh', 'ah', 'aha', 'erm', 'eh', 'yep', 'yup', 'nope', 'wow', 'whoa',
  'cbt', 'dbt', 'act', 'emdr', 'mi', 'ptsd', 'adhd', 'ocd', 'nhs', 'aa', 'na', 'gp', 'er', 'a&e', 'anxiety', 'depression', 'therapy', 'trauma',
  'english', 'internet', 'google', 'facebook', 'instagram', 'tiktok', 'twitter', 'whatsapp', 'zoom', 'netflix', 'youtube', 'covid',
]);

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** Whether compromise's lexicon knows this lower-case word as a name ("maria", "lopez"). */
export function isLexiconName(lower: string): boolean {
  const tag = LEXICON[lower];
  return tag !== undefined && NAME_TAGS.has(tag);
}

// Names that are also ordinary words: "Will", "Hope", "Bill", "Rose", "Joy", "Mark" (the lexicon files
// "mark" as a name, so the everyday ones are listed here too).
const EVERYDAY_NAMES = new Set(['mark', 'will', 'may', 'june', 'april', 'august', 'grace', 'faith', 'hope', 'joy', 'rose', 'bill', 'art', 'pat', 'sue', 'frank', 'guy', 'jack', 'rob', 'drew', 'chase', 'dawn', 'summer', 'sandy', 'penny', 'ray', 'max', 'dean', 'gene', 'bob', 'lily', 'holly', 'ruby', 'amber', 'angel', 'hunter', 'page', 'miles', 'wade', 'norm', 'sunny', 'destiny', 'chance', 'harmony', 'iris', 'violet', 'jean', 'jay', 'eve', 'ivy', 'hazel', 'robin', 'skip', 'ty', 'don', 'sky', 'storm', 'rich', 'sally', 'win', 'cliff', 'brook', 'glen', 'lane', 'reed', 'grant', 'carol', 'bud', 'kit', 'holly', 'lily', 'ginger', 'misty', 'crystal', 'pearl', 'jade', 'autumn', 'river', 'paige', 'heather', 'daisy', 'poppy', 'sage', 'star']);

/** Whether compromise's lexicon knows this lower-case word as something other than a name ("let", "will"). */
export function isLexiconWord(lower: string): boolean {
  const tag = LEXICON[lower];
  return tag !== undefined && !NAME_TAGS.has(tag);
}

/** Whether a word is in the list of names that are also everyday words ("Dawn", "Jean", "Bill"). */
export function isEverydayName(lower: string): boolean {
  return EVERYDAY_NAMES.has(lower);
}

/**
 * Whether a name is also an everyday word ("Will", "Hope"): such a name is recognised only when it is
 * capitalised, and at a sentence start only where the tagger also reads it as a noun.
 */
export function isEverydayWord(lower: string): boolean {
  return EVERYDAY_NAMES.has(lower) || isLexiconWord(lower);
}
