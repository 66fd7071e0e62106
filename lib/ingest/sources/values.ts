import { z } from 'zod';

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

/**
 * A BLS numeric cell: thousands separators allowed; `*`, `**`, `#`, `~` become null with the
 * marker kept; an empty cell is null without a marker; anything else is an error.
 */
export function blsNumber(options: { integer?: boolean } = {}) {
  return z.string().transform((raw, ctx): MarkedNumber => {
    const t = raw.trim();
    if (t === '') return { value: null };
    if (t in BLS_MARKERS) return { value: null, marker: t as BlsMarker };
    const n = parseDecimal(t);
    if (n === undefined) {
      ctx.addIssue({ code: 'custom', message: `not a number: "${raw}"` });
      return z.NEVER;
    }
    if (options.integer && !Number.isInteger(n)) {
      ctx.addIssue({ code: 'custom', message: `not a whole number: "${raw}"` });
      return z.NEVER;
    }
    return { value: n };
  });
}

/** A required finite number (thousands separators allowed). */
export const requiredNumber = z.string().transform((raw, ctx) => {
  const n = parseDecimal(raw);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `not a number: "${raw}"` });
    return z.NEVER;
  }
  return n;
});

/** An optional number: empty, "—" or "NA" become null; other text is an error. */
export const optionalNumber = z.string().transform((raw, ctx) => {
  const t = raw.trim();
  if (t === '' || t === '—' || t === 'NA') return null;
  const n = parseDecimal(t);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `not a number: "${raw}"` });
    return z.NEVER;
  }
  return n;
});

/** A non-empty trimmed text cell. */
export const requiredText = z.string().trim().min(1, 'empty value');

/** A SOC code such as 15-1252 (trailing spaces trimmed). */
export const socCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{4}$/, 'not a SOC code (NN-NNNN)');

/** An O*NET-SOC code such as 15-1252.00. */
export const onetSocCode = z
  .string()
  .trim()
  .regex(/^\d{2}-\d{4}\.\d{2}$/, 'not an O*NET-SOC code (NN-NNNN.NN)');

/** An ISCO-08 unit group, left-padded to 4 digits ("110" → "0110"; the ILO file lost the zeros). */
export const isco08Code = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, 'not an ISCO-08 code (up to 4 digits)')
  .transform((c) => c.padStart(4, '0'));
