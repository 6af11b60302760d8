import { QUADRANT_LABELS } from '../../core/balance.js';
import type { SessionSummary, SkillRecord } from '../../core/practice/practiceTypes.js';
import { SKILL_INFO } from '../../core/practice/skills.js';
import { QUADRANTS } from '../../core/types.js';
import { painter, wrapBlock, type PracticeRenderOptions, type Tone } from './practicePaint.js';
import { renderBalancePath } from './renderBalancePath.js';
import { stateOrder } from './renderStateLine.js';

const OUTCOME_TONE: Record<string, Tone> = { success: 'good', partial: 'warn', failure: 'off' };
const signed = (n: number, digits = 2) => `${n > 0 ? '+' : ''}${n.toFixed(digits)}`;

const SKILL_MARK: Record<SkillRecord['status'], [string, Tone]> = { reliable: ['+', 'good'], emerging: ['~', 'warn'], missed: ['!', 'off'] };

function skillWords(s: SkillRecord): string {
  const counts = `shown in ${s.shown} turn${s.shown === 1 ? '' : 's'}${s.missed ? `, missed in ${s.missed}` : ''}`;
  if (s.status === 'reliable') return `${s.label}: shown reliably (${counts})`;
  if (s.status === 'emerging') return `${s.label}: emerging, not yet reliable (${counts})`;
  return `${s.label}: not shown yet${s.missed ? ` (missed in ${s.missed} turn${s.missed === 1 ? '' : 's'})` : ''}`;
}

const ACTION_WORDS = { advance: 'Next level', repeat: 'Practise again', step_back: 'Step back' } as const;

/**
 * The end of a session on the terminal: how it ended, the scores (balance means, EPITOME means,
 * replies per quadrant and off balance, MITI-style counts for therapists), the state's path, the
 * balance path, each trained skill shown or missed, the debrief and the next scenario to try.
 */
export function renderPracticeSummary(s: SessionSummary, options: PracticeRenderOptions): string {
  const paint = painter(options.color);
  const width = options.width ?? 80;
  const head = (t: string) => paint(t, 'bold');
  const out: string[] = [];
  if (s.ending) {
    out.push(...wrapBlock(`Session over: ${s.ending.outcome} · `, s.ending.message, width, paint, undefined, OUTCOME_TONE[s.ending.outcome]));
  } else {
    out.push(paint(`Session stopped after ${s.turns} turn${s.turns === 1 ? '' : 's'}, before it reached an ending.`, 'bold'));
  }
  out.push(paint(`${s.title} · ${s.role} · level ${s.level}`, 'dim'));
  if (s.turns === 0) {
    out.push('', paint('No replies, so nothing to score.', 'dim'));
  } else {
    const sc = s.scores;
    out.push('', head('Scores'));
    out.push(...wrapBlock('  ', `empathy ${sc.empathy.toFixed(2)} (0 to 1) · assertiveness ${signed(sc.assertiveness)} (-1 to 1) · EPITOME means: emotional reactions ${sc.mechanisms.er.toFixed(1)}, interpretations ${sc.mechanisms.ip.toFixed(1)}, explorations ${sc.mechanisms.ex.toFixed(1)} (0 to 2)`, width, paint));
    const quads = QUADRANTS.map((q) => `${QUADRANT_LABELS[q]} ${sc.quadrants[q]}`).join(' · ');
    out.push(...wrapBlock('  ', `replies: ${quads} · off balance: ${sc.offBalance.passive} passive, ${sc.offBalance.aggressive} aggressive`, width, paint));
    if (sc.mi) {
      const m = sc.mi;
      const rq = m.reflectionToQuestion === null ? 'no questions' : `reflections per question ${m.reflectionToQuestion.toFixed(1)} (MITI fair 1, good 2)`;
      const pc = m.percentComplex === null ? '' : ` · complex reflections ${m.percentComplex}% (fair 40%, good 50%)`;
      out.push(...wrapBlock('  ', `counselling: ${m.reflections} reflection${m.reflections === 1 ? '' : 's'}, ${m.questions} question${m.questions === 1 ? '' : 's'} · ${rq}${pc}`, width, paint));
    }
  }
  out.push('', head('State'));
  const state = Object.fromEntries(Object.entries(s.state).map(([k, v]) => [k, v.end]));
  for (const k of stateOrder(state)) {
    const v = s.state[k];
    const moved = v.end === v.start ? `${v.end} (unchanged)` : `${v.start} → ${v.end}`;
    out.push(`  ${k.replace(/_/g, ' ')} ${moved}${v.min !== v.max ? paint(` (lowest ${v.min}, highest ${v.max})`, 'dim') : ''}`);
  }
  out.push('', head('Balance path'), renderBalancePath(s.balancePath, options));
  out.push('', head('Skills'));
  for (const sk of s.skills) {
    const [mark, tone] = SKILL_MARK[sk.status];
    out.push(...wrapBlock(`  ${mark} `, skillWords(sk), width, paint, undefined, tone));
  }
  if (s.debrief.length) {
    out.push('', head('Debrief'));
    for (const d of s.debrief) out.push(...wrapBlock('  - ', d, width, paint));
  }
  if (s.next) {
    const n = s.next;
    out.push('', head('Next'));
    const target = n.scenarioId ? `"${n.title}" (level ${n.level})` : 'nothing further to suggest';
    const focus = n.focus.length ? ` Focus on: ${n.focus.map((f) => SKILL_INFO[f].label).join(', ')}.` : '';
    out.push(...wrapBlock(`  ${ACTION_WORDS[n.action]}: `, `${target}. ${n.reason.charAt(0).toUpperCase()}${n.reason.slice(1)}.${focus}`, width, paint, undefined, 'bold'));
    if (n.scenarioId) out.push(`  ${paint(`attune practice ${n.scenarioId}`, 'accent')}`);
  }
  return out.join('\n');
}
