import { cellSchema, Invalid } from './cell';

/**
 * Reusable zod cell validators: raw CSV text in, typed value out, with messages a user can act on.
 * Each is one `transform` (trim, check and convert in a single step) because these run once per
 * cell on hundreds of thousands of rows, where chained zod steps cost several times more. Each is
 * tagged with its converter (lib/ingest/cell.ts), so a record can also be checked without zod.
 */

const INVALID = Symbol('invalid');

/** A cell validator from a converter on the trimmed text; INVALID adds `message` as the issue. */
function cell<T>(convert: (trimmed: string) => T | typeof INVALID, message: string) {
  const refused = new Invalid(message);
  return cellSchema((raw): T | Invalid => {
    const out = convert(raw.trim());
    return out === INVALID ? refused : out;
  });
}

/** A validator that accepts an empty (or blank) cell as null and otherwise converts like `convert`. */
function optionalCell<T>(convert: (trimmed: string) => T | typeof INVALID, message: string) {
  return cell((v) => (v === '' ? null : convert(v)), message);
}

const ONET_SOC = /^\d{2}-\d{4}\.\d{2}$/;
const ELEMENT_ID = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
const WHOLE = /^-?\d+(\.0+)?$/;
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const MONTH_YEAR = /^(0[1-9]|1[0-2])\/\d{4}$/;

const toText = (v: string) => (v === '' ? INVALID : v);
const toInteger = (v: string) => (WHOLE.test(v) ? Number.parseInt(v, 10) : INVALID);
const toDecimal = (v: string) => (DECIMAL.test(v) ? Number(v) : INVALID);
const matching = (re: RegExp) => (v: string) => (re.test(v) ? v : INVALID);

/** Non-empty trimmed text. */
export const text = cell(toText, 'must not be empty');

/** Trimmed text, empty → null. */
export const optionalText = cell((v) => (v === '' ? null : v), 'unreachable');

/** O*NET-SOC code such as 15-1252.00. */
export const onetSocCode = cell(matching(ONET_SOC), 'expected an O*NET-SOC code like 15-1252.00');

/** O*NET content-model, DWA and IWA ids such as 2.A.1.a or 4.A.2.a.4.I09.D03. */
export const elementId = cell(matching(ELEMENT_ID), 'expected a content-model id like 2.A.1.a');

/** A whole number; accepts "8823.0" as written by pandas. */
export const integer = cell(toInteger, 'expected a whole number');

/** A whole number or empty → null. */
export const optionalInteger = optionalCell(toInteger, 'expected a whole number');

/** A finite decimal number. */
export const decimal = cell(toDecimal, 'expected a number');

/** A decimal number or empty → null. */
export const optionalDecimal = optionalCell(toDecimal, 'expected a number');

/** A decimal number within [0, 1] (a share). */
export const share = cell((v) => {
  const n = toDecimal(v);
  return n !== INVALID && n >= 0 && n <= 1 ? n : INVALID;
}, 'expected a share between 0 and 1');

/** O*NET Y/N flag; empty (not applicable) → false. */
export const yesNo = cell(
  (v) => (v === 'Y' ? true : v === 'N' || v === '' ? false : INVALID),
  'expected Y, N or empty',
);

/** O*NET date stamp MM/YYYY. */
export const monthYear = cell(matching(MONTH_YEAR), 'expected a date like 08/2023');

/** One of the given strings (trimmed). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return cell((v) => (allowed.has(v) ? (v as T[number]) : INVALID), `expected one of ${values.join(', ')}`);
}

/** One of the given strings, or empty → null. */
export function optionalOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  const allowed = new Set<string>(values);
  return optionalCell((v) => (allowed.has(v) ? (v as T[number]) : INVALID), `expected one of ${values.join(', ')}`);
}
