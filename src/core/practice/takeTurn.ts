import type { Analyzer } from '../analyzeUtterance.js';
import type { Resources } from '../resources.js';
import { createSuggester, suggestAlternative } from '../suggest/suggestAlternative.js';
import { buildFeedback } from './buildFeedback.js';
import { chooseLine } from './chooseLine.js';
import { matchCondition, type ConditionContext } from './matchCondition.js';
import type { FiredRule, PracticeSession, PracticeTurn, SessionEnding, StateValues, Suggester } from './practiceTypes.js';
import type { Scenario, ScenarioRule } from './scenario.js';
import { seededDraw } from './seededDraw.js';
import { learnerSpeaker, otherSpeaker, sessionTranscript } from './sessionTranscript.js';

export interface TurnOptions {
  /** Builds the suggestion's example rewrite from the learner's words (default: suggestAlternative). */
  suggest?: Suggester;
}

/** The turn options that use the shipped wording of suggested rewrites (`data/suggestions/`). */
export function turnOptionsFor(resources: Resources): TurnOptions {
  return resources.suggestions ? { suggest: createSuggester(resources.suggestions) } : {};
}

export interface TurnResult {
  /** The session after the turn (the one given is left unchanged). */
  session: PracticeSession;
  turn: PracticeTurn;
}

/** The analysis reads this many earlier turns (analyzeUtterance's CONTEXT_TURNS); more would be ignored. */
const CONTEXT_TURNS = 3;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

function applyRule(rule: ScenarioRule, state: StateValues, scenario: Scenario): StateValues {
  const before = { ...state };
  for (const [name, d] of Object.entries(rule.change)) {
    const v = scenario.state[name];
    state[name] = clamp(state[name] + d, v.min, v.max);
  }
  for (const [name, x] of Object.entries(rule.set)) {
    const v = scenario.state[name];
    state[name] = clamp(x, v.min, v.max);
  }
  const change: StateValues = {};
  for (const name of Object.keys(state)) if (state[name] !== before[name]) change[name] = state[name] - before[name];
  return change;
}

/**
 * The rules that fire on a reply, tried in file order against the state before the turn; a rule with
 * `stop` ends the trying. `otherwise` rules are tried only when no other rule fired. Each fired rule's
 * changes are applied in turn and clamped to the variables' ranges.
 */
function fireRules(scenario: Scenario, ctx: ConditionContext, state: StateValues): FiredRule[] {
  const fired: FiredRule[] = [];
  const run = (rules: readonly ScenarioRule[]) => {
    for (const rule of rules) {
      if (!matchCondition(rule.when, ctx)) continue;
      const change = applyRule(rule, state, scenario);
      fired.push({ id: rule.id, ...(rule.note ? { note: rule.note } : {}), change, shows: [...rule.shows], misses: [...rule.misses] });
      if (rule.stop) break;
    }
  };
  run(scenario.rules.filter((r) => !r.otherwise));
  if (fired.length === 0) run(scenario.rules.filter((r) => r.otherwise));
  return fired;
}

/**
 * One learner turn: analyses the reply in the context of the conversation, fires the scenario's rules,
 * updates the simulated person's state, checks the endings (in file order, then the turn limit), draws
 * the person's next line (seeded, never the line just said) and builds the feedback. Pure given the
 * analyzer: the same session, reply and analyzer always give the same result.
 * Throws if the session has already ended (a caller's mistake, not an input problem).
 */
export function takeTurn(session: PracticeSession, reply: string, analyzer: Analyzer, options: TurnOptions = {}): TurnResult {
  if (session.ending) throw new Error(`practice session "${session.scenario.id}" has already ended`);
  const { scenario } = session;
  const turnNo = session.turns.length + 1;
  const transcript = sessionTranscript(session);
  const previousLine = transcript[transcript.length - 1].text;
  const analysis = analyzer.analyze({ speaker: learnerSpeaker(scenario.role), text: reply, context: transcript.slice(-CONTEXT_TURNS) });

  // The person's line, read too, so a suggested reflection can find the feeling in their words.
  const heard = analyzer.analyze({ speaker: otherSpeaker(scenario.role), text: previousLine, context: transcript.slice(-CONTEXT_TURNS - 1, -1) });
  const previous = { text: previousLine, markers: heard.markers };

  const before = { ...session.state };
  const after = { ...session.state };
  const fired = fireRules(scenario, { analysis, state: before, turn: turnNo, fired: new Set() }, after);
  const change: StateValues = {};
  for (const name of Object.keys(after)) if (after[name] !== before[name]) change[name] = after[name] - before[name];

  const ctx: ConditionContext = { analysis, state: after, turn: turnNo, fired: new Set(fired.map((f) => f.id)) };
  const draw = seededDraw(session.seed, turnNo, 'line');
  let ended: SessionEnding | null = null;
  let line: string;
  let lineFrom: string;
  const ending = scenario.endings.find((e) => matchCondition(e.when, ctx));
  if (ending) {
    ended = { id: ending.id, outcome: ending.outcome, message: ending.message };
    line = chooseLine(ending.say, previousLine, draw);
    lineFrom = ending.id;
  } else if (turnNo >= scenario.max_turns) {
    ended = { id: 'out_of_turns', outcome: scenario.out_of_turns.outcome, message: scenario.out_of_turns.message };
    line = chooseLine(scenario.out_of_turns.say, previousLine, draw);
    lineFrom = 'out_of_turns';
  } else {
    // The schema check guarantees a group with no condition, so one always matches.
    const group = scenario.lines.find((g) => matchCondition(g.when, ctx)) ?? scenario.lines[scenario.lines.length - 1];
    line = chooseLine(group.say, previousLine, draw);
    lineFrom = group.id;
  }

  const turn: PracticeTurn = {
    turn: turnNo,
    reply,
    analysis,
    fired,
    state: { before, after, change },
    line,
    lineFrom,
    feedback: buildFeedback(analysis, fired, scenario, previous, options.suggest ?? suggestAlternative),
    ended,
  };
  return { session: { ...session, state: after, turns: [...session.turns, turn], ending: ended }, turn };
}
