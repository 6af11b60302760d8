import type { Marker, UtteranceAnalysis } from '../core/types.js';

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  accent(s: string): string;
}
export const plainPaint: Paint = { bold: (s) => s, dim: (s) => s, accent: (s) => s };
export const ansiPaint: Paint = {
  bold: (s) => `\u001b[1m${s}\u001b[22m`,
  dim: (s) => `\u001b[2m${s}\u001b[22m`,
  accent: (s) => `\u001b[36m${s}\u001b[39m`,
};

const LEVEL = ['none', 'weak', 'strong'] as const;
const MECHANISM = { er: 'emotional reactions', ip: 'interpretations', ex: 'explorations' } as const;
const STYLE_WORDS: Record<string, string> = {
  passive: 'passive', assertive: 'assertive', aggressive: 'aggressive', passive_aggressive: 'passive-aggressive', neutral: 'neutral',
};
const NOTE_WORDS: Record<string, string> = {
  empty_text: 'the text is empty',
  truncated: 'only the beginning of a very long text was analysed',
  no_letters: 'the text has no words to analyse',
  control_characters_removed: 'control characters were ignored',
  non_english: 'the text does not look English; attune reads English, so take these readings lightly',
};

function quote(text: string, m: { start: number; end: number }): string {
  const s = text.slice(m.start, m.end).replace(/\s+/g, ' ');
  return `"${s.length > 60 ? `${s.slice(0, 57)}…` : s}"`;
}

function markerLines(text: string, markers: readonly Marker[], p: Paint): string[] {
  return markers.map((m) => `    ${m.kind.replace(/_/g, ' ').padEnd(22)} ${p.accent(quote(text, m))} ${p.dim(`→ ${m.leaning.replace(/_/g, '-')}`)}`);
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** A readable explanation of one analysis, for `attune code --text`. */
export function explainAnalysis(a: UtteranceAnalysis, p: Paint = plainPaint): string {
  const out: string[] = [];
  out.push(`${p.bold('Utterance')} (${a.speaker}): ${a.text.length > 200 ? `${a.text.slice(0, 197)}…` : a.text}`);
  for (const n of a.notes) out.push(p.dim(`  note: ${NOTE_WORDS[n.code] ?? n.code}${n.detail ? ` (${n.detail})` : ''}`));
  out.push('');
  out.push(`${p.bold('Empathy')} (EPITOME)`);
  for (const k of ['er', 'ip', 'ex'] as const) {
    out.push(`  ${MECHANISM[k].padEnd(20)} ${a.empathy[k]} ${LEVEL[a.empathy[k]]}`);
    for (const r of a.empathy.rationales.filter((r) => r.mechanism === k)) out.push(`    ${p.accent(quote(a.text, r))} ${p.dim(r.cue)}`);
  }
  out.push('');
  out.push(`${p.bold('Style')}: ${STYLE_WORDS[a.style]} ${p.dim(`(${pct(a.styleScores[a.style])})`)}`);
  out.push(...(a.markers.length ? markerLines(a.text, a.markers, p) : [p.dim('    no style markers found')]));
  if (a.stance !== undefined) {
    out.push('');
    out.push(`${p.bold('Therapist stance')}: ${a.stance}`);
    out.push(...(a.stanceMarkers?.length ? markerLines(a.text, a.stanceMarkers, p) : [p.dim('    following only: no directive moves found')]));
  }
  if (a.mi) {
    const sub = a.mi.reflection ?? a.mi.question;
    out.push('');
    out.push(`${p.bold('Counselling behaviour')}: ${a.mi.behaviour.replace('_', ' ')}${sub ? ` (${sub})` : ''} ${p.dim(`(${pct(a.mi.probabilities[a.mi.behaviour])})`)}`);
  }
  if (a.talk) {
    out.push('');
    out.push(`${p.bold('Client talk')}: ${a.talk} talk ${p.dim(`(${pct(a.talkProbabilities?.[a.talk] ?? 0)})`)}`);
  }
  out.push('');
  const b = a.balance;
  out.push(`${p.bold('Balance')}: ${b.label} ${p.dim(`(empathy ${b.empathy.toFixed(2)}, assertiveness ${b.assertiveness.toFixed(2)})`)}`);
  if (b.offBalance) out.push(`  off balance on the ${b.offBalance} side`);
  out.push('');
  out.push(p.dim('attune supports clinical judgement; it does not replace it.'));
  return out.join('\n');
}
