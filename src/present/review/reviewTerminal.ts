import type { Rating, ReviewReport } from '../../core/review/reviewTypes.js';
import { displayWidth, inlineText, truncateStartToWidth, truncateToWidth, wrapToWidth } from './terminalText.js';
import {
  FOCUS_WORDS, JUDGEMENT_NOTE, MITI_THRESHOLDS, orDash, percent, RATING_WORDS, rolesSentence, RUPTURE_WORDS, SAFETY_NOTE, safetyWords,
  structureWords, turnNumber,
} from './reviewWords.js';

export interface ReviewTerminalOptions {
  /** ANSI colour; plain text when false (the caller decides: a TTY, NO_COLOR, --no-color). */
  color: boolean;
  /** Screen size the summary must fit (default 80 × 24). */
  width?: number;
  height?: number;
}

type Tone = 'bold' | 'dim' | 'accent' | 'alert' | 'good' | 'fair' | 'poor';
type Segment = readonly [text: string, tone?: Tone];
type Line = readonly Segment[];

const ANSI: Record<Tone, [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  accent: ['\u001b[36m', '\u001b[39m'],
  alert: ['\u001b[1;31m', '\u001b[22;39m'],
  good: ['\u001b[32m', '\u001b[39m'],
  fair: ['\u001b[33m', '\u001b[39m'],
  poor: ['\u001b[31m', '\u001b[39m'],
};

/** The line cut to `width` columns (cutting before painting, so colour codes never count). */
function render(line: Line, width: number, color: boolean): string {
  let out = '';
  let used = 0;
  for (const [text, tone] of line) {
    const room = width - used;
    if (room <= 0) break;
    const w = displayWidth(text);
    const piece = w <= room ? text : truncateToWidth(text, room);
    used += w <= room ? w : displayWidth(piece);
    out += color && tone ? `${ANSI[tone][0]}${piece}${ANSI[tone][1]}` : piece;
    if (w > room) break;
  }
  return out.trimEnd();
}

const LABEL = 10;
const label = (s: string): Segment => [s.padEnd(LABEL), 'bold'];
const ratingTone = (r: Rating | null): Tone | undefined => (r === 'good' ? 'good' : r === 'fair' ? 'fair' : r === 'below_fair' ? 'poor' : undefined);
const ratingWord = (r: Rating | null) => (r ? RATING_WORDS[r] : 'not rated');

function duration(seconds: number | null): string {
  if (seconds === null) return '';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return ` · ${m}:${String(s).padStart(2, '0')}`;
}

function quoteOf(r: ReviewReport, turn: number, cue: { text: string } | undefined): string {
  const text = inlineText(cue?.text ?? r.turns[turn]?.text ?? '');
  return text ? `"${text}"` : '';
}

/**
 * A section: its first line is always kept; `items` are trimmed from the end when the screen is full
 * (the first line then says how many were left out). `keep` items are never trimmed.
 */
interface Section {
  head: (omitted: number) => Line[];
  items: Line[][];
  keep: number;
  /** Lower trims first. */
  priority: number;
}

