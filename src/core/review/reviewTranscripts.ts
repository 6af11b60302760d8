import type { Analyzer } from '../analyzeUtterance.js';
import type { redactTranscriptWithSpeakers } from '../redact/redactTranscript.js';
import type { Resources } from '../resources.js';
import { buildReview } from './buildReview.js';
import type { NamedRoles } from './assignRoles.js';
import type { ReviewReport, Transcript } from './reviewTypes.js';

/**
 * The reports of a file's sessions, as the CLI and the server both make them. With `redact` (the
 * redactor, passed in because its language library is large and callers load it only when asked),
 * each transcript is redacted before analysis, so every output is built from redacted text, and the
 * speaker names the user gave follow the renaming so they still match.
 */
export function reviewTranscripts(transcripts: readonly Transcript[], analyzer: Analyzer, resources: Resources, named: NamedRoles, redact?: typeof redactTranscriptWithSpeakers): ReviewReport[] {
  return transcripts.map((transcript) => {
    if (!redact) return buildReview(transcript, analyzer, resources, { ...given(named), redacted: false });
    const r = redact(transcript);
    const rename = (names: readonly string[] | undefined) => names?.map((n) => r.speakers.get(n) ?? [...r.speakers].find(([k]) => k.toLowerCase() === n.toLowerCase())?.[1] ?? n);
    return buildReview(r.transcript, analyzer, resources, { ...given({ therapist: rename(named.therapist), client: rename(named.client) }), redacted: true });
  });
}

/** The names actually given (an absent list stays absent, as `assignRoles` expects). */
function given(o: NamedRoles): NamedRoles {
  return { ...(o.therapist ? { therapist: o.therapist } : {}), ...(o.client ? { client: o.client } : {}) };
}
