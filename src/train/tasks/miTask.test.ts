import { describe, expect, it } from 'vitest';
import { loadWordListsOrThrow } from '../../io/loadResources.js';
import { DEFAULT_PATHS } from '../../io/paths.js';
import { loadAnnoMi } from '../annomi.js';
import { serializeLinearModel } from '../trainSoftmax.js';
import { crossValidateMi, featurizeTranscripts, foldsOf, MI_HYPER, MI_TASK_SPECS, trainMiModel } from './miTask.js';

const subset = loadAnnoMi(DEFAULT_PATHS.annomiDir).slice(0, 6);
const WORDS = loadWordListsOrThrow().mi;
const items = featurizeTranscripts(subset, WORDS);

describe('mi training', () => {
  it('is deterministic: the same data gives byte-identical model files', () => {
    for (const spec of MI_TASK_SPECS) {
      const a = JSON.stringify(serializeLinearModel(trainMiModel(spec, items, MI_HYPER[spec.task])));
      const b = JSON.stringify(serializeLinearModel(trainMiModel(spec, featurizeTranscripts(subset, WORDS), MI_HYPER[spec.task])));
      expect(a).toBe(b);
    }
  });

  it('assigns whole transcripts to folds, deterministically and evenly', () => {
    const ids = Array.from({ length: 106 }, (_, i) => i * 2);
    const f1 = foldsOf(ids, 5);
    const entries = (m: Map<number, number>) => [...m].sort((a, b) => a[0] - b[0]);
    expect(entries(foldsOf([...ids].reverse(), 5))).toEqual(entries(f1));
    const sizes = [0, 1, 2, 3, 4].map((k) => [...f1.values()].filter((v) => v === k).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('cross-validates every task on held-out transcripts only', () => {
    const results = crossValidateMi(items, MI_HYPER, 3);
    expect(results.map((r) => r.spec.task)).toEqual(MI_TASK_SPECS.map((s) => s.task));
    const therapistTurns = items.filter((it) => it.utterance.speaker === 'therapist').length;
    expect(results[0].withContext.n).toBe(therapistTurns);
    for (const r of results) expect(r.withContext.accuracy).toBeGreaterThan(0);
  });
});
