import { z } from 'zod';

/**
 * Cell schemas that remember their converter. Each is an ordinary zod schema (zod stays the
 * definition, and its errors are the ones users see); the converter it was built from is kept
 * beside it so lib/ingest/compiled-row.ts can run a whole record without zod's per-field payloads.
 */

/** A converter's answer for text it refuses, carrying the issue message zod reports. */
export class Invalid {
  constructor(readonly message: string) {}
}

/** Raw cell text in, typed value or Invalid out. */
export type CellConverter<T> = (raw: string) => T | Invalid;

const converters = new WeakMap<z.ZodType, CellConverter<unknown>>();

/**
 * A zod cell validator made from `convert`: one `transform` (check and convert in one step),
 * an Invalid answer becoming a custom issue with its message. The schema is tagged with `convert`.
 */
export function cellSchema<T>(convert: CellConverter<T>) {
  const schema = z.string().transform((raw, ctx): T => {
    const out = convert(raw);
    if (!(out instanceof Invalid)) return out;
    ctx.addIssue({ code: 'custom', message: out.message });
    return z.NEVER;
  });
  converters.set(schema, convert);
  return schema;
}

/** The converter `schema` was built from by cellSchema, or undefined for any other schema (derived ones included). */
export function cellConverter(schema: z.ZodType): CellConverter<unknown> | undefined {
  return converters.get(schema);
}
