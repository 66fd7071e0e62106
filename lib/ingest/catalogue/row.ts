import { z } from 'zod';
import type { CatalogueField } from './columns';

/** An O*NET-SOC code (15-1252.00) or a SOC 2018 code (15-1252), as a user may give it. */
export const OCCUPATION_CODE_RE = /^\d{2}-\d{4}(\.\d{2})?$/;

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} longer than ${max} characters`)
    .transform((s) => (s === '' ? null : s));

/** A whole headcount ≥ 0: "12", "12.0", "1,200" (thousands separators); an empty cell is unknown. */
const headcount = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    const plain = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : s;
    if (!/^\d+(\.0+)?$/.test(plain)) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number of 0 or more (value "${s.slice(0, 40)}")` });
      return z.NEVER;
    }
    const n = Number.parseInt(plain, 10);
    if (n > 10_000_000) {
      ctx.addIssue({ code: 'custom', message: `headcount over 10,000,000 (value "${s.slice(0, 40)}")` });
      return z.NEVER;
    }
    return n;
  });

const code = z
  .string()
  .trim()
  .transform((s, ctx) => {
    if (s === '') return null;
    if (!OCCUPATION_CODE_RE.test(s)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected an O*NET-SOC code like 15-1252.00 or a SOC code like 15-1252 (value "${s.slice(0, 40)}")`,
      });
      return z.NEVER;
    }
    return s;
  });

/** One catalogue row, validated at the boundary (every cell arrives as text). */
export const catalogueRow = z.object({
  title: z.string().trim().min(1, 'job title is empty').max(300, 'job title longer than 300 characters'),
  id: optionalText(100, 'id'),
  description: optionalText(10_000, 'description'),
  department: optionalText(200, 'department'),
  location: optionalText(200, 'location'),
  headcount,
  code,
});

/** A valid catalogue row with the file line it came from. */
export type CatalogueRow = z.output<typeof catalogueRow> & { line: number };

/** The raw cells of one record by field (absent columns are empty; NUL characters dropped, Postgres refuses them). */
export function rawFields(
  cells: readonly string[],
  index: Partial<Record<CatalogueField, number>>,
): Record<CatalogueField, string> {
  const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').replaceAll('\u0000', ''));
  return {
    title: cell(index.title),
    id: cell(index.id),
    description: cell(index.description),
    department: cell(index.department),
    location: cell(index.location),
    headcount: cell(index.headcount),
    code: cell(index.code),
  };
}
