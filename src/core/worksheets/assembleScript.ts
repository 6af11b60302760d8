import { WORKSHEETS, type PartDefinition, type WorksheetKind } from './worksheetDefinitions.js';

/** The parts' text as a person fills them in, by part id; absent or blank parts are left out. */
export type WorksheetFields = Readonly<Partial<Record<string, string>>>;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;

/** A field's text without the words the script puts before it, when the person typed them too. */
export function withoutLead(part: PartDefinition, text: string): { text: string; offset: number } {
  const m = part.lead?.typed.exec(text);
  return m ? { text: text.slice(m[0].length), offset: m[0].length } : { text, offset: 0 };
}

function sentence(text: string): string {
  const s = capitalise(squash(text));
  return /[.!?…]["'”’)]*$/u.test(s) ? s : `${s}.`;
}

/** "I feel ___ when ___ because ___, and I'd like ___." from the parts given (others left out). */
function iStatement(fields: WorksheetFields): string {
  const parts = WORKSHEETS.i_statement.parts;
  const clauses: string[] = [];
  for (const part of parts) {
    const raw = fields[part.id];
    if (!raw || !raw.trim()) continue;
    const body = squash(withoutLead(part, raw).text).replace(TRAILING_PUNCTUATION, '');
    if (!body) continue;
    const lead = part.lead?.text ?? '';
    clauses.push(part.id === 'like' && clauses.length ? `, and ${lead}${body}` : `${clauses.length ? ' ' : ''}${lead}${body}`);
  }
  return clauses.length ? sentence(clauses.join('')) : '';
}

/**
 * The whole script from its parts, in the worksheet's order: each filled part a sentence (DEAR MAN:
 * Describe, Express, Assert, Reinforce, Negotiate; how-to notes such as Mindful are left out), or for
 * the "I" statement the one sentence "I feel ___ when ___ because ___, and I'd like ___."
 */
export function assembleScript(kind: WorksheetKind, fields: WorksheetFields): string {
  if (kind === 'i_statement') return iStatement(fields);
  return WORKSHEETS[kind].parts
    .filter((p) => p.inScript)
    .map((p) => fields[p.id] ?? '')
    .filter((t) => t.trim() !== '')
    .map(sentence)
    .join(' ');
}
