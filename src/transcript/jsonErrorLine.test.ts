import { describe, expect, it } from 'vitest';
import { jsonErrorLine } from './jsonErrorLine.js';

describe('jsonErrorLine', () => {
  it('finds the line of common mistakes that V8 gives no position for', () => {
    expect(jsonErrorLine('[\n{"a": 1},\n{"a": 2},\n]')).toBe(4);
    expect(jsonErrorLine("{\n\"a\": 'x'\n}")).toBe(2);
    expect(jsonErrorLine('{\n"turns": [\n{"s": 1}\n{"s": 2}\n]}')).toBe(4);
    expect(jsonErrorLine('{\n  speaker: "T"\n}')).toBe(2);
  });

  it('finds truncation, raw line breaks in strings and text after the end', () => {
    expect(jsonErrorLine('[\n{"a": "b"},\n{"a": ')).toBe(3);
    expect(jsonErrorLine('["a\nb"]')).toBe(1);
    expect(jsonErrorLine('[1]\n\n// note')).toBe(3);
  });

  it('finds nothing in valid JSON', () => {
    expect(jsonErrorLine('{"a": [1, -2.5e3, true, null, "x\\"y"], "b": {}}')).toBeUndefined();
  });
});
