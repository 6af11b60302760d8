import type { Lexicon } from '../lexicon/lexicon.js';
import type { Empathy, EmpathyLevel } from '../types.js';
import { detectEmpathyCues, type CueScan } from './detectCues.js';
import { maxLevel, rationaleSpans } from './rationaleSpans.js';
import { regrade } from './regrade.js';
import { contentStems } from './specificity.js';

/** Cue kinds that affirm the other's effort or plan: formulaic warmth that does not add up to a strong reaction. */
const AFFIRM_KINDS: ReadonlySet<string> = new Set(['er_affirm']);

export interface RuleEmpathy {
  empathy: Empathy;
  scan: CueScan;
  /** Content stems of the other person's last turn. */
  otherStems: ReadonlySet<string>;
}

/**
 * The rule reading of a reply: cues from the lexicon, levels from cue levels refined by structure and
 * specificity, rationales from the cues' clauses. The other person's last turn in `context` is what
 * specificity is measured against.
 */
export function ruleEmpathy(text: string, context: readonly { text: string }[], lexicon: Lexicon): RuleEmpathy {
  const last = context.length ? context[context.length - 1].text : '';
  const otherStems = contentStems(last);
  const scan = detectEmpathyCues(text, lexicon, otherStems);
  const rationales = rationaleSpans(text, scan.sentences, scan.cues);
  let er = maxLevel(rationales, 'er');
  // Emotional reactions voiced in two separate sentences read as strong ("Oh I'm so sorry. Sending love…"),
  // unless one of them only affirms: "That's great. All the best then." is a counsellor's routine warmth.
  if (er === 1) {
    const sentences = new Set<number>();
    let affirmOnly = false;
    for (const c of scan.cues) if (c.mechanism === 'er') sentences.add(c.sentence);
    for (const si of sentences) if (scan.cues.every((c) => c.mechanism !== 'er' || c.sentence !== si || AFFIRM_KINDS.has(c.entry.kind))) affirmOnly = true;
    if (sentences.size >= 2 && !affirmOnly) er = 2;
  }
  const graded = er === 2 && maxLevel(rationales, 'er') < 2 ? regrade(rationales, 'er', 2) : rationales;
  return { scan, otherStems, empathy: { er: er as EmpathyLevel, ip: maxLevel(rationales, 'ip'), ex: maxLevel(rationales, 'ex'), rationales: graded } };
}
