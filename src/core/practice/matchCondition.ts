import type { UtteranceAnalysis } from '../types.js';
import { compare, type Condition } from './scenario.js';

/** What a condition is read against. */
export interface ConditionContext {
  analysis: UtteranceAnalysis;
  state: Readonly<Record<string, number>>;
  /** The learner's turn number, from 1. */
  turn: number;
  /** Ids of the rules that fired this turn (empty while rules are being tried). */
  fired: ReadonlySet<string>;
}

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** True when every field of `c` holds (an empty or missing condition always holds). */
export function matchCondition(c: Condition | undefined, ctx: ConditionContext): boolean {
  if (!c) return true;
  const a = ctx.analysis;
  if (c.empathy) {
    const { er, ip, ex } = a.empathy;
    const levels = { er, ip, ex, total: er + ip + ex };
    for (const [k, cmp] of Object.entries(c.empathy)) {
      if (cmp !== undefined && !compare(levels[k as keyof typeof levels], cmp)) return false;
    }
  }
  if (c.style !== undefined && !list(c.style).includes(a.style)) return false;
  if (c.stance !== undefined && (a.stance === undefined || !list(c.stance).includes(a.stance))) return false;
  if (c.markers) {
    const found = new Set([...a.markers, ...(a.stanceMarkers ?? [])].map((m) => m.kind));
    if (c.markers.any && !c.markers.any.some((k) => found.has(k))) return false;
    if (c.markers.all && !c.markers.all.every((k) => found.has(k))) return false;
    if (c.markers.none && c.markers.none.some((k) => found.has(k))) return false;
  }
  if (c.mi) {
    if (!a.mi) return false;
    if (c.mi.behaviour !== undefined && !list(c.mi.behaviour).includes(a.mi.behaviour)) return false;
    if (c.mi.reflection !== undefined && (a.mi.reflection === null || !list(c.mi.reflection).includes(a.mi.reflection))) return false;
    if (c.mi.question !== undefined && (a.mi.question === null || !list(c.mi.question).includes(a.mi.question))) return false;
  }
  if (c.quadrant !== undefined && !list(c.quadrant).includes(a.balance.quadrant)) return false;
  if (c.off_balance !== undefined && !list(c.off_balance).includes(a.balance.offBalance ?? 'none')) return false;
  if (c.balance) {
    if (c.balance.empathy !== undefined && !compare(a.balance.empathy, c.balance.empathy)) return false;
    if (c.balance.assertiveness !== undefined && !compare(a.balance.assertiveness, c.balance.assertiveness)) return false;
  }
  if (c.state) {
    for (const [name, cmp] of Object.entries(c.state)) {
      const v = ctx.state[name];
      if (v === undefined || !compare(v, cmp)) return false;
    }
  }
  if (c.turn !== undefined && !compare(ctx.turn, c.turn)) return false;
  if (c.fired !== undefined && !list(c.fired).some((id) => ctx.fired.has(id))) return false;
  if (c.all && !c.all.every((sub) => matchCondition(sub, ctx))) return false;
  if (c.any && !c.any.some((sub) => matchCondition(sub, ctx))) return false;
  if (c.not && matchCondition(c.not, ctx)) return false;
  return true;
}
