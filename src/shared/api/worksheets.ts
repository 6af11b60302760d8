import { z } from 'zod';
import type { WorksheetCheck } from '../../core/worksheets/checkWorksheet.js';
import { idSchema, queryInt } from './common.js';

/**
 * Worksheets (DBT DEAR MAN, GIVE, FAST and the "I" statement): each part is checked live with the
 * analysis core (a description of facts, a feeling, a clear request, an over-apology, an attack…) and
 * the check says what is missing. Parts are named by the worksheet core (`src/core/worksheets/`).
 */

export const WORKSHEET_KINDS = ['dear_man', 'give', 'fast', 'i_statement'] as const;
export const worksheetKindSchema = z.enum(WORKSHEET_KINDS);
export type WorksheetKindJson = (typeof WORKSHEET_KINDS)[number];

/** A worksheet line is a sentence or two (the worksheet core's MAX_FIELD_LENGTH). */
export const WORKSHEET_FIELD_MAX = 2000;

/** Part id → what the person wrote in it (part ids: `GET /api/worksheets/kinds`). */
export const worksheetFieldsSchema = z.record(z.string().min(1).max(60), z.string().max(WORKSHEET_FIELD_MAX));

export const checkWorksheetRequestSchema = z.object({ kind: worksheetKindSchema, fields: worksheetFieldsSchema });
export type CheckWorksheetRequest = z.infer<typeof checkWorksheetRequestSchema>;

export const saveWorksheetRequestSchema = checkWorksheetRequestSchema;
export type SaveWorksheetRequest = CheckWorksheetRequest;
export const updateWorksheetRequestSchema = z.object({ fields: worksheetFieldsSchema });

export const worksheetListQuerySchema = z.object({ kind: worksheetKindSchema.optional(), limit: queryInt(1, 500).optional() });
export const worksheetParamsSchema = z.object({ id: idSchema });

/**
 * The worksheet core's check (src/core/worksheets/checkWorksheet.ts): per part `status` ok / missing /
 * problem, a stable `code`, a plain `hint` and the `evidence` (words with offsets into that part's
 * text); the assembled `script`; `complete` when every part is ok.
 */
export type WorksheetCheckJson = WorksheetCheck;

/** `GET /api/worksheets/kinds`: what the forms need to show each worksheet. */
export interface WorksheetKindInfo {
  kind: WorksheetKindJson;
  title: string;
  purpose: string;
  parts: Array<{
    id: string;
    label: string;
    prompt: string;
    /** Words the finished sentence puts before the field (I statement), e.g. "I feel". */
    lead: string | null;
    optional: boolean;
    /** A line of the assembled script (else a how-to note). */
    inScript: boolean;
  }>;
}
export interface WorksheetKindsResponse {
  kinds: WorksheetKindInfo[];
}

export interface WorksheetJson {
  id: string;
  kind: WorksheetKindJson;
  createdAt: string;
  updatedAt: string;
  fields: Record<string, string>;
  checks: WorksheetCheckJson;
}
export interface WorksheetListResponse {
  worksheets: WorksheetJson[];
}
