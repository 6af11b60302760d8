import type { EmpathyWordLists } from '../lexicon/wordLists.js';
import { hashString } from '../text/hash.js';
import type { Token } from '../text/tokenize.js';
import type { CueScan } from './detectCues.js';
import { isContentWord, stem } from './specificity.js';

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

function collect(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[], words: EmpathyWordLists): void {
  const { openers, you: youWords, wh, aux, inner: innerWords, screen: screenWords, report: reportWords } = words;
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
    while (first < tokens.length && tokens[first].end <= s.end && openers.has(tokens[first].norm)) first++;
    if (first >= tokens.length || tokens[first].start >= s.end) continue;
    let you = false;
    let inner = false;
    let screen = false;
    let report = false;
    let overlap = 0;
    let n = 0;
    for (let j = first; j < tokens.length && tokens[j].end <= s.end; j++, n++) {
      const w = tokens[j].norm;
      if (j - first < 4 && youWords.has(w)) you = true;
      if (innerWords.has(w)) inner = true;
      if (screenWords.has(w)) screen = true;
      if (reportWords.has(w)) report = true;
      if (isContentWord(w) && otherStems.has(stem(w))) overlap++;
    }
    const head = tokens[first].norm;
    const ov = overlap === 0 ? 0 : overlap < 3 ? 1 : 2;
    if (scan.questions[si]) {
      const kind = wh.has(head) ? 0 : aux.has(head) ? 1 : 2; // open, closed, tag
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
 * exploration). `words`: the closed-class lists it reads (data/word-lists.json, group `empathy`).
 * Feature names, each once, in first-seen order; replyShapeHashes gives their hashes.
 */
export function replyShapeFeatures(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[], words: EmpathyWordLists): string[] {
  collect(scan, otherStems, tokens, words);
  const out = ids.map((i) => NAMES[i]);
  for (const g of guards(scan)) out.push(`mi:guard:${g}`);
  return out;
}

/** hashString of each name replyShapeFeatures gives, in the same order, passed to `add` (no names built). */
export function replyShapeHashes(scan: CueScan, otherStems: ReadonlySet<string>, tokens: readonly Token[], words: EmpathyWordLists, add: (hash: number) => void): void {
  collect(scan, otherStems, tokens, words);
  for (let k = 0; k < ids.length; k++) add(HASHES[ids[k]] >>> 0);
  for (const g of guards(scan)) add(hashString(g, H_GUARD));
}
