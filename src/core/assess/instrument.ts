import { z } from 'zod';
import { fail, ok, schemaProblems, type Problem, type Result } from '../problem.js';

/**
 * A self-report questionnaire is data (data/instruments/*.json, guide in docs/assessments.md): its
 * items, answer options, keys, scales, the rule for missing answers, the interpretation its source
 * supports and its citation. This module holds the format (a zod schema) and the checks a schema
 * cannot make (an item naming an unknown answer format, an id used twice).
 */
export const INSTRUMENT_FORMAT = 'attune-instrument/1';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and dashes');

/**
 * One way of answering: option labels in the order shown and the score of each option. A person's
 * answer is the 1-based position of the option chosen; a reverse-keyed item scores the option
 * mirrored (position n + 1 − x), which for IPIP's 1..5 values is the published 6 − x.
 */
const responseFormatSchema = z
  .object({
    labels: z.array(z.string().min(1)).min(2),
    values: z.array(z.number().finite()).min(2),
  })
  .strict()
  .refine((f) => f.labels.length === f.values.length, { message: 'values must give one score per label', path: ['values'] });

const itemSchema = z
  .object({
    id,
    text: z.string().min(1),
    /** Key into `responseFormats`. */
    format: z.string().min(1),
    /** IPIP "−" keyed items; CBI's reversed item. */
    reverse: z.boolean(),
  })
  .strict();

const scaleSchema = z
  .object({
    id,
    title: z.string().min(1),
    /** Fewest answered items that still give a score (the mean of those answered). */
    minAnswered: z.number().int().min(1),
    items: z.array(itemSchema).min(1),
  })
  .strict()
  .refine((s) => s.minAnswered <= s.items.length, { message: 'minAnswered is more than the scale has items', path: ['minAnswered'] });

const bandSchema = z
  .object({
    /** Lowest score in the band (inclusive); the band reaches to the next band's `from`. */
    from: z.number().finite(),
    /** Plain words for a person, e.g. "50 or more: the level commonly read as high burnout". */
    label: z.string().min(1),
  })
  .strict();

const instrumentSchema = z
  .object({
    format: z.literal(INSTRUMENT_FORMAT),
    id,
    title: z.string().min(1),
    /** The instruction shown above the items, where the source gives one. */
    stem: z.string().min(1).optional(),
    responseFormats: z.record(z.string().min(1), responseFormatSchema),
    /** The published scoring rule in words (shown to clinicians). */
    scoring: z.string().min(1),
    scales: z.array(scaleSchema).min(1),
    interpretation: z
      .object({
        /** What a score does and does not mean, in plain words; always shown. */
        note: z.string().min(1),
        /** Ascending by `from`; empty where the source gives no bands (IPIP). */
        bands: z.array(bandSchema),
      })
      .strict(),
    /** The rule for missing answers in words, with its source. */
    missingRule: z.string().min(1),
    /** Where the instrument comes from, as its distributor describes it. */
    source: z.string().min(1),
    /** The published reference to show on the instrument's page. */
    citation: z.string().min(1),
    url: z.string().url().optional(),
    licence: z.string().min(1),
  })
  .strict();

export type InstrumentFile = z.input<typeof instrumentSchema>;
export type Instrument = z.output<typeof instrumentSchema>;
export type InstrumentScale = Instrument['scales'][number];
export type InstrumentItem = InstrumentScale['items'][number];
export type ResponseFormat = Instrument['responseFormats'][string];
export type InterpretationBand = Instrument['interpretation']['bands'][number];

/**
 * Validates a parsed instrument file. Problems (`invalid_resource`) name the file (`source`), the
 * field path and the bad value.
 */
export function parseInstrument(json: unknown, source: string): Result<Instrument> {
  const parsed = instrumentSchema.safeParse(json);
  if (!parsed.success) return fail(...schemaProblems(parsed.error.issues, json, 'invalid_resource', source));
  const inst = parsed.data;
  const problems: Problem[] = [];
  const push = (path: string, message: string, value: string) => problems.push({ code: 'invalid_resource', message, source, path, value });
  const scaleIds = new Set<string>();
  const itemIds = new Set<string>();
  inst.scales.forEach((s, i) => {
    if (scaleIds.has(s.id)) push(`scales.${i}.id`, 'scale id used twice', s.id);
    scaleIds.add(s.id);
    s.items.forEach((item, j) => {
      if (itemIds.has(item.id)) push(`scales.${i}.items.${j}.id`, 'item id used twice', item.id);
      itemIds.add(item.id);
      if (!Object.hasOwn(inst.responseFormats, item.format)) {
        push(`scales.${i}.items.${j}.format`, `format must be one of ${Object.keys(inst.responseFormats).join(', ')}`, item.format);
      }
    });
  });
  inst.interpretation.bands.forEach((b, i) => {
    const prev = inst.interpretation.bands[i - 1];
    if (prev && b.from <= prev.from) push(`interpretation.bands.${i}.from`, 'bands must ascend by from', String(b.from));
  });
  return problems.length ? fail(...problems) : ok(inst);
}

/** Every item of the instrument, in the order shown. */
export function instrumentItems(instrument: Instrument): InstrumentItem[] {
  return instrument.scales.flatMap((s) => s.items);
}
