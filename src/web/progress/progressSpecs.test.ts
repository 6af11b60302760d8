import { describe, expect, it } from 'vitest';
import type { BalancePathPoint, DiaryPoint, MasteredPoint, PracticePoint } from '../../shared/api/index.js';
import { balanceValues, diarySpec, diarySummary, diaryValues, masteredValues, practiceSpec, practiceValues, scoresOverTimeSpec } from './progressSpecs.js';

const session = (over: Partial<PracticePoint>): PracticePoint => ({
  sessionId: 's', scenarioId: 'x', title: 'X', level: 1, at: '2025-01-01T10:00:00.000Z', status: 'ended', outcome: 'success', turns: 3, empathy: 0.5, assertiveness: 0.2, ...over,
});
const reply = (sessionId: string, turn: number): BalancePathPoint => ({ sessionId, turn, empathy: 0.6, assertiveness: 0.3, quadrant: 'attuned_and_clear' });
const entry = (over: Partial<DiaryPoint>): DiaryPoint => ({ entryId: 'e', occurredAt: '2025-01-02T00:00:00.000Z', anxietyBefore: null, anxietyAfter: null, ...over });

describe('dashboard chart data', () => {
  it('numbers practice sessions oldest first and words their outcome', () => {
    const v = practiceValues([session({ outcome: 'failure' }), session({ outcome: null, status: 'in_progress' })]);
    expect(v.map((p) => [p.n, p.outcome])).toEqual([[1, 'did not work out'], [2, 'in progress or stopped']]);
  });

  it('draws empathy on 0..1 with the warm line and assertiveness on −1..1 with the clear line', () => {
    type Layer = { mark: { type: string }; encoding: { y: { datum?: number; field?: string; scale?: { domain: number[] } } } };
    const layers = (field: 'empathy' | 'assertiveness') => (practiceSpec([session({})], field) as { layer: Layer[] }).layer;
    const e = layers('empathy');
    expect(e[0].encoding.y.datum).toBe(0.5);
    expect(e[3].encoding.y).toMatchObject({ field: 'empathy', scale: { domain: [0, 1] } });
    const a = layers('assertiveness');
    expect(a[0].encoding.y.datum).toBe(0.2);
    expect(a[3].encoding.y).toMatchObject({ field: 'assertiveness', scale: { domain: [-1, 1] } });
  });

  it('fades older sessions on the balance plane and joins only the latest', () => {
    const v = balanceValues([reply('a', 1), reply('b', 1), reply('c', 1), reply('c', 3)]);
    expect(v.map((p) => p.recency)).toEqual([0.25, 0.625, 1, 1]);
    expect(v.map((p) => p.latest)).toEqual([false, false, true, true]);
    expect(v[0].quadrant).toBe('attuned and clear');
    expect(balanceValues([reply('only', 1)])[0].recency).toBe(1);
  });

  it('counts scenarios mastered cumulatively by date, whatever order they come in', () => {
    const m = (title: string, at: string): MasteredPoint => ({ scenarioId: title, title, level: 1, at, sessionId: 's' });
    const v = masteredValues([m('b', '2025-02-01T00:00:00Z'), m('a', '2025-01-01T00:00:00Z'), m('c', '2025-03-01T00:00:00Z')]);
    expect(v.map((p) => [p.title, p.count])).toEqual([['a', 1], ['b', 2], ['c', 3]]);
  });

  it('plots each diary rating given, and joins before and after only when both are', () => {
    const diary = [entry({ anxietyBefore: 70, anxietyAfter: 40 }), entry({ anxietyBefore: 50 }), entry({})];
    const { ratings, pairs } = diaryValues(diary);
    expect(ratings.map((r) => [r.when, r.anxiety])).toEqual([['before', 70], ['after', 40], ['before', 50]]);
    expect(pairs).toEqual([{ at: diary[0].occurredAt, before: 70, after: 40 }]);
    const spec = diarySpec(diary) as { layer: Array<{ data: { values: unknown[] } }> };
    expect(spec.layer.map((l) => l.data.values.length)).toEqual([1, 3]);
  });

  it('tells the diary story in words', () => {
    expect(diarySummary([])).toMatch(/No entry has both/);
    expect(diarySummary([entry({ anxietyBefore: 80, anxietyAfter: 40 }), entry({ anxietyBefore: 60, anxietyAfter: 50 })])).toBe('Across 2 entries rated before and after, anxiety fell by 25 points on average (from 70 to 45).');
    expect(diarySummary([entry({ anxietyBefore: 30, anxietyAfter: 50 })])).toMatch(/rose by 20 points/);
    expect(diarySummary([entry({ anxietyBefore: 30, anxietyAfter: 30 })])).toMatch(/about the same/);
  });

  it('draws a questionnaire on its own range, with the cut-off line only where there is one', () => {
    const pts = [{ at: '2025-01-01T00:00:00Z', scale: 'Personal burnout', score: 55 }];
    const withCut = scoresOverTimeSpec(pts, { min: 0, max: 100 }, 50) as { layer: Array<{ mark: { type: string }; encoding: { y: { scale?: { domain: number[] }; datum?: number } } }> };
    expect(withCut.layer[0].mark.type).toBe('rule');
    expect(withCut.layer[0].encoding.y.datum).toBe(50);
    expect(withCut.layer[1].encoding.y.scale?.domain).toEqual([0, 100]);
    const without = scoresOverTimeSpec(pts, { min: 1, max: 5 }) as { layer: unknown[] };
    expect(without.layer).toHaveLength(1);
  });
});
