import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../core/analyzeUtterance.js';
import { buildReview } from '../core/review/buildReview.js';
import { loadResourcesOrThrow } from '../io/loadResources.js';
import { PACKAGE_ROOT } from '../io/paths.js';
import { reviewCsv } from '../present/review/reviewCsv.js';
import { reviewJson } from '../present/review/reviewJson.js';
import { renderReviewTerminal } from '../present/review/reviewTerminal.js';
import { readTranscripts } from '../transcript/readTranscript.js';

// Golden reports: the whole review of the shipped sessions, held byte for byte. A change to any reader,
// detector, model or wording shows up here as a diff to read; accept it with `npx vitest run -u`.
const resources = loadResourcesOrThrow();
const analyzer = createAnalyzer(resources);
const EXAMPLES = path.join(PACKAGE_ROOT, 'examples', 'transcripts');

function review(file: string) {
  const name = path.relative(PACKAGE_ROOT, file);
  const r = readTranscripts(fs.readFileSync(file, 'utf8'), name);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.map((t) => buildReview(t, analyzer, resources));
}

describe('golden reports', () => {
  for (const f of ['session.vtt', 'session.srt', 'session.txt', 'session.csv', 'session.json']) {
    it(`reviews examples/transcripts/${f} as before`, async () => {
      const [report] = review(path.join(EXAMPLES, f));
      await expect(`${JSON.stringify(reviewJson(report), null, 1)}\n`).toMatchFileSnapshot(`golden/${f}.json`);
    });
  }

  for (const f of ['teams-uuid.vtt', 'otter.txt', 'annomi-style.csv']) {
    it(`reviews the awkward fixture ${f} as before`, async () => {
      const reports = review(path.join(PACKAGE_ROOT, 'src', 'transcript', 'fixtures', f));
      await expect(reports.map((r) => renderReviewTerminal(r, { color: false })).join('\n---\n')).toMatchFileSnapshot(`golden/${f}.txt`);
    });
  }

  it('prints the same terminal summary and CSV for the WebVTT session', async () => {
    const [report] = review(path.join(EXAMPLES, 'session.vtt'));
    await expect(renderReviewTerminal(report, { color: false })).toMatchFileSnapshot('golden/session.vtt.txt');
    await expect(reviewCsv(report)).toMatchFileSnapshot('golden/session.vtt.csv');
  });
});
