import { displayWidth, inlineText, wrapToWidth } from '../review/terminalText.js';

/** How a piece of practice output is shown; plain text when colour is off. */
export type Tone = 'bold' | 'dim' | 'accent' | 'good' | 'off' | 'warn';

const ANSI: Record<Tone, [string, string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  accent: ['\u001b[36m', '\u001b[39m'],
  good: ['\u001b[32m', '\u001b[39m'],
  off: ['\u001b[31m', '\u001b[39m'],
  warn: ['\u001b[33m', '\u001b[39m'],
};

export type Painter = (text: string, tone?: Tone) => string;

/** Colours text with ANSI codes when `color` is on; otherwise returns it unchanged. */
export function painter(color: boolean): Painter {
  return (text, tone) => (color && tone && text ? `${ANSI[tone][0]}${text}${ANSI[tone][1]}` : text);
}

/** Options every practice renderer takes. */
export interface PracticeRenderOptions {
  color: boolean;
  /** Terminal columns to wrap to (default 80). */
  width?: number;
}

/**
 * Outside text (a reply, a scenario line) wrapped under a prefix: the prefix on the first line, its
 * width of spaces on the others. Wrapping is done on plain text and painted after, so colour codes
 * never count as columns.
 */
export function wrapBlock(prefix: string, text: string, width: number, paint: Painter, tone?: Tone, prefixTone?: Tone): string[] {
  const pad = displayWidth(prefix);
  const lines = wrapToWidth(inlineText(text), Math.max(20, width - pad));
  if (lines.length === 0) return [paint(prefix.trimEnd(), prefixTone)];
  return lines.map((l, i) => (i === 0 ? paint(prefix, prefixTone) : ' '.repeat(pad)) + paint(l, tone));
}
