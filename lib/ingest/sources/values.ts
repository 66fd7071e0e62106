import { cellSchema, Invalid } from '../cell';

/** BLS special codes that stand in for a number, and what each means (OEWS/EP footnotes). */
export const BLS_MARKERS = {
  '*': 'wage estimate not available',
  '**': 'employment estimate not available',
  '#': 'wage at or above the top-code ($100–115/hour or $208,000–239,200/year, by year)',
  '~': 'fewer than 0.5% of establishments report the occupation',
} as const;

export type BlsMarker = keyof typeof BLS_MARKERS;

/** A number read from a BLS cell: the value, or null with the marker that replaced it. */
export interface MarkedNumber {
  value: number | null;
  marker?: BlsMarker;
}

// Plain ("1234.5", ".25", "-3") or with thousands separators ("140,886,310", "58,260.5").
const NUMBER_RE = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?$/;

/** Parses a decimal that may carry thousands separators; undefined when it is not a number. */
export function parseDecimal(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || t === '-' || !NUMBER_RE.test(t)) return undefined;
  const n = Number(t.includes(',') ? t.replace(/,/g, '') : t);
  return Number.isFinite(n) ? n : undefined;
}

const notANumber = (raw: string) => new Invalid(`not a number: "${raw}"`);

/** The converter behind blsNumber (see there). */
function toMarkedNumber(raw: string, integer: boolean): MarkedNumber | Invalid {
  const t = raw.trim();
  if (t === '') return { value: null };
  // Own keys only: `in` also matched inherited names, so a cell reading "constructor" passed as a marker.
  if (Object.hasOwn(BLS_MARKERS, t)) return { value: null, marker: t as BlsMarker };
  const n = parseDecimal(t);
  if (n === undefined) return notANumber(raw);
  if (integer && !Number.isInteger(n)) return new Invalid(`not a whole number: "${raw}"`);
  return { value: n };
}

/**
 * A BLS numeric cell: thousands separators allowed; `*`, `**`, `#`, `~` become null with the
 * marker kept; an empty cell is null without a marker; anything else is an error.
 */
export function blsNumber(options: { integer?: boolean } = {}) {
  const integer = options.integer === true;
  return cellSchema((raw) => toMarkedNumber(raw, integer));
}

/**
 * Table column → BLS marker for each marked numeric cell of a row (`columns`: header → table column), or
 * null when none is marked. A loop over a fixed list, no closure or Object.keys: it runs once per OEWS row.
 */
export function markerReasons<H extends string>(
  row: Readonly<Record<H, unknown>>,
  headers: readonly H[],
  columns: Readonly<Record<H, string>>,
): Record<string, string> | null {
  let reasons: Record<string, string> | null = null;
  for (const header of headers) {
    const marker = (row[header] as MarkedNumber).marker;
    if (!marker) continue;
    reasons ??= {};
    reasons[columns[header]] = marker;
  }
  return reasons;
}

/** A required finite number (thousands separators allowed). */
export const requiredNumber = cellSchema((raw) => parseDecimal(raw) ?? notANumber(raw));

/** An optional number: empty, "—" or "NA" become null; other text is an error. */
export const optionalNumber = cellSchema((raw) => {
  const t = raw.trim();
  if (t === '' || t === '—' || t === 'NA') return null;
  return parseDecimal(t) ?? notANumber(raw);
});

/** A trimmed cell that must match `pattern` (else refused with `message`), then converted by `convert`. */
export function matchingCell<T = string>(
  pattern: RegExp,
  message: string,
  convert: (trimmed: string) => T = (t) => t as T,
) {
  const refused = new Invalid(message);
  return cellSchema((raw) => {
    const t = raw.trim();
    return pattern.test(t) ? convert(t) : refused;
  });
}

const emptyValue = new Invalid('empty value');

/** A non-empty trimmed text cell. */
export const requiredText = cellSchema((raw) => {
  const t = raw.trim();
  return t === '' ? emptyValue : t;
});

/** A SOC code such as 15-1252 (trailing spaces trimmed). */
export const socCode = matchingCell(/^\d{2}-\d{4}$/, 'not a SOC code (NN-NNNN)');

/** An O*NET-SOC code such as 15-1252.00. */
export const onetSocCode = matchingCell(/^\d{2}-\d{4}\.\d{2}$/, 'not an O*NET-SOC code (NN-NNNN.NN)');

/** An ISCO-08 unit group, left-padded to 4 digits ("110" → "0110"; the ILO file lost the zeros). */
export const isco08Code = matchingCell(/^\d{1,4}$/, 'not an ISCO-08 code (up to 4 digits)', (t) => t.padStart(4, '0'));
