/**
 * Dates as the diary form shows them (`<input type="datetime-local">`, the person's own clock) and as
 * the API stores them (ISO 8601 in UTC).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as the value of a datetime-local input, in this browser's time zone (minutes). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO moment; null when it is not a date. */
export function fromLocalInput(v: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v)) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A day as `YYYY-MM-DD` in this browser's time zone. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * A search range of local days as the API's bounds: `from` the first moment of its day here, `to`
 * the first moment after its day here (the API's `to` is exclusive), so "today" means today on
 * this person's clock, not in UTC.
 */
export function dayRange(from: string, to: string): { from?: string; to?: string } {
  const start = (day: string) => new Date(`${day}T00:00:00`);
  const out: { from?: string; to?: string } = {};
  if (/^\d{4}-\d{2}-\d{2}$/.test(from) && !Number.isNaN(start(from).getTime())) out.from = start(from).toISOString();
  if (/^\d{4}-\d{2}-\d{2}$/.test(to) && !Number.isNaN(start(to).getTime())) {
    const end = start(to);
    end.setDate(end.getDate() + 1);
    out.to = end.toISOString();
  }
  return out;
}
