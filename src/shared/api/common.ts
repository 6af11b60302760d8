import { z } from 'zod';

/**
 * Pieces every area of the HTTP API shares. Everything in `src/shared/api` is pure (zod only, plus
 * type-only imports that vanish at build time), so the server validates with these schemas and the
 * browser bundle imports the same ones to validate forms and type responses.
 */

/** A stored record's id (the store chooses its form; the API treats it as an opaque string). */
export const idSchema = z.string().trim().min(1).max(100);
export const idParamsSchema = z.object({ id: idSchema });

/** A moment as an ISO 8601 string with a time zone, e.g. `2025-05-01T09:30:00.000Z`. */
export const timestampSchema = z.iso.datetime({ offset: true });
/** A calendar day, `YYYY-MM-DD`. */
export const daySchema = z.iso.date();

/** Subjective units of distress as the diary and the exposure ladder rate them: 0 (calm) to 100 (worst). */
export const anxietySchema = z.number().int().min(0).max(100);

/** A line of free text a person writes (a title, a name). */
export const shortTextSchema = z.string().trim().min(1).max(200);
/** A paragraph a person writes (a situation, a note): up to 10,000 characters. */
export const longTextSchema = z.string().max(10_000);

/** Query-string numbers arrive as text. */
export const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** One thing wrong with a request: where (a dotted field path, `""` for the whole body) and what. */
export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type ApiIssue = z.infer<typeof issueSchema>;

/**
 * Error codes the API answers with (the HTTP status goes with the code):
 * - `invalid_input` 400: the body, query or path failed its schema; `issues` say where.
 * - `invalid_json` 400: the body is not JSON.
 * - `unreadable_transcript` 422: a review's file could not be read as a transcript; `issues` say where.
 * - `forbidden` 403: the request names another host than this machine (the server answers only
 *   requests addressed to localhost while it listens on the loopback address).
 * - `not_found` 404: no such route or record.
 * - `conflict` 409: the request does not fit the record's state (a turn in an ended session).
 * - `payload_too_large` 413: the body is over the limit (5 MB).
 * - `unsupported_media_type` 415: a body that is not `application/json`.
 * - `internal` 500: a fault on this side; details go to the server's log, never to the client.
 */
export const ERROR_CODES = ['invalid_input', 'invalid_json', 'unreadable_transcript', 'forbidden', 'not_found', 'conflict', 'payload_too_large', 'unsupported_media_type', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every error response has this body. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    /** A sentence for people. */
    message: z.string(),
    issues: z.array(issueSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** `DELETE` answers (and others that return nothing else). */
export const deletedResponseSchema = z.object({ deleted: z.literal(true) });

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  /** Which store holds the data. */
  store: z.enum(['sqlite', 'postgres']),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
