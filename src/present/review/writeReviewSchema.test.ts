import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REVIEW_SCHEMA_FILE, reviewReportJsonSchemaText } from './writeReviewSchema.js';

describe('docs/review-report.schema.json', () => {
  it('is up to date with reviewReportSchema (regenerate: npx tsx src/present/review/writeReviewSchema.ts)', () => {
    expect(fs.readFileSync(REVIEW_SCHEMA_FILE, 'utf8')).toBe(reviewReportJsonSchemaText());
  });

  it('requires the fields consumers rely on and forbids others', () => {
    const schema = JSON.parse(reviewReportJsonSchemaText());
    expect(schema.required).toEqual(expect.arrayContaining(['summary', 'turns', 'ruptures', 'safety']));
    expect(schema.additionalProperties).toBe(false);
    const summary = schema.properties.summary;
    for (const k of ['reflectionToQuestion', 'percentComplexReflections', 'percentOpenQuestions']) {
      expect(summary.required).toContain(k);
      const p = summary.properties[k];
      expect((p.anyOf ?? [p]).flatMap((x: { type: string | string[] }) => x.type).sort()).toEqual(['null', 'number']);
    }
    expect(schema.properties.turns.items.required).toEqual(expect.arrayContaining(['role', 'text', 'analysis']));
  });
});

describe('docs/review-output.md', () => {
  it('names every field of the report JSON (the turn analysis is documented in code-output.md)', () => {
    const doc = fs.readFileSync(new URL('../../../docs/review-output.md', import.meta.url), 'utf8');
    const names = new Set<string>();
    const walk = (node: unknown, key?: string) => {
      if (!node || typeof node !== 'object' || key === 'analysis') return;
      const o = node as Record<string, unknown>;
      if (o.properties && typeof o.properties === 'object') {
        for (const [k, v] of Object.entries(o.properties)) {
          names.add(k);
          walk(v, k);
        }
      }
      for (const k of ['items', 'additionalProperties']) walk(o[k]);
      for (const k of ['anyOf', 'oneOf']) if (Array.isArray(o[k])) for (const v of o[k] as unknown[]) walk(v);
    };
    walk(JSON.parse(reviewReportJsonSchemaText()));
    expect(names.size).toBeGreaterThan(40);
    const missing = [...names].filter((n) => !new RegExp(`\`[^\`]*\\b${n}\\b[^\`]*\``).test(doc));
    expect(missing).toEqual([]);
  });
});
