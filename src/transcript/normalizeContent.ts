/**
 * The content as every reader expects it: no byte-order mark, and every line break (CRLF from Windows
 * tools, a lone CR from old Mac exports) made LF, so that line numbers agree with what editors show.
 */
export function normalizeContent(content: string): string {
  const noBom = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}
