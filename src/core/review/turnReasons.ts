/**
 * Plain words for a turn's codes, for the reasons the review gives ("reflects what the client feels
 * (IP 2: 'it sounds like you feel invisible') and invites more (EX 2)"). English only, like the
 * lexicons; the edges may reword.
 */
import type { EmpathyMechanism, Marker, UtteranceAnalysis } from '../types.js';

/** Per mechanism, what a weak (1) and a strong (2) level does (EPITOME, domain primer §1). */
const MECHANISM_WORDS: Record<EmpathyMechanism, readonly [string, string]> = {
  er: ['shows warmth', 'responds with real feeling'],
  ip: ['shows understanding', 'reflects what the client feels'],
  ex: ['asks about it', 'invites more'],
};

/** Stance and style marker kinds in plain words; any other kind is read from its name. */
const MARKER_WORDS: Readonly<Record<string, string>> = {
  agenda: 'sets the agenda', focus: 'keeps a focus', redirect: 'redirects', boundary: 'states a limit',
  limit_with_alternative: 'offers an alternative with the limit', permission: 'asks permission',
  autonomy: 'leaves the choice with the client', rationale: 'gives a reason',
  information: 'offers information', advice: 'suggests', feedback: 'gives feedback', process_transparency: 'is open about the process',
  goal_setting: 'sets goals together', time_keeping: 'keeps time', summary_with_direction: 'summarises and points ahead',
  collaborative_proposal: 'proposes a next step together', general_information: 'gives general information',
  confront: 'confronts', command: 'gives orders', warning: 'warns', label: 'labels the client', lecture: 'lectures',
  sarcasm: 'is sarcastic', threat: 'threatens', unsolicited_advice: 'advises without permission',
  rhetorical_challenge: 'challenges with a rhetorical question', you_evaluation: 'judges the client', stereotyping: 'stereotypes',
  minimiser: 'minimises the concern', ultimatum: 'sets an ultimatum', imperative_opening: 'gives an order', accusing_pattern: 'accuses',
  capitulation: 'gives in', over_apology: 'over-apologises', excessive_self_disclosure: 'talks about themself',
  abandon_frame: 'drops the frame', excessive_deference: 'defers', yielding: 'hands the decision over',
  open_reassurance: 'reassures without limit', limit_apology: 'apologises for the limit', secret_keeping: 'promises secrecy',
  accepting_offer: 'accepts a personal offer',
  you_blame: 'blames', absolute: 'uses absolutes', insult: 'insults', profanity: 'swears', imperative: 'gives an order',
  shouting: 'shouts', contempt: 'shows contempt', pseudo_feeling: 'blames through a feeling word',
  judgement_as_feeling: 'dresses a judgement as a feeling', sarcasm_cue: 'is sarcastic', backhanded_compliment: 'gives a backhanded compliment',
  dismissive_resignation: 'shrugs it off', curt_reply: 'answers curtly', guilt_trip: 'guilt-trips', veiled_dig: 'makes a veiled dig',
};

export const markerWords = (kind: string): string => MARKER_WORDS[kind] ?? kind.replace(/_/g, ' ');

/** A short quotation of `text`, cut at a word boundary. */
export function quote(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.,;:]+$/u, '');
  if (t.length <= max) return `'${t}'`;
  const cut = t.lastIndexOf(' ', max - 1);
  return `'${t.slice(0, cut > max / 2 ? cut : max - 1)}…'`;
}

/** "a", "a and b", "a, b and c". */
export function listWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * What a turn does empathically, strongest mechanism first, quoting the words that carry it: null when
 * every level is 0.
 */
export function empathyReason(a: UtteranceAnalysis): string | null {
  const mechanisms = (['ip', 'er', 'ex'] as const).filter((m) => a.empathy[m] > 0).sort((x, y) => a.empathy[y] - a.empathy[x]);
  if (mechanisms.length === 0) return null;
  const parts = mechanisms.map((m, i) => {
    const level = a.empathy[m];
    const code = `${m.toUpperCase()} ${level}`;
    const rationale = i === 0 ? a.empathy.rationales.filter((r) => r.mechanism === m).sort((x, y) => y.level - x.level)[0] : undefined;
    const evidence = rationale ? `${code}: ${quote(a.text.slice(rationale.start, rationale.end))}` : code;
    return `${MECHANISM_WORDS[m][level - 1]} (${evidence})`;
  });
  return listWords(parts);
}

/** Up to `max` markers of the given leanings in plain words with their words quoted, one per kind. */
export function markerReason(markers: readonly Marker[] | undefined, leanings: ReadonlySet<string>, max = 2): string | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const m of markers ?? []) {
    if (!leanings.has(m.leaning) || seen.has(m.kind)) continue;
    seen.add(m.kind);
    parts.push(`${markerWords(m.kind)} (${quote(m.text, 40)})`);
    if (parts.length === max) break;
  }
  return parts.length ? listWords(parts) : null;
}
