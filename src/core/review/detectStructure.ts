import type { LexiconMatch } from '../lexicon/lexicon.js';
import type { Resources } from '../resources.js';
import { ALLIANCE_LEXICON } from './detectRuptures.js';
import { addCue, cueOf, reviewLexicon, turnMatches, type ReviewCue } from './reviewLexicon.js';
import type { ReviewTurn, StructureKind, StructureMoment } from './reviewTypes.js';
import { turnShape } from './turnShape.js';

/** Stance markers (data/lexicons/stance-markers.json) that are structuring moments, and their kind. */
const STANCE_KINDS: Record<string, StructureKind> = {
  agenda: 'agenda',
  goal_setting: 'goal_setting',
  boundary: 'boundary',
  limit_with_alternative: 'boundary',
  process_transparency: 'process_transparency',
};
const STANCE_CUES: Record<string, string> = {
  agenda: 'sets or negotiates the agenda',
  goal_setting: 'works on goals with the client',
  boundary: 'states a professional limit',
  limit_with_alternative: 'holds a limit and offers an alternative',
  process_transparency: 'talks openly about how the work goes',
  summary_with_direction: 'summarises and points ahead',
};
/** The closing part of a session: its last fifth, and never fewer than this many turns. */
const CLOSING_SHARE = 0.2;
const CLOSING_MIN_TURNS = 6;
/** How far (turns) a client goal statement may follow the therapist's goal-setting to count as collaboration. */
const GOAL_REPLY_TURNS = 3;
const ORDER: readonly StructureKind[] = ['agenda', 'goal_setting', 'process_transparency', 'boundary', 'closing_summary', 'termination'];

/** Words a client's reply to a goal question needs to count as proposing something ("I don't know" does not). */
const GOAL_REPLY_MIN_WORDS = 4;

/**
 * Whether therapist turn `i` asks the client about goals and the client's next turn answers with a
 * proposal of their own ("Maybe message one person a week?"): a reply of some length that is not
 * sustain talk.
 */
function answersGoalQuestion(turns: readonly ReviewTurn[], i: number): boolean {
  if (!turns[i].text.includes('?')) return false;
  const reply = turns[i + 1];
  if (!reply || reply.role !== 'client') return false;
  return turnShape(reply.text).words >= GOAL_REPLY_MIN_WORDS && reply.analysis.talk !== 'sustain';
}

/**
 * The structuring moments of a session (domain primer §6): setting an agenda, collaborative goal
 * setting, talking openly about the process, holding a boundary, a closing summary and termination.
 * - agenda, goal_setting, boundary, process_transparency: the therapist's stance markers of those
 *   kinds (the core found them already). A goal-setting moment is `collaborative` when the client
 *   states a goal of their own within the next GOAL_REPLY_TURNS turns (alliance-cues `goal_statement`),
 *   just before the therapist takes it up, or answers the therapist's goal question with a proposal.
 * - closing_summary: a summary (stance `summary_with_direction` or alliance-cues `closing_summary`)
 *   by the therapist in the closing part of the session (CLOSING_SHARE, CLOSING_MIN_TURNS).
 * - termination (therapist or client): reviewing progress, naming the ending and feelings about it,
 *   planning for afterwards; read only in a session that names the ending somewhere (a mid-therapy
 *   review of progress is no termination).
 * At most one moment per turn and kind. Linear in the number of turns.
 */
export function detectStructure(turns: readonly ReviewTurn[], resources: Resources): StructureMoment[] {
  const lexicon = reviewLexicon(resources, ALLIANCE_LEXICON);
  const matches: Array<readonly LexiconMatch[]> = turns.map((t) => (t.role === 'other' ? [] : turnMatches(lexicon, t)));
  const namesEnding = matches.some((ms) => ms.some((m) => m.entry.kind === 'termination_ending'));
  const closingFrom = turns.length - Math.max(CLOSING_MIN_TURNS, Math.ceil(turns.length * CLOSING_SHARE));
  let lastGoalStatement = -Infinity;
  const goalStatementAfter = new Array<number>(turns.length).fill(-1);
  // Next client goal statement at or after each turn (one backward pass keeps this linear).
  for (let i = turns.length - 1, next = -1; i >= 0; i--) {
    if (turns[i].role === 'client' && matches[i].some((m) => m.entry.label === 'goal_statement')) next = i;
    goalStatementAfter[i] = next;
  }

  const moments: StructureMoment[] = [];
  turns.forEach((turn, i) => {
    const byKind = new Map<StructureKind, ReviewCue[]>();
    const add = (kind: StructureKind, cue: ReviewCue) => {
      const cues = byKind.get(kind) ?? [];
      addCue(cues, cue);
      byKind.set(kind, cues);
    };
    if (turn.role === 'therapist') {
      for (const m of turn.analysis.stanceMarkers ?? []) {
        const kind = STANCE_KINDS[m.kind];
        if (kind) add(kind, cueOf(turn.text, m, STANCE_CUES[m.kind]));
        else if (m.kind === 'summary_with_direction' && i >= closingFrom) add('closing_summary', cueOf(turn.text, m, STANCE_CUES[m.kind]));
      }
      for (const m of matches[i]) if (m.entry.label === 'closing_summary' && i >= closingFrom) add('closing_summary', cueOf(turn.text, m, m.entry.description));
    }
    if (namesEnding) for (const m of matches[i]) if (m.entry.label === 'termination') add('termination', cueOf(turn.text, m, m.entry.description));
    if (turn.role === 'client' && matches[i].some((m) => m.entry.label === 'goal_statement')) lastGoalStatement = i;

    for (const kind of ORDER) {
      const cues = byKind.get(kind);
      if (!cues) continue;
      cues.sort((a, b) => a.start - b.start);
      const moment: StructureMoment = { kind, turn: turn.index, cues };
      if (kind === 'goal_setting') {
        const next = goalStatementAfter[i];
        // The client's goal just before ("I want to sleep again") that the therapist takes up counts too.
        moment.collaborative = (next >= 0 && next - i <= GOAL_REPLY_TURNS) || i - lastGoalStatement <= 1 || answersGoalQuestion(turns, i);
      }
      moments.push(moment);
    }
  });
  return moments;
}
