/**
 * A clock answering ISO strings that strictly increase (by at least a millisecond per call), so
 * rows created in one burst still list newest first, and an update always moves `updatedAt` forward
 * even when the system clock steps back.
 */
export function monotonicClock(now: () => number = Date.now): () => string {
  let last = -Infinity;
  return () => {
    last = Math.max(now(), last + 1);
    return new Date(last).toISOString();
  };
}
