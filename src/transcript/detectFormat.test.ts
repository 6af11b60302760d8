import { describe, expect, it } from 'vitest';
import { detectFormat } from './detectFormat.js';

const SRT = '1\n00:00:01,000 --> 00:00:02,000\nT: hi\n';

describe('detectFormat', () => {
  it('knows each format from its content, whatever the extension', () => {
    expect(detectFormat('WEBVTT\n\n00:00.000 --> 00:01.000\nhi', 'x.txt')).toBe('vtt');
    expect(detectFormat(SRT, 'x.txt')).toBe('srt');
    expect(detectFormat('[\n {"speaker": "T", "text": "hi"}\n]', 'x.txt')).toBe('json');
    expect(detectFormat('{"turns": []}', 'x')).toBe('json');
    expect(detectFormat('speaker,text\nT,hi\n', 'x.txt')).toBe('csv');
    expect(detectFormat('Text;Speaker\nhi;T\n', 'x')).toBe('csv');
    expect(detectFormat('transcript_id,interlocutor,utterance_text\n0,therapist,hi\n', 'x.csv')).toBe('annomi');
    expect(detectFormat('Therapist: Hello, how are you?\nClient: OK', 'x.csv')).toBe('text');
  });

  it('reads timestamped and bracketed text lines as text, not JSON', () => {
    expect(detectFormat('[00:00:01] Therapist: hi\n[00:00:02] Client: hello', 'a.txt')).toBe('text');
    expect(detectFormat('[Music]\nTherapist: hi', 'a')).toBe('text');
  });

  it('lets the extension decide unclear content, so its problem is worded for that format', () => {
    expect(detectFormat('a,b\n1,2\n', 'x.csv')).toBe('csv');
    expect(detectFormat('hello there', 'x.vtt')).toBe('vtt');
    expect(detectFormat('hello there', 'x.srt')).toBe('srt');
    expect(detectFormat('hello there', 'x.json')).toBe('json');
    expect(detectFormat('hello there', 'x.docx')).toBe('text');
    expect(detectFormat(SRT.replace(/,/g, '.'), 'x.vtt')).toBe('vtt');
  });
});
