import { instrumentItems, type Instrument, type InstrumentItem, type InterpretationBand } from './instrument.js';

/**
 * A person's answers by item id: the 1-based position of the option chosen (IPIP: 1 "very
 * inaccurate" … 5 "very accurate"; CBI: 1 "always" / "to a very high degree" … 5). `null` or an
 * absent key is an unanswered item.
 */
export type Answers = Readonly<Record<string, number | null | undefined>>;

/**
 * Stable codes of what is wrong with a set of answers; the edge words them.
 * - `unknown_item`: an answer for an item the instrument does not have.
 * - `invalid_answer`: not a whole number from 1 to the number of options.
 * - `missing_answers`: a scale was scored although some of its items are unanswered.
 * - `too_few_answers`: a scale has fewer answers than its `minAnswered`, so it has no score.
 */
export type AnswerIssueCode = 'unknown_item' | 'invalid_answer' | 'missing_answers' | 'too_few_answers';

export interface AnswerIssue {
  code: AnswerIssueCode;
  /** `unknown_item`, `invalid_answer`. */
  itemId?: string;
  /** `missing_answers`, `too_few_answers`. */
  scaleId?: string;
  /** The unanswered item ids (`missing_answers`, `too_few_answers`). */
  items?: string[];
  /** The bad value, shown (`unknown_item`, `invalid_answer`). */
  value?: string;
  /** `invalid_answer`: the number of options. `too_few_answers`: the answers needed. */
  expected?: number;
}

export interface ScaleScore {
  scaleId: string;
  title: string;
  /** Mean of the answered items' scores (2 decimals); null when too few were answered. */
  score: number | null;
  /** The range a score can take (IPIP 1..5, CBI 0..100). */
  min: number;
  max: number;
  answered: number;
  items: number;
  /** The band of `score` where the instrument gives bands (CBI), else null. */
  band: InterpretationBand | null;
}

export interface InstrumentScore {
  instrumentId: string;
  scales: ScaleScore[];
  /** What a score does and does not mean (always shown beside the scores). */
  note: string;
  /** `missing_answers` and `too_few_answers`: the scores stand, with these caveats. */
  issues: AnswerIssue[];
}

/** Bad answers refuse the whole set (it is bad input); missing ones are reported beside the scores. */
export type ScoreResult = { ok: true; value: InstrumentScore } | { ok: false; issues: AnswerIssue[] };

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The score of option `answer` (1-based) of an item, reverse-keyed items mirrored. */
export function itemScore(item: InstrumentItem, answer: number, instrument: Instrument): number {
  const values = instrument.responseFormats[item.format].values;
  return item.reverse ? values[values.length - answer] : values[answer - 1];
}

/** The band `score` falls in: the last whose `from` it reaches (bands ascend). */
export function bandOf(score: number, bands: readonly InterpretationBand[]): InterpretationBand | null {
  let found: InterpretationBand | null = null;
  for (const b of bands) if (score >= b.from) found = b;
  return found;
}

function showAnswer(v: unknown): string {
  return typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v);
}

/**
 * Scores a questionnaire with its published key. Each item scores the value of the option chosen
 * (reverse-keyed items mirrored: IPIP 6 − x; CBI 0/25/50/75/100 instead of 100…0); a scale's score is
 * the mean of its answered items when at least `minAnswered` are answered (IPIP scales: half; CBI: 3,
 * Kristensen et al. 2005), else null with a `too_few_answers` issue. Ranges: IPIP 1–5, CBI 0–100.
 * An answer that is not an option, or for an item the instrument lacks, fails the whole set.
 */
export function scoreInstrument(instrument: Instrument, answers: Answers): ScoreResult {
  const items = new Map(instrumentItems(instrument).map((i) => [i.id, i]));
  const bad: AnswerIssue[] = [];
  for (const [itemId, v] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (!item) {
      bad.push({ code: 'unknown_item', itemId, value: itemId });
      continue;
    }
    if (v === null || v === undefined) continue;
    const n = instrument.responseFormats[item.format].values.length;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > n) bad.push({ code: 'invalid_answer', itemId, value: showAnswer(v), expected: n });
  }
  if (bad.length) return { ok: false, issues: bad };

  const issues: AnswerIssue[] = [];
  const scales = instrument.scales.map((scale): ScaleScore => {
    let sum = 0;
    let answered = 0;
    const missing: string[] = [];
    let min = Infinity;
    let max = -Infinity;
    for (const item of scale.items) {
      const values = instrument.responseFormats[item.format].values;
      min = Math.min(min, ...values);
      max = Math.max(max, ...values);
      const a = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
      if (a === null || a === undefined) {
        missing.push(item.id);
        continue;
      }
      sum += itemScore(item, a, instrument);
      answered++;
    }
    const scored = answered >= scale.minAnswered;
    if (!scored) issues.push({ code: 'too_few_answers', scaleId: scale.id, items: missing, expected: scale.minAnswered });
    else if (missing.length) issues.push({ code: 'missing_answers', scaleId: scale.id, items: missing });
    const mean = scored ? sum / answered : null;
    return {
      scaleId: scale.id,
      title: scale.title,
      score: mean === null ? null : round2(mean),
      min,
      max,
      answered,
      items: scale.items.length,
      // The band reads the exact mean, so rounding for display never moves a score across a cut-off.
      band: mean === null ? null : bandOf(mean, instrument.interpretation.bands),
    };
  });
  return { ok: true, value: { instrumentId: instrument.id, scales, note: instrument.interpretation.note, issues } };
}
