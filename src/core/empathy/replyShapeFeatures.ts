import type { Token } from '../text/tokenize.js';
import type { CueScan } from './detectCues.js';
import { isContentWord, stem } from './specificity.js';

// Discourse words that open real speech before the clause that matters ("Mm-hmm. So, yeah, you…").
const OPENERS = new Set(['so', 'and', 'but', 'okay', 'ok', 'well', 'um', 'uh', 'yeah', 'yes', 'right', 'mm', 'mhm', 'hmm', 'mm-hmm', 'oh', 'now', 'then', 'alright', 'sure', 'also', 'like']);
const YOU = new Set(['you', "you're", "you've", "you'd", "you'll", 'your', 'yourself']);
const WH = new Set(['what', "what's", 'how', "how's", 'why', 'when', 'where', 'who', 'which', 'whats', 'hows']);
const AUX = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'have', 'has', 'had', 'would', 'could', 'can', 'will', 'should', 'any', 'anything']);
// Words of the inner life an open question may ask about (feelings, thoughts, reasons, values).
const INNER = new Set(['feel', 'feels', 'feeling', 'felt', 'think', 'thoughts', 'mean', 'means', 'like', 'want', 'wanna', 'worry', 'worries', 'concern', 'concerns', 'concerned', 'important', 'hope', 'hoping', 'reason', 'reasons', 'makes', 'made', 'matter', 'matters', 'enjoy', 'notice', 'noticed', 'sense', 'ready', 'confident', 'change', 'different', 'hardest', 'best', 'worst']);
// Words of screening and fact-gathering (quantities, frequency, scales).
const SCREEN = new Set(['many', 'often', 'much', 'number', 'scale', 'times', 'per', 'daily', 'weekly', 'day', 'week', 'drinks', 'cigarettes', 'units', 'pack', 'packs', 'age', 'old']);
// Reporting what the other said earlier: a reflection of their words.
const REPORT = new Set(['said', 'mentioned', 'told', 'saying', 'sharing', 'shared', 'describing', 'described']);

/**
 * Motivational-interviewing shape of a reply, read sentence by sentence against the other person's last
 * turn (`otherStems`, content stems): "you"-subject statements and their content-word overlap with the
 * client (reflection-like, MI coding's simple/complex reflection), open questions about feelings,
 * thoughts or reasons (exploration), closed and screening questions about quantities or frequency (not
 * exploration). Feature names only; the caller hashes them.
 */
export function replyShapeFeatures(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  out.add(`mi:other:${otherStems.size === 0 ? 0 : otherStems.size < 3 ? 1 : otherStems.size < 8 ? 2 : 3}`);
  let k = 0;
  let maxStatementOverlap = 0;
  for (let si = 0; si < scan.sentences.length; si++) {
    const s = scan.sentences[si];
    while (k < tokens.length && tokens[k].start < s.start) k++;
    let first = k;
    while (first < tokens.length && tokens[first].end <= s.end && OPENERS.has(tokens[first].norm)) first++;
    if (first >= tokens.length || tokens[first].start >= s.end) continue;
    let you = false;
    let inner = false;
    let screen = false;
    let report = false;
    let overlap = 0;
    let n = 0;
    for (let j = first; j < tokens.length && tokens[j].end <= s.end; j++, n++) {
      const w = tokens[j].norm;
      if (j - first < 4 && YOU.has(w)) you = true;
      if (INNER.has(w)) inner = true;
      if (SCREEN.has(w)) screen = true;
      if (REPORT.has(w)) report = true;
      if (isContentWord(w) && otherStems.has(stem(w))) overlap++;
    }
    const head = tokens[first].norm;
    const ov = overlap === 0 ? 0 : overlap < 3 ? 1 : 2;
    if (scan.questions[si]) {
      const kind = WH.has(head) ? 'open' : AUX.has(head) ? 'closed' : 'tag';
      out.add(`mi:q:${kind}`);
      if (inner) out.add(`mi:q:${kind}:inner`);
      if (screen) out.add(`mi:q:${kind}:screen`);
      out.add(`mi:q:${kind}:overlap:${ov}`);
      if (you && kind === 'tag') out.add('mi:q:tag:you');
    } else {
      if (overlap > maxStatementOverlap) maxStatementOverlap = overlap;
      if (you) out.add(`mi:s:you:overlap:${ov}`);
      if (you && report) out.add('mi:s:you:report');
      if (inner && you) out.add('mi:s:you:inner');
      out.add(`mi:s:len:${n < 6 ? 0 : n < 15 ? 1 : 2}`);
    }
  }
  out.add(`mi:s:overlap:${maxStatementOverlap === 0 ? 0 : maxStatementOverlap < 3 ? 1 : maxStatementOverlap < 6 ? 2 : 3}`);
  for (const set of scan.guarded.values()) for (const g of set) out.add(`mi:guard:${g}`);
  return [...out];
}
