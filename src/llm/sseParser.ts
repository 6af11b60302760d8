/**
 * A Server-Sent Events line parser (the WHATWG "event stream" format), enough for the
 * chat-completions stream: `data:` fields, joined with "\n" when an event has several; blank lines end
 * an event; comments (`:`) and other fields (`event:`, `id:`, `retry:`) are read past. Written here
 * rather than taken from a package because the subset is small (no reconnection, no event types) and
 * the client then needs no dependency beyond Node 20's `fetch`.
 *
 * Feed it decoded text in pieces of any size (a piece may end inside a line, or between the "\r" and
 * "\n" of a CRLF); `end()` dispatches a last event that was not followed by a blank line.
 */
export interface SseParser {
  push(text: string): void;
  end(): void;
}

export function createSseParser(onData: (data: string) => void): SseParser {
  let buffer = '';
  let data: string[] = [];
  // A "\r" at the end of a piece may be the first half of a CRLF: the next piece's "\n" is then skipped.
  let pendingCr = false;

  const dispatch = () => {
    if (data.length) onData(data.join('\n'));
    data = [];
  };
  const line = (l: string) => {
    if (l === '') return dispatch();
    if (l.startsWith(':')) return;
    const colon = l.indexOf(':');
    const field = colon < 0 ? l : l.slice(0, colon);
    let value = colon < 0 ? '' : l.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
  };

  return {
    push(text: string) {
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      const re = /\r\n|\r|\n/g;
      let start = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(buffer))) {
        // A lone "\r" at the very end may still become a CRLF.
        if (m[0] === '\r' && m.index === buffer.length - 1) pendingCr = true;
        line(buffer.slice(start, m.index));
        start = m.index + m[0].length;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer) line(buffer);
      buffer = '';
      dispatch();
    },
  };
}
