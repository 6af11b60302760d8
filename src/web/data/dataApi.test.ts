import { describe, expect, it } from 'vitest';
import { confirms, countExport, dataApi } from './dataApi.js';

describe('my data', () => {
  it('counts the records of each kind in an export', () => {
    expect(countExport({ format: 'attune-export/1', practiceSessions: [1, 2], reviews: [], assessments: [1], diaryEntries: [1, 2, 3], ladders: [1], worksheets: 'nonsense' })).toEqual({
      practice: 2, reviews: 0, assessments: 1, diary: 3, ladders: 1, worksheets: 0,
    });
    expect(countExport(null)).toEqual({ practice: 0, reviews: 0, assessments: 0, diary: 0, ladders: 0, worksheets: 0 });
  });

  it('takes only the exact phrase as confirmation', () => {
    expect(confirms('delete everything')).toBe(true);
    expect(confirms('  Delete Everything ')).toBe(true);
    expect(confirms('delete')).toBe(false);
    expect(confirms('delete everything now')).toBe(false);
    expect(confirms('')).toBe(false);
  });

  it('points the downloads at this server only', () => {
    expect(dataApi.jsonUrl).toBe('/api/export.json');
    expect(dataApi.csvUrl('diary')).toBe('/api/export/diary.csv');
  });
});
