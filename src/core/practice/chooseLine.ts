/**
 * Picks one variant at random (a draw in [0, 1) from the session's seeded generator), never the line
 * said just before when another is available: the simulated person does not repeat themselves.
 */
export function chooseLine(variants: readonly string[], previous: string | null, draw: number): string {
  const fresh = variants.filter((v) => v !== previous);
  const pool = fresh.length ? fresh : variants;
  return pool[Math.min(pool.length - 1, Math.floor(draw * pool.length))];
}
