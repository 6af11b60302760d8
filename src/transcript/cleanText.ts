// Only known HTML and WebVTT tag names are markup: `<NAME>`, `<PERSON>` (redaction placeholders in
// de-identified transcripts) and "I <3 you" are words and stay.
const TAGS = 'b|i|u|s|c|v|lang|ruby|rt|font|span|br|p|div|em|strong|sup|sub|small|big|mark|a|tt|h[1-6]|li|ul|ol|blockquote|hr|html|body|head|title|meta|section|article|table|tr|td|th';
const TAG = new RegExp(String.raw`<\/?(?:${TAGS})(?=[\s.>/])[^<>]*>|<\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?>|\{\\[^{}]*\}`, 'gi');
const ENTITY = /&(#\d{1,7}|#x[\da-f]{1,6}|amp|lt|gt|quot|apos|nbsp|rsquo|lsquo|rdquo|ldquo|hellip|mdash|ndash);/gi;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  hellip: '…', mdash: '—', ndash: '–',
};

function decodeEntity(_: string, name: string): string {
  const lower = name.toLowerCase();
  if (lower.startsWith('#x')) return String.fromCodePoint(Math.min(parseInt(lower.slice(2), 16), 0x10ffff));
  if (lower.startsWith('#')) return String.fromCodePoint(Math.min(Number(lower.slice(1)), 0x10ffff));
  return NAMED[lower];
}

const MESSY_SPACE = /[^\S ]| {2}/;

export interface CleanText {
  text: string;
  /** Whether tags, SSA overrides (`{\an8}`) or entities were removed: stray markup outside subtitles. */
  markup: boolean;
}

/**
 * Text as said: markup tags, subtitle timestamps (`<00:00:01.000>`) and SSA overrides removed, HTML
 * entities decoded, runs of white space (line breaks of a wrapped cue or paragraph) made one space.
 *
 * Annotations are kept: `(laughs)`, `(long pause)`, `[inaudible]` are part of what the transcriber
 * recorded and of what a clinician reads back (a pause before "fine" matters), and the analysers read
 * them as ordinary short words. Only a turn made of nothing but `[…]` notes is dropped by the readers
 * (`onlyNotes`): there are no words in it to analyse.
 */
export function cleanText(raw: string): CleanText {
  let text = raw;
  let markup = false;
  if (text.includes('<') || text.includes('{')) {
    TAG.lastIndex = 0;
    const stripped = text.replace(TAG, (tag) => (/^<br/i.test(tag) ? ' ' : ''));
    markup = stripped !== text;
    text = stripped;
  }
  if (text.includes('&')) {
    const decoded = text.replace(ENTITY, decodeEntity);
    markup ||= decoded !== text;
    text = decoded;
  }
  // Most lines need no white-space work: test before replacing (a 100k-turn file calls this 100k times).
  return { text: MESSY_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim(), markup };
}

/** Whether a text is only bracketed transcriber notes ("[inaudible]", "[crosstalk] [laughter]"). */
export function onlyNotes(text: string): boolean {
  return text.startsWith('[') && text.replace(/\[[^\]]*\]/g, '').replace(/[\s.,;:…–—-]/g, '') === '';
}
