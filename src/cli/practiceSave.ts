import fs from 'node:fs';
import path from 'node:path';
import type { PracticeSession } from '../core/practice/practiceTypes.js';
import { practiceTranscriptText } from '../present/practice/practiceTranscriptText.js';

/**
 * Where a practice session is saved when no file is named: `<dataDir>/practice/` with the local
 * date and time and the scenario id, e.g. `2025-03-14_09-30-05_say-no-extra-work.txt`.
 */
export function defaultPracticeFile(dataDir: string, scenarioId: string, now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}_${p(now.getHours())}-${p(now.getMinutes())}-${p(now.getSeconds())}`;
  return path.join(dataDir, 'practice', `${stamp}_${scenarioId}.txt`);
}

/**
 * Writes the session as a plain-text transcript (`attune review FILE` reads it), creating folders as
 * needed. The file is the user's own health-related practice: readable by its owner only (0600). An
 * existing file is not overwritten unless it was named by the user. Returns the path written, or an
 * error message.
 */
export function savePracticeTranscript(session: PracticeSession, file: string, overwrite: boolean): { ok: true; file: string } | { ok: false; message: string } {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, practiceTranscriptText(session), { encoding: 'utf8', mode: 0o600, flag: overwrite ? 'w' : 'wx' });
    return { ok: true, file };
  } catch (err) {
    return { ok: false, message: (err as Error).message.replace(/^[A-Z]+: /, '') };
  }
}
