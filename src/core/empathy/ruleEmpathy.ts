import type { Lexicon } from '../lexicon/lexicon.js';
import type { Empathy, EmpathyLevel } from '../types.js';
import { detectEmpathyCues, type CueScan } from './detectCues.js';
import { maxLevel, rationaleSpans } from './rationaleSpans.js';
import { regrade } from './regrade.js';
import { contentStems } from './specificity.js';

export interface RuleEmpathy {
  empathy: Empathy;
  scan: CueScan;
}

/**
 * The rule reading of a reply: cues from the lexicon, levels from cue levels refined by structure and
 * specificity, rationales from the cues' clauses. The other person's last turn in `context` is what
 * specificity is measured against.
 */
export function ruleEmpathy(text: string, context: readonly { text: string }[], lexicon: Lexicon): RuleEmpathy {
  const last = context.length ? context[context.length - 1].text : '';
  const scan = detectEmpathyCues(text, lexicon, contentStems(last));
  const rationales = rationaleSpans(text, scan.sentences, scan.cues);
  let er = maxLevel(rationales, 'er');
  // Emotional reactions voiced in two separate sentences read as strong ("Oh I'm so sorry. Sending love…").
  if (er === 1) {
    const sentences = new Set<number>();
    for (const c of scan.cues) if (c.mechanism === 'er') sentences.add(c.sentence);
    if (sentences.size >= 2) er = 2;
  }
  const graded = er === 2 && maxLevel(rationales, 'er') < 2 ? regrade(rationales, 'er', 2) : rationales;
  return { scan, empathy: { er: er as EmpathyLevel, ip: maxLevel(rationales, 'ip'), ex: maxLevel(rationales, 'ex'), rationales: graded } };
}
