/**
 * The store lists in pages (default 100); summaries over a person's whole history (progress, mastery,
 * export) read every page.
 */
const PAGE = 500;

export async function allRows<T, O extends object>(list: (options: O & { limit: number; offset: number }) => Promise<T[]>, options: O): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await list({ ...options, limit: PAGE, offset });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}
