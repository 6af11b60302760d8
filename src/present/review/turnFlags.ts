import type { ReviewReport } from '../../core/review/reviewTypes.js';
import { FOCUS_WORDS, RUPTURE_WORDS, safetyWords, structureWords, turnLabel } from './reviewWords.js';

/** What the session-level findings say about one turn, in plain words (empty lists when nothing). */
export interface TurnFlags {
  safety: string[];
  rupture: string[];
  repair: string[];
  focus: string[];
  structure: string[];
  highlight: string[];
  alternative: string[];
}

const empty = (): TurnFlags => ({ safety: [], rupture: [], repair: [], focus: [], structure: [], highlight: [], alternative: [] });

/**
 * The report's findings (safety, ruptures and their repairs, focus shifts and refocusing, structure,
 * highlights) gathered per turn index, so every output can show them on the turn they belong to.
 */
export function turnFlags(r: ReviewReport): Map<number, TurnFlags> {
  const out = new Map<number, TurnFlags>();
  const at = (i: number) => {
    let f = out.get(i);
    if (!f) out.set(i, (f = empty()));
    return f;
  };
  for (const s of r.safety) at(s.turn).safety.push(safetyWords(s));
  for (const x of r.ruptures) {
    at(x.turn).rupture.push(`${RUPTURE_WORDS[x.kind]} (${x.repaired && x.repair ? `repaired at ${turnLabel(x.repair.turn)}` : x.repaired ? 'repaired' : 'not repaired'})`);
    if (x.repair) at(x.repair.turn).repair.push(`repairs ${turnLabel(x.turn)}${x.repair.moves.length ? `: ${x.repair.moves.join(', ')}` : ''}`);
  }
  for (const f of r.focus) {
    at(f.turn).focus.push(`${FOCUS_WORDS[f.kind]} (${f.refocused && f.refocusTurn !== null ? `refocused at ${turnLabel(f.refocusTurn)}` : f.refocused ? 'refocused' : 'not refocused'})`);
    if (f.refocusTurn !== null) at(f.refocusTurn).focus.push(`brings the focus back after ${turnLabel(f.turn)}`);
  }
  for (const s of r.structure) at(s.turn).structure.push(structureWords(s));
  for (const kind of ['empathic', 'balanced', 'problematic'] as const) {
    for (const h of r.highlights[kind]) {
      at(h.turn).highlight.push(`${kind}: ${h.reason}`);
      if (h.alternative) at(h.turn).alternative.push(h.alternative);
    }
  }
  return out;
}
