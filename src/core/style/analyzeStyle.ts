import { softmax, type LinearModel } from '../model/linearModel.js';
import type { Resources } from '../resources.js';
import { tokenize } from '../text/tokenize.js';
import { STYLES, type Marker, type Speaker, type Style, type Turn } from '../types.js';
import { detectStyleMarkers } from './detectStyleMarkers.js';
import { scoreStyleByRules } from './scoreStyleByRules.js';
import { STYLE_FEATURE_SET, styleLogits, type StyleInput } from './styleFeatures.js';

export interface StyleResult {
  style: Style;
  /** Probability of each style, summing to 1. */
  scores: Record<Style, number>;
  markers: Marker[];
}

export const STYLE_LEXICON = 'style-markers';
export const STYLE_MODEL = 'style';

/** Scores for text with nothing to read (empty, no letters): neutral, barely ahead of the rest. */
const NOTHING_TO_READ: Readonly<Record<Style, number>> = { passive: 0.15, assertive: 0.15, aggressive: 0.15, passive_aggressive: 0.15, neutral: 0.4 };
const HAS_LETTER = /\p{L}/u;
const LETTER = /\p{L}/u;

/**
 * Communication style of one utterance (domain primer §3) with the markers that carry it.
 * Markers come from the `style-markers` lexicon (plus the code-computed ones); the style from the
 * `style` linear model over marker, word, speaker and previous-turn features when one is shipped for
 * this feature set, otherwise from the transparent marker scorer. `speaker` (optional) is who says
 * `text`; the model reads the role. Pure; about linear in the text length.
 */
export function analyzeStyle(text: string, context: readonly Turn[], resources: Resources, speaker?: Speaker): StyleResult {
  const lexicon = resources.lexicons[STYLE_LEXICON];
  if (!lexicon) throw new Error(`style analysis needs the "${STYLE_LEXICON}" lexicon`);
  if (!HAS_LETTER.test(text)) return { style: 'neutral', scores: { ...NOTHING_TO_READ }, markers: [] };
  const tokens = tokenize(text);
  const markers = detectStyleMarkers(text, lexicon, tokens);
  const model = resources.models[STYLE_MODEL];
  const scores = model && model.featureSet === STYLE_FEATURE_SET ? modelScores(model, { text, tokens, markers, context, speaker }) : scoreStyleByRules(markers, lexicon);
  // Text with no marker and hardly any Latin script is another language: the cues and the model
  // are English-only, so say nothing rather than guess.
  if (markers.length === 0 && latinShare(text) < 0.5) return { style: 'neutral', scores: { ...NOTHING_TO_READ }, markers };
  return { style: best(scores), scores, markers };
}

function modelScores(model: LinearModel, input: StyleInput): Record<Style, number> {
  const p = softmax(styleLogits(model, input));
  const out: Record<Style, number> = { passive: 0, assertive: 0, aggressive: 0, passive_aggressive: 0, neutral: 0 };
  model.labels.forEach((l, i) => {
    if (l in out) out[l as Style] = p[i];
  });
  return out;
}

function best(scores: Record<Style, number>): Style {
  let top: Style = 'neutral';
  for (const s of STYLES) if (scores[s] > scores[top]) top = s;
  return top;
}

/** Share of letters that are Latin (A–Z), over at most the first 2,000 characters. */
function latinShare(text: string): number {
  const n = Math.min(text.length, 2000);
  let letters = 0;
  let latin = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      latin++;
      letters++;
    } else if (c > 127 && LETTER.test(text[i])) letters++;
  }
  return letters ? latin / letters : 0;
}
