import { describe, expect, it } from 'vitest';
import { csvColumns, isAnnoMiHeader, isTranscriptHeader, sniffDelimiter } from './csvColumns.js';

describe('csvColumns', () => {
  it('finds columns in any order and spelling', () => {
    expect(csvColumns(['Text', 'Start Time', 'Speaker Name'])).toEqual({ text: 0, start: 1, speaker: 2 });
    expect(csvColumns(['timestamp', 'name', 'role', 'utterance', 'end'])).toEqual({ start: 0, speaker: 1, role: 2, text: 3, end: 4 });
  });

  it("reads AnnoMI's interlocutor as both speaker and role", () => {
    const c = csvColumns(['transcript_id', 'utterance_id', 'interlocutor', 'timestamp', 'utterance_text']);
    expect(c).toEqual({ transcriptId: 0, utteranceId: 1, speaker: 2, role: 2, start: 3, text: 4 });
  });

  it('tells transcript and AnnoMI headers from others', () => {
    expect(isTranscriptHeader(['role', 'text'])).toBe(true);
    expect(isTranscriptHeader(['speaker', 'date'])).toBe(false);
    expect(isTranscriptHeader(['a', 'b'])).toBe(false);
    expect(isAnnoMiHeader(['mi_quality', 'transcript_id', 'interlocutor', 'utterance_text'])).toBe(true);
    expect(isAnnoMiHeader(['transcript_id', 'speaker', 'text'])).toBe(false);
  });

  it('sniffs comma, semicolon and tab', () => {
    expect(sniffDelimiter('speaker,text')).toBe(',');
    expect(sniffDelimiter('Text;Speaker;Time')).toBe(';');
    expect(sniffDelimiter('speaker\ttext')).toBe('\t');
    expect(sniffDelimiter('speaker', 'x.tsv')).toBe('\t');
  });
});