function fit(sections: Section[], height: number): Line[] {
  const shown = sections.map((s) => s.items.length);
  const total = () => sections.reduce((n, s, i) => n + s.head(0).length + s.items.slice(0, shown[i]).reduce((m, g) => m + g.length, 0), 0);
  const order = sections.map((s, i) => [s.priority, i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => i);
  // Within the lowest priority that can still give, trim the section that shows the most lines, one
  // item at a time, so highlights and advice share the screen instead of one crowding out the other.
  const linesShown = (i: number) => sections[i].items.slice(0, shown[i]).reduce((m, g) => m + g.length, 0);
  while (total() > height) {
    const open = order.filter((i) => shown[i] > sections[i].keep);
    if (open.length === 0) break;
    const tier = sections[open[0]].priority;
    const candidates = open.filter((i) => sections[i].priority === tier);
    const i = candidates.reduce((best, c) => (linesShown(c) > linesShown(best) ? c : best));
    shown[i]--;
  }
  // Trimming a long item may have freed more room than needed: give it back to items that fit.
  for (const i of [...order].reverse()) {
    while (shown[i] < sections[i].items.length && total() + sections[i].items[shown[i]].length <= height) shown[i]++;
  }
  return sections.flatMap((s, i) => [...s.head(s.items.length - shown[i]), ...s.items.slice(0, shown[i]).flat()]);
}

/** Structure moments grouped by kind: "agenda (turns 1, 3) · closing summary (turn 40)". */
function structureSummary(r: ReviewReport): string {
  const byKind = new Map<string, number[]>();
  for (const m of r.structure) byKind.set(structureWords(m), [...(byKind.get(structureWords(m)) ?? []), turnNumber(m.turn)]);
  return [...byKind].map(([k, turns]) => `${k} (turn${turns.length > 1 ? 's' : ''} ${turns.join(', ')})`).join(' · ');
}

const more = (omitted: number): Segment[] => (omitted > 0 ? [[` (+${omitted} more in the full report)`, 'dim']] : []);

/**
 * The session at a glance, one screen (80 × 24 by default): safety first when flagged, MITI scores
 * against their thresholds, empathy, stance and balance shares, ruptures and repair, focus,
 * structure, short highlights, what to practise next and how the roles were decided.
 */
export function renderReviewTerminal(r: ReviewReport, options: ReviewTerminalOptions): string {
  const width = options.width ?? 80;
  const height = options.height ?? 24;
  const s = r.summary;
  const sections: Section[] = [];
  const line = (...segs: Segment[]): Section => ({ head: () => [segs], items: [], keep: 0, priority: 99 });

  const facts = ` · ${s.turns} turn${s.turns === 1 ? '' : 's'} (${s.therapistTurns} therapist, ${s.clientTurns} client)${duration(s.durationSeconds)}${r.redacted ? ' · redacted' : ''}`;
  // The file name gives way first (keeping its end, where sessions differ), so the facts stay whole.
  const room = Math.max(8, width - displayWidth('attune review · ') - displayWidth(facts));
  sections.push(line(['attune review', 'bold'], [` · ${truncateStartToWidth(inlineText(r.source.id), room)}`], [facts, 'dim']));

  if (r.safety.length > 0) {
    // At most four listed, so the rest of the summary keeps some room; the count says how many.
    const flags = r.safety.slice(0, 4).map((f): Line[] => [[
      ['!! ', 'alert'], [`${safetyWords(f)} at turn ${turnNumber(f.turn)}: `, 'alert'], [quoteOf(r, f.turn, f.cues[0]), 'accent'],
    ]]);
    sections.push({
      head: (omitted) => [
        [['!! SAFETY: ', 'alert'], [`${r.safety.length} flagged turn${r.safety.length > 1 ? 's' : ''}, read ${r.safety.length > 1 ? 'them' : 'it'} first`, 'alert'], ...more(omitted + r.safety.length - flags.length)],
        [['!! ', 'alert'], [SAFETY_NOTE, 'bold']],
      ],
      items: flags,
      keep: 1,
      priority: 100,
    });
  }

  const m = s.miti;
  const t = MITI_THRESHOLDS;
  const pc = (v: number | null) => (v === null ? '—' : `${v.toFixed(0)}%`);
  const pad: Segment = [' '.repeat(LABEL)];
  sections.push({
    head: () => [
      [label('MITI'), [`${m.counts.reflection} reflections : ${m.counts.question} questions = ${orDash(s.reflectionToQuestion)} `],
        [ratingWord(m.ratings.reflectionToQuestion), ratingTone(m.ratings.reflectionToQuestion)], [` (fair ${t.reflectionToQuestion.fair}, good ${t.reflectionToQuestion.good})`, 'dim']],
      [pad, [`complex reflections ${pc(s.percentComplexReflections)} `], [ratingWord(m.ratings.percentComplexReflections), ratingTone(m.ratings.percentComplexReflections)],
        [` (fair ${t.percentComplexReflections.fair}%, good ${t.percentComplexReflections.good}%)`, 'dim']],
      [pad, [`open questions ${pc(s.percentOpenQuestions)}`], [' (MITI sets no threshold)', 'dim']],
    ],
    items: [],
    keep: 0,
    priority: 99,
  });
  const e = s.empathy;
  sections.push(line(label('Empathy'), [`ER ${e.er.toFixed(1)}  IP ${e.ip.toFixed(1)}  EX ${e.ex.toFixed(1)}  mean ${e.mean.toFixed(2)}`], [' (EPITOME 0–2, therapist turns)', 'dim']));
  const st = s.stanceShares;
  sections.push(line(label('Stance'), [`following ${percent(st.none)}  assertive ${percent(st.assertive)}  aggressive ${percent(st.aggressive)}  passive ${percent(st.passive)}`]));
  const q = s.quadrantShares;
  sections.push(line(label('Balance'), [`attuned ${percent(q.attuned_and_clear)}  warm/drifting ${percent(q.warm_but_drifting)}  directive/distant ${percent(q.directive_but_distant)}  disengaged ${percent(q.disengaged)}`]));
  sections.push(line(label('Client'), [`change talk ${percent(s.clientTalkShares.change)}  sustain talk ${percent(s.clientTalkShares.sustain)}`],
    [s.therapistTalkShare === null ? '' : ` · therapist speaks ${percent(s.therapistTalkShare)} of the words`, 'dim']));

  const unrepaired = r.ruptures.filter((x) => !x.repaired);
  sections.push(line(label('Ruptures'),
    r.ruptures.length === 0 ? ['none found', 'dim'] : [`${r.ruptures.length} found, ${r.ruptures.length - unrepaired.length} repaired`, unrepaired.length ? 'fair' : 'good'],
    [unrepaired.length ? ` · not repaired: ${unrepaired.map((x) => `${RUPTURE_WORDS[x.kind]} turn ${turnNumber(x.turn)}`).join(', ')}` : '']));
  sections.push(line(label('Focus'), r.focus.length === 0 ? ['stayed on the client', 'dim'] : [r.focus.map((f) => `${FOCUS_WORDS[f.kind]} turn ${turnNumber(f.turn)}, ${f.refocused ? `refocused${f.refocusTurn !== null ? ` at ${turnNumber(f.refocusTurn)}` : ''}` : 'not refocused'}`).join(' · ')]));
  sections.push(line(label('Structure'), r.structure.length === 0 ? ['no agenda, goals or closing found', 'dim'] : [structureSummary(r)]));

  const inner = width - 4;
  // Interleaved (what to change, what worked, what balanced) so a full screen still shows one of each.
  const problematic = r.highlights.problematic.map((h): Line[] => [
    [['  - ', 'poor'], [`turn ${turnNumber(h.turn)}: ${inlineText(h.reason)}`]],
    ...(h.alternative
      ? wrapToWidth(`"${inlineText(h.alternative)}"`, width - 9, 2).map((l, i): Line => [[i === 0 ? '    try: ' : '         ', 'good'], [l, 'accent']])
      : []),
  ]);
  const good = (kind: 'empathic' | 'balanced') => r.highlights[kind].map((h): Line[] => [[['  + ', 'good'], [`turn ${turnNumber(h.turn)} ${kind}: ${inlineText(h.reason)}`]]]);
  const lists = [problematic, good('empathic'), good('balanced')];
  const highlightItems: Line[][] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) highlightItems.push(l[i]);
  if (highlightItems.length > 0) {
    sections.push({ head: (omitted) => [[['Highlights', 'bold'], ...more(omitted)]], items: highlightItems, keep: 0, priority: 1 });
  }
  if (r.practiseNext.length > 0) {
    sections.push({
      head: (omitted) => [[['Practise next', 'bold'], ...more(omitted)]],
      items: r.practiseNext.map((p) => wrapToWidth(inlineText(p), inner, 2).map((l, i): Line => [[i === 0 ? '  • ' : '    '], [l]])),
      keep: 0,
      priority: 1,
    });
  }
  sections.push(line([inlineText(rolesSentence(r.roles)), 'dim']));
  sections.push(line([JUDGEMENT_NOTE, 'dim']));

  return fit(sections, height).map((l) => render(l, width, options.color)).join('\n');
}
