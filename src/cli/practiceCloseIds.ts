/** Edits (insert, delete, substitute) turning `a` into `b`. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The ids a mistyped one probably meant, closest first (at most `max`): those within a few edits
 * (a third of the length, at least 2), those containing it or contained in it, and those sharing a
 * whole word with it ("rupture" → "rupture-this-isnt-helping").
 */
export function closeIds(wanted: string, ids: readonly string[], max = 5): string[] {
  const w = wanted.trim().toLowerCase();
  if (!w) return [];
  const words = new Set(w.split(/[-_\s]+/).filter((x) => x.length >= 3));
  const scored: Array<[string, number]> = [];
  for (const id of ids) {
    const d = distance(w, id);
    if (d <= Math.max(2, Math.floor(w.length / 3))) scored.push([id, d]);
    else if (id.includes(w) || w.includes(id)) scored.push([id, 50 + d]);
    else if (id.split(/[-_]/).some((x) => words.has(x))) scored.push([id, 100 + d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([id]) => id);
}
