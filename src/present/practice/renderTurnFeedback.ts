import type { FeedbackEvidence, PracticeTurn } from '../../core/practice/practiceTypes.js';
import type { AnalysisNote } from '../../core/types.js';
import { painter, wrapBlock, type Painter, type PracticeRenderOptions, type Tone } from './practicePaint.js';
import { renderStateLine } from './renderStateLine.js';

const MARK: Record<FeedbackEvidence['tone'], [string, Tone | undefined]> = { good: ['+', 'good'], off: ['!', 'off'], neutral: ['·', undefined] };

const NOTE_WORDS: Record<AnalysisNote['code'], string> = {
  empty_text: 'the reply was empty',
  truncated: 'only the beginning of a very long reply was read',
  no_letters: 'the reply has no words to read',
  control_characters_removed: 'control characters were ignored',
  non_english: 'the reply does not look English; attune reads English, so take this feedback lightly',
};

const quoted = (ws: readonly string[]) => ws.filter((w) => w).map((w) => `"${w.length > 70 ? `${w.slice(0, 67)}…` : w}"`).join(', ');

function evidenceLine(e: FeedbackEvidence): string {
  const label = e.aspect === 'balance' ? `balance: ${e.label}` : e.aspect === 'mi' ? `counselling: ${e.label}` : e.label;
  const ws = quoted(e.words);
  return ws ? `${label}: ${ws}` : label;
}

function section(title: string, paint: Painter): string {
  return paint(`  ${title}`, 'bold');
}

/**
 * The feedback after one reply, in four parts: what the reply did (empathy mechanisms, style or
 * stance, markers, counselling behaviour and balance, each with the words that carried it), how the
 * other person took it (the scenario's notes and every state variable, rapport first), what went well
 * (only when something did) and the one suggestion with its example.
 */
export function renderTurnFeedback(turn: PracticeTurn, otherName: string, options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  const fb = turn.feedback;
  const out: string[] = [section('What your reply did', paint)];
  for (const n of turn.analysis.notes) out.push(...wrapBlock('    note: ', NOTE_WORDS[n.code] ?? n.code, width, paint, 'warn', 'warn'));
  for (const e of fb.did) {
    const [mark, tone] = MARK[e.tone];
    out.push(...wrapBlock(`    ${mark} `, evidenceLine(e), width, paint, undefined, tone));
  }
  out.push(section(`How ${otherName} took it`, paint));
  if (fb.reaction.length === 0) out.push(...wrapBlock('    ', 'No visible reaction.', width, paint, 'dim'));
  for (const r of fb.reaction) out.push(...wrapBlock('    ', r, width, paint));
  out.push(...wrapBlock('    ', renderStateLine(turn.state.before, turn.state.after), width, paint, 'dim'));
  if (fb.wentWell.length) {
    out.push(section('What went well', paint));
    for (const w of fb.wentWell) out.push(...wrapBlock('    + ', w, width, paint, undefined, 'good'));
  }
  if (fb.suggestion) {
    out.push(section('Try this', paint));
    out.push(...wrapBlock('    ', fb.suggestion.advice, width, paint));
    if (fb.suggestion.example) out.push(...wrapBlock('    For example: ', `"${fb.suggestion.example}"`, width, paint, 'accent', 'dim'));
  }
  return out.join('\n');
}
