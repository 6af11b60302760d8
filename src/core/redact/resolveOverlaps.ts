import type { PiiSpan, RedactionKind } from './redactionTypes.js';

// When detections overlap, the more specific wins: an e-mail holds a name ("maria.lopez@…"), an
// address holds numbers and capitalised words, a date holds a month that is also a name ("April").
const PRIORITY: Record<RedactionKind, number> = { email: 0, url: 1, address: 2, date: 3, phone: 4, name: 5 };

/** Non-overlapping spans in text order: by kind priority, then the longer, then the earlier. */
export function resolveOverlaps(spans: readonly PiiSpan[]): PiiSpan[] {
  const ranked = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PiiSpan[] = [];
  for (const s of ranked) {
    if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
