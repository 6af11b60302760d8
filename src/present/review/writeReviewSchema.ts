import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { reviewReportSchema } from './reviewReportSchema.js';

/** Where the generated JSON Schema of `attune review --json` is committed. */
export const REVIEW_SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'review-report.schema.json');

/** The JSON Schema (draft 2020-12) of the review report JSON, as the text committed in docs/. */
export function reviewReportJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(reviewReportSchema);
  const schema = {
    $schema,
    title: 'attune review report',
    description: 'What `attune review --json` prints for one session (docs/review-output.md). Generated from src/present/review/reviewReportSchema.ts by `npx tsx src/present/review/writeReviewSchema.ts`.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

// `npx tsx src/present/review/writeReviewSchema.ts` regenerates the committed file.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fs.writeFileSync(REVIEW_SCHEMA_FILE, reviewReportJsonSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), REVIEW_SCHEMA_FILE)}`);
}
