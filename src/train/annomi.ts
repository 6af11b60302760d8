import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ClientTalk, MiBehaviour, QuestionType, ReflectionType, Turn } from '../core/types.js';

/** One AnnoMI utterance with its labels (those that apply to its speaker, else null). */
export interface AnnoMiUtterance {
  utteranceId: number;
  speaker: 'therapist' | 'client';
  text: string;
  behaviour: MiBehaviour | null;
  /** Majority subtype over the annotators who gave one; null where none did. */
  reflection: ReflectionType | null;
  question: QuestionType | null;
  talk: ClientTalk | null;
}

export interface AnnoMiTranscript {
  id: number;
  miQuality: 'high' | 'low';
  topic: string;
  utterances: AnnoMiUtterance[];
}

type Row = Record<string, string>;

const BEHAVIOURS = new Set(['reflection', 'question', 'therapist_input', 'other']);
const TALK = new Set(['change', 'neutral', 'sustain']);

function readCsv(file: string): Row[] {
  return parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true }) as Row[];
}

/** Most frequent value; ties go to the value seen first (rows are in annotator order of the file). */
function majority<T extends string>(values: readonly string[], allowed: ReadonlySet<string>): T | null {
  const counts = new Map<string, number>();
  for (const v of values) if (allowed.has(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, n] of counts) if (n > bestN) [best, bestN] = [v, n];
  return best as T | null;
}

/**
 * Loads the AnnoMI transcripts of `dir` in utterance order. Main labels come from AnnoMI-simple.csv
 * (one row per utterance); reflection and question subtypes from AnnoMI-full.csv, where utterances of
 * multi-annotator transcripts appear once per annotator and are reduced by majority vote.
 */
export function loadAnnoMi(dir: string): AnnoMiTranscript[] {
  const simple = readCsv(path.join(dir, 'AnnoMI-simple.csv'));
  const full = readCsv(path.join(dir, 'AnnoMI-full.csv'));
  const fullByKey = new Map<string, Row[]>();
  for (const r of full) {
    const key = `${r.transcript_id}/${r.utterance_id}`;
    const list = fullByKey.get(key);
    if (list) list.push(r);
    else fullByKey.set(key, [r]);
  }
  const byId = new Map<number, AnnoMiTranscript>();
  for (const r of simple) {
    const id = Number(r.transcript_id);
    let t = byId.get(id);
    if (!t) {
      t = { id, miQuality: r.mi_quality === 'low' ? 'low' : 'high', topic: r.topic, utterances: [] };
      byId.set(id, t);
    }
    const speaker = r.interlocutor === 'client' ? 'client' : 'therapist';
    const rows = fullByKey.get(`${r.transcript_id}/${r.utterance_id}`) ?? [];
    const behaviour = speaker === 'therapist' && BEHAVIOURS.has(r.main_therapist_behaviour) ? (r.main_therapist_behaviour as MiBehaviour) : null;
    t.utterances.push({
      utteranceId: Number(r.utterance_id),
      speaker,
      text: r.utterance_text,
      behaviour,
      reflection: speaker === 'therapist' ? majority<ReflectionType>(rows.map((x) => x.reflection_subtype), new Set(['simple', 'complex'])) : null,
      question: speaker === 'therapist' ? majority<QuestionType>(rows.map((x) => x.question_subtype), new Set(['open', 'closed'])) : null,
      talk: speaker === 'client' && TALK.has(r.client_talk_type) ? (r.client_talk_type as ClientTalk) : null,
    });
  }
  const out = [...byId.values()].sort((a, b) => a.id - b.id);
  for (const t of out) t.utterances.sort((a, b) => a.utteranceId - b.utteranceId);
  return out;
}

/** The turns before utterance `i` of a transcript, oldest first, at most `max` of them. */
export function contextOf(t: AnnoMiTranscript, i: number, max: number): Turn[] {
  const out: Turn[] = [];
  for (let j = Math.max(0, i - max); j < i; j++) out.push({ speaker: t.utterances[j].speaker, text: t.utterances[j].text });
  return out;
}
