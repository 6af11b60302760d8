import { hashString } from '../text/hash.js';
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

// The fixed feature names, by id: a call collects ids (deduplicated by a flag per id, first-seen order)
// and the caller turns them into names or their hashes (precomputed, so no name is built per call).
const KINDS = ['open', 'closed', 'tag'] as const;
const NAMES: string[] = [];
const id = (name: string): number => NAMES.push(name) - 1;
const OTHER = [0, 1, 2, 3].map((b) => id(`mi:other:${b}`));
const Q = KINDS.map((k) => id(`mi:q:${k}`));
const Q_INNER = KINDS.map((k) => id(`mi:q:${k}:inner`));
const Q_SCREEN = KINDS.map((k) => id(`mi:q:${k}:screen`));
const Q_OVERLAP = KINDS.map((k) => [0, 1, 2].map((b) => id(`mi:q:${k}:overlap:${b}`)));
const Q_TAG_YOU = id('mi:q:tag:you');
const S_YOU_OVERLAP = [0, 1, 2].map((b) => id(`mi:s:you:overlap:${b}`));
const S_YOU_REPORT = id('mi:s:you:report');
const S_YOU_INNER = id('mi:s:you:inner');
const S_LEN = [0, 1, 2].map((b) => id(`mi:s:len:${b}`));
const S_OVERLAP = [0, 1, 2, 3].map((b) => id(`mi:s:overlap:${b}`));
/** hashString of each fixed name, by id. */
const HASHES = Int32Array.from(NAMES, (n) => hashString(n) | 0);
const H_GUARD = hashString('mi:guard:');
/** Per-call flags and ids (reused: the core is single-threaded). */
const seen = new Uint8Array(NAMES.length);
const ids: number[] = [];

function collect(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[]): void {
  ids.length = 0;
  seen.fill(0);
  const put = (i: number): void => {
    if (seen[i] === 0) {
      seen[i] = 1;
      ids.push(i);
    }
  };
  put(OTHER[otherStems.size === 0 ? 0 : otherStems.size < 3 ? 1 : otherStems.size < 8 ? 2 : 3]);
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
      const kind = WH.has(head) ? 0 : AUX.has(head) ? 1 : 2; // open, closed, tag
      put(Q[kind]);
      if (inner) put(Q_INNER[kind]);
      if (screen) put(Q_SCREEN[kind]);
      put(Q_OVERLAP[kind][ov]);
      if (you && kind === 2) put(Q_TAG_YOU);
    } else {
      if (overlap > maxStatementOverlap) maxStatementOverlap = overlap;
      if (you) put(S_YOU_OVERLAP[ov]);
      if (you && report) put(S_YOU_REPORT);
      if (inner && you) put(S_YOU_INNER);
      put(S_LEN[n < 6 ? 0 : n < 15 ? 1 : 2]);
    }
  }
  put(S_OVERLAP[maxStatementOverlap === 0 ? 0 : maxStatementOverlap < 3 ? 1 : maxStatementOverlap < 6 ? 2 : 3]);
}

/** The guards of the scan, each once, in the order they are first met. */
function guards(scan: CueScan): Iterable<string> {
  if (scan.guarded.size === 0) return [];
  const out = new Set<string>();
  for (const set of scan.guarded.values()) for (const g of set) out.add(g);
  return out;
}

/**
 * Motivational-interviewing shape of a reply, read sentence by sentence against the other person's last
 * turn (`otherStems`, content stems): "you"-subject statements and their content-word overlap with the
 * client (reflection-like, MI coding's simple/complex reflection), open questions about feelings,
 * thoughts or reasons (exploration), closed and screening questions about quantities or frequency (not
 * exploration). Feature names, each once, in first-seen order; replyShapeHashes gives their hashes.
 */
export function replyShapeFeatures(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[]): string[] {
  collect(scan, otherStems, tokens);
  const out = ids.map((i) => NAMES[i]);
  for (const g of guards(scan)) out.push(`mi:guard:${g}`);
  return out;
}

/** hashString of each name replyShapeFeatures gives, in the same order, passed to `add` (no names built). */
export function replyShapeHashes(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[], add: (hash: number) => void): void {
  collect(scan, otherStems, tokens);
  for (let k = 0; k < ids.length; k++) add(HASHES[ids[k]] >>> 0);
  for (const g of guards(scan)) add(hashString(g, H_GUARD));
}
