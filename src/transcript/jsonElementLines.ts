/**
 * The 1-based line on which each element of a JSON array begins: the root array (`key` null) or the
 * array under `key` of the root object. `JSON.parse` gives no positions, and a problem with turn 812
 * should name its line. Expects valid JSON (call it after `JSON.parse` succeeded).
 */
export function jsonElementLines(json: string, key: string | null): number[] {
  const lines: number[] = [];
  const stack: number[] = []; // char codes of open containers
  let line = 1;
  let target = -1; // stack depth inside the target array, -1 until found
  let expect = false; // the next value in the target array is a new element
  let lastString = '';
  let rootKey: string | null = null;
  const n = json.length;
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    const valueStart = c === 123 || c === 91 || c === 34 || c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110;
    if (valueStart && expect && stack.length === target) {
      lines.push(line);
      expect = false;
    }
    if (c === 34) {
      // A string: skip to its closing quote (JSON strings hold no raw line breaks).
      let j = i + 1;
      while (j < n && json.charCodeAt(j) !== 34) j += json.charCodeAt(j) === 92 ? 2 : 1;
      if (stack.length === 1 && stack[0] === 123) lastString = json.slice(i + 1, j);
      i = j;
    } else if (c === 58) {
      if (stack.length === 1 && stack[0] === 123) rootKey = lastString;
    } else if (c === 123 || c === 91) {
      stack.push(c);
      const isTarget = c === 91 && target === -1 && (key === null ? stack.length === 1 : stack.length === 2 && stack[0] === 123 && rootKey === key);
      if (isTarget) {
        target = stack.length;
        expect = true;
      }
    } else if (c === 125 || c === 93) {
      if (stack.length === target) {
        expect = false;
        target = -2; // done: later arrays are not the target
      }
      stack.pop();
      if (stack.length === 1) rootKey = null;
    } else if (c === 44) {
      if (stack.length === target) expect = true;
      if (stack.length === 1) rootKey = null;
    } else if (valueStart) {
      // A number or literal: skip its remaining characters.
      while (i + 1 < n && /[\w.+-]/.test(json[i + 1])) i++;
    }
  }
  return lines;
}
