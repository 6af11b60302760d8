import type { Problem } from '../problem.js';
import type { NamedRoles } from './assignRoles.js';
import type { Transcript } from './reviewTypes.js';

/**
 * Problems with the speaker names the user gave: a name no speaker of the transcript has
 * (`unknown_speaker`, value = the name) and a name given for both roles (`invalid_input`; it counts as
 * the therapist). Matching is case-insensitive, as in `assignRoles`.
 */
export function roleNameProblems(transcript: Transcript, named: NamedRoles): Problem[] {
  const speakers = new Set(transcript.turns.map((t) => t.speaker.trim().toLowerCase()));
  const problems: Problem[] = [];
  const therapist = new Set((named.therapist ?? []).map((n) => n.trim().toLowerCase()));
  for (const [role, names] of [['therapist', named.therapist ?? []], ['client', named.client ?? []]] as const) {
    for (const name of names) {
      const key = name.trim().toLowerCase();
      if (!speakers.has(key)) problems.push({ code: 'unknown_speaker', message: `no speaker named like the ${role} given`, source: transcript.id, value: name });
      else if (role === 'client' && therapist.has(key)) problems.push({ code: 'invalid_input', message: 'speaker named as both therapist and client; taken as the therapist', source: transcript.id, value: name });
    }
  }
  return problems;
}
