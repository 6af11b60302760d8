import type { Sentence } from '../text/tokenize.js';
import type { EmpathyLevel, EmpathyMechanism, Rationale } from '../types.js';
import { isClauseBreak } from './clauseBreak.js';
import type { EmpathyCue } from './detectCues.js';

const TRIM = /[\s,;:—–-]/;

/** Why a span counts, in a few words: the entry's description up to its first parenthesis or colon. */
function cueLabel(description: string, kind: string): string {
  const cut = description.search(/\s[(:]|:/);
  const s = (cut > 0 ? description.slice(0, cut) : description).trim();
  return s || kind.replace(/_/g, ' ');
}

const CONJUNCTION = /^ (?:but|and|so|anyway|though) /i;

/**
 * Where a clause boundary lies between two cues: just after the last , ; : dash or emoji, else before
 * a conjunction (" but ", " and "), else at the second cue.
 */
function boundary(text: string, from: number, to: number): { cut: number; next: number } {
  for (let i = to - 1; i >= from; i--) if (isClauseBreak(text, i)) return { cut: i, next: i + 1 };
  for (let i = to - 1; i >= from; i--) {
    if (text[i] !== ' ') continue;
    const m = CONJUNCTION.exec(text.slice(i, i + 10));
    if (m) return { cut: i, next: i + m[0].length };
  }
  return { cut: to, next: to };
}

// A contrast after the evidence starts something else ("I understand, but you need to…").
const CONTRAST = /(?:,\s*|\s+)(?:but|anyway|however)\b/i;

/** Ends a span before a contrast that follows its last cue (reads only up to `end`). */
function cutAtContrast(text: string, lastCueEnd: number, end: number): number {
  if (end <= lastCueEnd) return end;
  const m = CONTRAST.exec(text.slice(lastCueEnd, end));
  return m ? lastCueEnd + m.index : end;
}

function pushSpan(out: Rationale[], text: string, start: number, end: number, cues: readonly EmpathyCue[]): void {
  while (start < end && TRIM.test(text[start])) start++;
  while (end > start && /[\s,;:—–]/.test(text[end - 1])) end--;
  if (end <= start) return;
  const best = cues.reduce((a, b) => (b.level > a.level ? b : a));
  out.push({ mechanism: best.mechanism, level: best.level as EmpathyLevel, cue: cueLabel(best.entry.description, best.entry.kind), start, end });
}

/**
 * Rationales in EPITOME's sense: the span of the reply that carries each mechanism. A sentence whose
 * cues all serve one mechanism is its rationale; a sentence serving several is cut at the clause
 * boundary between cues of different mechanisms ("aww sorry, | I know how you feel").
 */
export function rationaleSpans(text: string, sentences: readonly Sentence[], cues: readonly EmpathyCue[]): Rationale[] {
  const out: Rationale[] = [];
  let i = 0;
  while (i < cues.length) {
    const si = cues[i].sentence;
    let j = i;
    while (j < cues.length && cues[j].sentence === si) j++;
    const s = sentences[si];
    // Runs of cues of one mechanism, in text order.
    let segStart = s.start;
    let runStart = i;
    for (let k = i + 1; k <= j; k++) {
      if (k < j && cues[k].mechanism === cues[runStart].mechanism) continue;
      const run = cues.slice(runStart, k);
      let from = s.start;
      for (const c of run) if (c.end > from) from = c.end;
      if (k === j) pushSpan(out, text, segStart, cutAtContrast(text, from, s.end), run);
      else {
        const b = boundary(text, from, cues[k].start);
        pushSpan(out, text, segStart, cutAtContrast(text, from, b.cut), run);
        segStart = b.next;
        runStart = k;
      }
    }
    i = j;
  }
  return mergeAdjacent(out);
}

/** A mechanism seen twice in one run of text (cut apart by an interleaved cue) stays two rationales; exact duplicates go. */
function mergeAdjacent(rs: Rationale[]): Rationale[] {
  const out: Rationale[] = [];
  for (const r of rs) {
    const prev = out[out.length - 1];
    if (prev && prev.mechanism === r.mechanism && prev.start === r.start && prev.end === r.end) {
      if (r.level > prev.level) out[out.length - 1] = r;
      continue;
    }
    out.push(r);
  }
  return out;
}

export function maxLevel(rs: readonly Rationale[], m: EmpathyMechanism): EmpathyLevel {
  let best: EmpathyLevel = 0;
  for (const r of rs) if (r.mechanism === m && r.level > best) best = r.level;
  return best;
}
