/**
 * Fitting text to terminal columns. Transcript text is outside input: control characters (escape
 * sequences could recolour or clear the screen) become spaces, and wide characters (CJK, emoji)
 * count two columns so a line never wraps on the user's terminal.
 */

// C0/C1 controls, including newline, tab and ESC.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const COMBINING = /[\p{Mn}\p{Me}\u200B-\u200F\u2060\uFE0F]/u;
const WIDE = /[\p{Extended_Pictographic}\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** One line of outside text, safe to print: no control characters, runs of space collapsed. */
export function inlineText(s: string): string {
  return s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

function charWidth(ch: string): number {
  if (COMBINING.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Columns the text takes on a terminal. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** The text cut to at most `width` columns, ending in "…" when cut. */
export function truncateToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}

/** Word-wrapped lines of at most `width` columns; at most `maxLines`, the last cut with "…". */
export function wrapToWidth(s: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (displayWidth(next) <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => truncateToWidth(l, width));
  if (lines.length > maxLines) kept[maxLines - 1] = truncateToWidth(`${kept[maxLines - 1]} ${lines[maxLines]}`, width);
  return kept;
}

/** The text cut to at most `width` columns from the left, starting with "…" when cut (keeps a file name's end). */
export function truncateStartToWidth(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  const chars = [...s];
  let out = '';
  let w = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const cw = charWidth(chars[i]);
    if (w + cw > width - 1) break;
    out = chars[i] + out;
    w += cw;
  }
  return `…${out}`;
}
