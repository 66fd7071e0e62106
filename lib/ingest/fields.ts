import { z } from 'zod';

/** Reusable zod cell validators: raw CSV text in, typed value out, with messages a user can act on. */

/** Wraps a cell validator so that an empty (or blank) cell becomes null and other cells keep its message. */
export function orEmpty<Out>(schema: z.ZodType<Out, string>) {
  return z.string().transform((v, ctx): Out | null => {
    if (v.trim() === '') return null;
    const result = schema.safeParse(v);
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

/** Non-empty trimmed text. */
export const text = z.string().trim().min(1, 'must not be empty');

/** Trimmed text, empty → null. */
export const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v));

/** O*NET-SOC code such as 15-1252.00. */
export const onetSocCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'expected an O*NET-SOC code like 15-1252.00');

/** O*NET content-model, DWA and IWA ids such as 2.A.1.a or 4.A.2.a.4.I09.D03. */
export const elementId = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/, 'expected a content-model id like 2.A.1.a');

/** A whole number; accepts "8823.0" as written by pandas. */
export const integer = z
  .string()
  .trim()
  .regex(/^-?\d+(\.0+)?$/, 'expected a whole number')
  .transform((v) => Number.parseInt(v, 10));

/** A whole number or empty → null. */
export const optionalInteger = orEmpty(integer);

/** A finite decimal number. */
export const decimal = z
  .string()
  .trim()
  .regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, 'expected a number')
  .transform(Number);

/** A decimal number or empty → null. */
export const optionalDecimal = orEmpty(decimal);

/** O*NET Y/N flag; empty (not applicable) → false. */
export const yesNo = z
  .string()
  .trim()
  .refine((v) => v === 'Y' || v === 'N' || v === '', 'expected Y, N or empty')
  .transform((v) => v === 'Y');

/** O*NET date stamp MM/YYYY. */
export const monthYear = z
  .string()
  .trim()
  .regex(/^(0[1-9]|1[0-2])\/\d{4}$/, 'expected a date like 08/2023');

/** One of the given strings (trimmed). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .string()
    .trim()
    .refine((v): v is T[number] => (values as readonly string[]).includes(v), `expected one of ${values.join(', ')}`)
    .transform((v) => v as T[number]);
}

/** One of the given strings, or empty → null. */
export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return orEmpty(oneOf(values));
}
