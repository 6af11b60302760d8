/** A header cell as compared: lower case, letters and digits only ("Speaker Name" → "speakername"). */
export const columnKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

// Accepted header names per field, in order of preference.
const NAMES = {
  speaker: ['speaker', 'speakername', 'name', 'participant', 'who', 'person', 'talker', 'author', 'interlocutor'],
  role: ['role', 'speakerrole', 'speakertype', 'interlocutor', 'party'],
  text: ['text', 'utterance', 'utterancetext', 'transcript', 'content', 'message', 'words', 'sentence', 'line', 'dialogue', 'dialog', 'speech', 'caption', 'body', 'turntext', 'said'],
  start: ['start', 'starttime', 'timestamp', 'time', 'begin', 'begintime', 'startseconds', 'starttimestamp', 'timecode', 'starttimecode', 'from', 'offset'],
  end: ['end', 'endtime', 'stop', 'endseconds', 'endtimestamp', 'to'],
} as const;

export interface CsvColumns {
  speaker?: number;
  role?: number;
  text?: number;
  start?: number;
  end?: number;
  /** AnnoMI's session column: one transcript per value. */
  transcriptId?: number;
  utteranceId?: number;
}

/** Which column holds what, from the header row; AnnoMI's columns are recognised by name. */
export function csvColumns(header: readonly string[]): CsvColumns {
  const keys = header.map(columnKey);
  const find = (names: readonly string[], taken: ReadonlySet<number>) => {
    for (const n of names) {
      const i = keys.indexOf(n);
      if (i >= 0 && !taken.has(i)) return i;
    }
    return undefined;
  };
  const taken = new Set<number>();
  const out: CsvColumns = {};
  for (const field of ['text', 'speaker', 'role', 'start', 'end'] as const) {
    const i = find(NAMES[field], taken);
    // `interlocutor` alone is both the speaker and their role (AnnoMI); as a second column it is the role.
    if (i !== undefined) {
      out[field] = i;
      if (!(field === 'speaker' && keys[i] === 'interlocutor')) taken.add(i);
    }
  }
  const tid = keys.indexOf('transcriptid');
  if (tid >= 0) out.transcriptId = tid;
  const uid = keys.indexOf('utteranceid');
  if (uid >= 0) out.utteranceId = uid;
  return out;
}

/** Whether a header is AnnoMI's (`transcript_id`, `interlocutor`, `utterance_text`). */
export function isAnnoMiHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(columnKey));
  return keys.has('transcriptid') && keys.has('interlocutor') && keys.has('utterancetext');
}

/** Whether a header names a text column and a speaker or role column: a transcript CSV. */
export function isTranscriptHeader(header: readonly string[]): boolean {
  const c = csvColumns(header);
  return c.text !== undefined && (c.speaker !== undefined || c.role !== undefined);
}

/** The delimiter of a CSV from its header line: comma, semicolon (European Excel) or tab. */
export function sniffDelimiter(headerLine: string, fileName = ''): ',' | ';' | '\t' {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const count = (d: string) => headerLine.split(d).length - 1;
  const counts: Array<[',' | ';' | '\t', number]> = [[',', count(',')], [';', count(';')], ['\t', count('\t')]];
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}
