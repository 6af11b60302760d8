/**
 * The vocabulary of redaction: what kinds of personal detail are replaced, and what a redaction returns.
 */

export const REDACTION_KINDS = ['name', 'email', 'phone', 'address', 'date', 'url'] as const;
/**
 * A kind of personal detail. `url` also covers social-media handles ("@maria_l"): both point at a person.
 */
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** One replaced span. Offsets index the redacted text: `text.slice(start, end) === placeholder`. */
export interface Replacement {
  kind: RedactionKind;
  start: number;
  end: number;
  /** `[NAME_1]`, `[EMAIL_2]`, …: the same detail gets the same placeholder for the redactor's lifetime. */
  placeholder: string;
  /** Where the replaced detail was in the input text (the detail itself is never kept in a result). */
  sourceStart: number;
  sourceEnd: number;
}

export interface RedactionResult {
  text: string;
  replacements: Replacement[];
}

export interface RedactorOptions {
  /** Kinds to redact; all by default. */
  kinds?: readonly RedactionKind[];
  /** Names known up front (speakers, the client's name): always redacted where they appear. */
  knownNames?: readonly string[];
}

export interface Redactor {
  /** Redacts one text, extending the redactor's mapping so later texts reuse the same placeholders. */
  redact(text: string): RedactionResult;
  /**
   * Records a name ("Dr Lee", "Maria Lopez") and returns its placeholder. Its words are redacted in every
   * later text even where the language model does not see a name. `fresh` gives it its own placeholder
   * even when it shares a word with a name already seen (two speakers must stay two).
   */
  registerName(name: string, options?: { fresh?: boolean }): string;
}

/** A detected detail in the input text, before placeholders are given (internal to the redactor). */
export interface PiiSpan {
  kind: RedactionKind;
  start: number;
  end: number;
  /** What makes two mentions the same detail (normalised: digits of a phone, y-m-d of a date, …). */
  key: string;
}
