import type { SessionEnding } from '../../shared/api/index.js';

/** Plain words for the practice screens (the shared report words live in present/review/reviewWords.ts). */
export const OUTCOME_WORDS: Record<SessionEnding['outcome'], string> = { success: 'went well', partial: 'partly worked', failure: 'did not work out' };
export const OUTCOME_TONE: Record<SessionEnding['outcome'], 'good' | 'warn' | 'bad'> = { success: 'good', partial: 'warn', failure: 'bad' };
export const roleWords = (role: 'therapist' | 'person'): string => (role === 'therapist' ? 'you play the therapist' : 'you play yourself');
export const words = (s: string): string => s.replace(/_/g, ' ');
/** First letter up, for labels that start a line (skill labels are written lower case to sit inside sentences). */
export const capitalise = (s: string): string => (s ? s[0].toUpperCase() + s.slice(1) : s);

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** −1..1 assertiveness as words (primer §5: the passive side, following, clear direction). */
export function assertivenessWords(a: number): string {
  if (a <= -0.5) return 'passive';
  if (a < -0.15) return 'leaning passive';
  if (a < 0.2) return 'following';
  if (a < 0.6) return 'clear';
  return 'very directive';
}

/** 0..1 empathy as words. */
export function empathyWords(e: number): string {
  if (e < 0.15) return 'none shown';
  if (e < 0.5) return 'some';
  if (e < 0.8) return 'warm';
  return 'very warm';
}
