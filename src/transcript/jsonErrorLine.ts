class Stop extends Error {}
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The 1-based line of the first error in a text that `JSON.parse` refused, found by reading it again
 * with a small validator: V8 names no position for some of the commonest mistakes (a trailing comma,
 * single quotes), and its wording changes between Node versions. Undefined when no error is found
 * (or the nesting is too deep to follow).
 */
export function jsonErrorLine(json: string): number | undefined {
  const n = json.length;
  let i = 0;
  const stop = (): never => {
    throw new Stop();
  };
  const space = () => {
    while (i < n && (json[i] === ' ' || json[i] === '\n' || json[i] === '\t' || json[i] === '\r')) i++;
  };
  const string = () => {
    i++;
    while (i < n) {
      const c = json.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) stop();
      i += c === 92 ? 2 : 1;
    }
    stop();
  };
  const value = (): void => {
    space();
    const c = json[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      space();
      if (json[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          space();
          if (json[i] !== '"') stop();
          string();
          space();
          if (json[i] !== ':') stop();
          i++;
        }
        value();
        space();
        if (json[i] === ',') i++;
        else if (json[i] === close) {
          i++;
          return;
        } else stop();
      }
    }
    if (c === '"') return string();
    LITERAL.lastIndex = i;
    if (!LITERAL.test(json)) stop();
    i = LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (i < n) stop();
    return undefined;
  } catch (err) {
    if (!(err instanceof Stop)) return undefined;
    let line = 1;
    for (let k = json.indexOf('\n'); k >= 0 && k < i; k = json.indexOf('\n', k + 1)) line++;
    return line;
  }
}
