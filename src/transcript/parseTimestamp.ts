/** A clock time as transcripts write it: `01:02:03`, `1:02`, `00:01:02.500`, `00:01:02,5` (SRT). */
export const CLOCK_PATTERN = String.raw`(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?`;

const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;
const SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * Seconds from the start of the recording, from a clock time (optionally in `[…]` or `(…)`) or a plain
 * number of seconds (`62.5`); undefined when the text is neither.
 */
export function parseTimestamp(raw: string | number): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  let s = raw.trim();
  if ((s.startsWith('[') && s.endsWith(']')) || (s.startsWith('(') && s.endsWith(')'))) s = s.slice(1, -1).trim();
  if (SECONDS.test(s)) return Number(s);
  const m = CLOCK.exec(s);
  if (!m) return undefined;
  const hours = m[1] !== undefined ? Number(m[1]) : 0;
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  // With hours given, minutes are a clock field; without, `75:03` (over an hour, as some tools write) is fine.
  if (seconds >= 60 || (m[1] !== undefined && minutes >= 60)) return undefined;
  const fraction = m[4] !== undefined ? Number(`0.${m[4]}`) : 0;
  return Math.round((hours * 3600 + minutes * 60 + seconds + fraction) * 1000) / 1000;
}
