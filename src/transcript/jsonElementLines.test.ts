import { describe, expect, it } from 'vitest';
import { jsonElementLines } from './jsonElementLines.js';

describe('jsonElementLines', () => {
  it('gives the line of each element of a root array', () => {
    const json = '[\n  {"a": 1},\n  {"a": "x]}"},\n\n  {"a": [1,\n 2]}\n]';
    expect(jsonElementLines(json, null)).toEqual([2, 3, 5]);
  });

  it('finds the array under a root key, not a nested one of the same name', () => {
    const json = '{\n "meta": {"turns": [{"x": 1}]},\n "turns": [\n  {"s": "a"}, {"s": "b"},\n  "c"\n ],\n "other": [1]\n}';
    expect(jsonElementLines(json, 'turns')).toEqual([4, 4, 5]);
  });

  it('copes with escaped quotes and literals', () => {
    const json = '[\n"say \\"hi\\"",\ntrue,\n-1.5e3,\nnull\n]';
    expect(jsonElementLines(json, null)).toEqual([2, 3, 4, 5]);
  });
});
