import type { Analyzer } from '../analyzeUtterance.js';
import { matchLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import type { UtteranceAnalysis } from '../types.js';
import { assembleScript, withoutLead, type WorksheetFields } from './assembleScript.js';
import { WORKSHEETS, type PartDefinition, type WorksheetKind } from './worksheetDefinitions.js';

/** The lexicon of worksheet cues (data/lexicons/worksheet-cues.json). */
export const WORKSHEET_CUES_LEXICON = 'worksheet-cues';

export type PartStatus = 'ok' | 'missing' | 'problem';

/** Words that carried a reading: `start`/`end` index the text of field `part` as typed. */
export interface WorksheetEvidence {
  part: string;
  /** A style-marker kind, a worksheet-cue kind or a derived cue (worksheetDefinitions.ts). */
  kind: string;
  text: string;
  start: number;
  end: number;
}

export interface PartCheck {
  part: string;
  label: string;
  status: PartStatus;
  /** Stable: "ok", "empty", or the code of the rule that decided (e.g. "judgement", "no_feeling"). */
  code: string;
  /** What to do next, in plain words. */
  hint: string;
  /** For a problem, the words at fault (possibly in other parts, for script-wide checks); for ok, the words that carried it. */
  evidence: WorksheetEvidence[];
}

export interface WorksheetCheck {
  kind: WorksheetKind;
  parts: PartCheck[];
  /** The script assembled from the parts (assembleScript). */
  script: string;
  /** Every part ok. */
  complete: boolean;
}

export interface WorksheetChecker {
  check(kind: WorksheetKind, fields: WorksheetFields): WorksheetCheck;
}

type Analyze = Pick<Analyzer, 'analyze'>;

/** The worksheet cues from loaded resources; throws when missing (a packaging fault, as for a model). */
export function worksheetCuesFrom(resources: Resources): Lexicon {
  const lexicon = resources.lexicons[WORKSHEET_CUES_LEXICON];
  if (!lexicon) throw new Error(`the ${WORKSHEET_CUES_LEXICON} lexicon is missing from the resources`);
  return lexicon;
}

const REQUEST_KINDS = new Set(['specific_request', 'alternative_offer', 'negotiation']);
const APOLOGY_KINDS = new Set(['apology', 'over_apology']);

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Every cue found in one field, its offsets mapped back to the field as typed. */
function readField(part: PartDefinition, typed: string, analysisOf: (text: string) => UtteranceAnalysis, cues: Lexicon): WorksheetEvidence[] {
  const { text: body, offset } = withoutLead(part, typed);
  const lead = part.lead?.text ?? '';
  // The field is read in the sentence it will stand in ("I feel " + "ignored"), so cues that need
  // the lead (pseudo-feelings, "I feel like you…") are found; evidence keeps to the field's own words.
  const text = lead + body;
  const analysis = analysisOf(text);
  const found: WorksheetEvidence[] = [];
  const add = (kind: string, start: number, end: number) => {
    const s = Math.max(start, lead.length);
    const e = Math.min(end, text.length);
    if (e <= s) return;
    const fs = s - lead.length + offset;
    const fe = e - lead.length + offset;
    if (found.some((f) => f.kind === kind && overlaps(f, { start: fs, end: fe }))) return;
    found.push({ part: part.id, kind, text: typed.slice(fs, fe), start: fs, end: fe });
  };
  for (const m of analysis.markers) add(m.kind, m.start, m.end);
  for (const m of matchLexicon(cues, text)) add(m.entry.kind, m.start, m.end);
  const requests = [...analysis.markers.map((m) => ({ kind: m.kind, start: m.start, end: m.end })), ...matchLexicon(cues, text).map((m) => ({ kind: m.entry.kind, start: m.start, end: m.end }))].filter((m) => REQUEST_KINDS.has(m.kind));
  for (const r of analysis.empathy.rationales) {
    if (r.mechanism === 'ip') add('validating_reflection', r.start, r.end);
    // A request ("Could you…?") is a question too, but not interest in the other's side.
    else if (r.mechanism === 'ex' && !requests.some((q) => overlaps(q, r))) add('question_to_other', r.start, r.end);
  }
  return found;
}

/** The evidence for a rule's cues; `repeated_apology` is every apology once there are two or more. */
function matching(evidence: readonly WorksheetEvidence[], cues: readonly string[]): WorksheetEvidence[] {
  const wanted = new Set(cues);
  const out = evidence.filter((e) => wanted.has(e.kind));
  if (wanted.has('repeated_apology')) {
    const apologies = evidence.filter((e) => APOLOGY_KINDS.has(e.kind));
    if (apologies.length >= 2) for (const a of apologies) if (!out.includes(a)) out.push(a);
  }
  return out.sort((a, b) => a.part.localeCompare(b.part) || a.start - b.start);
}

function checkPart(part: PartDefinition, own: WorksheetEvidence[] | null, all: WorksheetEvidence[], anyText: boolean): PartCheck {
  const base = { part: part.id, label: part.label };
  if (own === null && !(part.optional && part.scope === 'script' && anyText)) return { ...base, status: 'missing', code: 'empty', hint: part.emptyHint, evidence: [] };
  const scoped = part.scope === 'script' ? all : (own ?? []);
  for (const rule of part.avoid) {
    const ev = matching(scoped, rule.cues);
    if (ev.length) return { ...base, status: 'problem', code: rule.code, hint: rule.hint, evidence: ev };
  }
  const carried: WorksheetEvidence[] = [];
  for (const rule of part.needs) {
    const ev = matching(own ?? [], rule.cues);
    if (!ev.length) return { ...base, status: 'missing', code: rule.code, hint: rule.hint, evidence: [] };
    carried.push(...ev.filter((e) => !carried.includes(e)));
  }
  return { ...base, status: 'ok', code: 'ok', hint: part.okHint, evidence: carried };
}

/** Analyses by text, most recent last: typing changes one field, so the others are read once. */
function memo(analyzer: Analyze, size: number): (text: string) => UtteranceAnalysis {
  const cache = new Map<string, UtteranceAnalysis>();
  return (text) => {
    const hit = cache.get(text);
    if (hit) {
      cache.delete(text);
      cache.set(text, hit);
      return hit;
    }
    const a = analyzer.analyze({ speaker: 'person', text });
    cache.set(text, a);
    if (cache.size > size) cache.delete(cache.keys().next().value as string);
    return a;
  };
}

function run(kind: WorksheetKind, fields: WorksheetFields, analysisOf: (text: string) => UtteranceAnalysis, cues: Lexicon): WorksheetCheck {
  const def = WORKSHEETS[kind];
  const readings = new Map<string, WorksheetEvidence[]>();
  for (const part of def.parts) {
    const typed = fields[part.id];
    if (typed !== undefined && typed.trim() !== '') readings.set(part.id, readField(part, typed, analysisOf, cues));
  }
  const all = [...readings.values()].flat();
  const parts = def.parts.map((p) => checkPart(p, readings.get(p.id) ?? null, all, readings.size > 0));
  return { kind, parts, script: assembleScript(kind, fields), complete: parts.every((p) => p.status === 'ok') };
}

/**
 * A checker that keeps the analyses of recent field texts (`cacheSize`), for checking while a person
 * types: only the field that changed is analysed again.
 */
export function createWorksheetChecker(analyzer: Analyze, cues: Lexicon, cacheSize = 256): WorksheetChecker {
  const analysisOf = memo(analyzer, cacheSize);
  return { check: (kind, fields) => run(kind, fields, analysisOf, cues) };
}

/**
 * Checks each part of a DEAR MAN, GIVE, FAST or "I" statement worksheet (worksheetDefinitions.ts) with
 * the analysis core: per part ok / missing / problem, the words that carried it and a plain hint, and
 * the assembled script. Unknown field names are ignored (parseWorksheetInput refuses them at the edge).
 */
export function checkWorksheet(kind: WorksheetKind, fields: WorksheetFields, analyzer: Analyze, cues: Lexicon): WorksheetCheck {
  return run(kind, fields, (text) => analyzer.analyze({ speaker: 'person', text }), cues);
}
