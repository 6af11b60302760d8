import { balanceOf } from './balance.js';
import { analyzeEmpathy, EMPATHY_LEXICON } from './empathy/analyzeEmpathy.js';
import { utteranceCueLexicons } from './empathy/detectCues.js';
import type { Lexicon } from './lexicon/lexicon.js';
import { shareIndex } from './lexicon/lexiconIndex.js';
import { requireWordLists, type WordLists } from './lexicon/wordLists.js';
import { codeClientTurn, codeTherapistTurn, miModelsFrom, type MiModels } from './mi/codeMi.js';
import type { Resources } from './resources.js';
import { analyzeStance } from './stance/analyzeStance.js';
import { analyzeStyle, STYLE_LEXICON } from './style/analyzeStyle.js';
import { prepareText, sanitizeText } from './text/prepareText.js';
import type { Empathy, Turn, UtteranceAnalysis, UtteranceInput } from './types.js';

/** Earlier turns the detectors look at; older ones do not change any reading. */
const CONTEXT_TURNS = 3;

export interface Analyzer {
  analyze(input: UtteranceInput): UtteranceAnalysis;
  analyzeMany(inputs: Iterable<UtteranceInput>): UtteranceAnalysis[];
}

/** Probabilities as reported: three decimals are all a reader can use. */
function roundScores<K extends string>(scores: Record<K, number>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k in scores) out[k] = Math.round(scores[k] * 1000) / 1000;
  return out;
}

const NO_EMPATHY: Empathy = { er: 0, ip: 0, ex: 0, rationales: [] };

/**
 * Binds the core to its resources once (lexicons, models, word lists) and returns the analyser. Throws
 * if a required model or the word lists are missing: that is a packaging fault, not an input problem.
 */
export function createAnalyzer(resources: Resources): Analyzer {
  const mi: MiModels = miModelsFrom(resources);
  const words = requireWordLists(resources);
  shareWalk(resources);
  const analyze = (input: UtteranceInput): UtteranceAnalysis => analyzeWith(resources, mi, words, input);
  return { analyze, analyzeMany: (inputs) => Array.from(inputs, analyze) };
}

/**
 * The lexicons read on every utterance's own text (style markers, empathy cues) find their cues in
 * one walk of it (lexiconIndex.shareIndex); results are the same. The stance lexicon, read on
 * therapist turns only, keeps its own walk: in a shared one it would cost every client turn.
 */
function shareWalk(resources: Resources): void {
  const { [STYLE_LEXICON]: style, [EMPATHY_LEXICON]: empathy } = resources.lexicons;
  const own: Lexicon[] = [];
  if (style) own.push(style);
  if (empathy) own.push(...utteranceCueLexicons(empathy));
  shareIndex(own);
}

function prepareContext(context: readonly Turn[] | undefined): Turn[] {
  if (!context || context.length === 0) return [];
  return context.slice(-CONTEXT_TURNS).map((t) => ({ speaker: t.speaker, text: sanitizeText(t.text) }));
}

function analyzeWith(resources: Resources, mi: MiModels, words: WordLists, input: UtteranceInput): UtteranceAnalysis {
  const prepared = prepareText(input.text, words.text);
  const text = prepared.text;
  const context = prepareContext(input.context);
  const style = analyzeStyle(text, context, resources, input.speaker);
  const empathy = prepared.empty ? NO_EMPATHY : analyzeEmpathy(text, context, resources);
  const stance = input.speaker === 'therapist' ? analyzeStance(text, context, resources) : null;
  // Built property by property, in the order the JSON record lists them: a conditional spread
  // (`...(id ? { id } : {})`) takes V8 off its fast object paths, at microseconds per result.
  const out = {} as UtteranceAnalysis;
  if (input.id !== undefined) out.id = input.id;
  out.speaker = input.speaker;
  out.text = input.text;
  out.style = style.style;
  out.styleScores = roundScores(style.scores);
  out.markers = style.markers;
  out.empathy = empathy;
  // For therapist turns the directive side is the stance, for everyone else the style.
  out.balance = stance
    ? balanceOf(empathy, { kind: 'stance', label: stance.stance, scores: stance.scores })
    : balanceOf(empathy, { kind: 'style', label: style.style, scores: style.scores });
  out.notes = prepared.notes;
  if (stance) {
    out.stance = stance.stance;
    out.stanceMarkers = stance.markers;
    out.mi = codeTherapistTurn(text, context, mi, words.mi);
  } else if (input.speaker === 'client') {
    const talk = codeClientTurn(text, context, mi, words.mi);
    out.talk = talk.talk;
    out.talkProbabilities = talk.probabilities;
  }
  return out;
}

/** One-off analysis; prefer `createAnalyzer` when analysing many utterances. */
export function analyzeUtterance(input: UtteranceInput, resources: Resources): UtteranceAnalysis {
  return createAnalyzer(resources).analyze(input);
}

/** Batch form: analyses in order, binding resources once. */
export function analyzeUtterances(inputs: Iterable<UtteranceInput>, resources: Resources): UtteranceAnalysis[] {
  return createAnalyzer(resources).analyzeMany(inputs);
}
