import { z } from 'zod';
import type { FileSpec, TableTarget } from '../types';
import { optionalNumber, parseDecimal, requiredText, socCode } from './values';

/**
 * BLS Employment Projections (National Employment Matrix), one vintage per file set. Table 1.2
 * gives employment (in thousands), change and openings; for 2019–29 and 2022–32 the median wage
 * and typical education come from table 1.7, applied as an update to the table-1.2 rows.
 * Table 1.2 of 2024–34 already carries both.
 */
interface Vintage {
  vintage: string;
  base: number;
  /** Header of the median-wage column, which names the wage year. */
  wageHeader: string;
  /** Whether table 1.2 carries wage and education (else table 1.7 adds them). */
  wageInTable12: boolean;
  /** Dash in the period of column headers ("2019-29", but "2024–34"). */
  dash: '-' | '–';
}

export const EP_VINTAGES: readonly Vintage[] = [
  { vintage: '2019-29', base: 2019, wageHeader: 'Median annual wage, 2020(1)', wageInTable12: false, dash: '-' },
  { vintage: '2022-32', base: 2022, wageHeader: 'Median annual wage, 2022(1)', wageInTable12: false, dash: '-' },
  {
    vintage: '2024-34',
    base: 2024,
    wageHeader: 'Median annual wage, dollars, 2024[1]',
    wageInTable12: true,
    dash: '–',
  },
];

/** Header spellings of one vintage → canonical names. */
function aliasesOf(v: Vintage): Record<string, string> {
  const period = `${v.base}${v.dash}${String(v.base + 10).slice(2)}`;
  return {
    [`${v.base} National Employment Matrix title`]: 'title',
    [`${v.base} National Employment Matrix code`]: 'code',
    'Occupation type': 'type',
    [`Employment, ${v.base}`]: 'emp_base',
    [`Employment, ${v.base + 10}`]: 'emp_projected',
    [`Employment change, numeric, ${period}`]: 'change_numeric',
    [`Employment change, percent, ${period}`]: 'change_percent',
    [`Occupational openings, ${period} annual average`]: 'openings',
    [v.wageHeader]: 'median_wage',
    'Typical education needed for entry': 'education',
  };
}

/** Median wage: ">=$208,000" (top-coded) and "—" (not available) become null; no exact value exists. */
const medianWageCell = z.string().transform((raw, ctx) => {
  const t = raw.trim();
  if (t === '' || t === '—' || t.startsWith('>=')) return null;
  const n = parseDecimal(t.replace(/^\$/, ''));
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `not a wage: "${raw}"` });
    return z.NEVER;
  }
  return n;
});

const educationCell = z
  .string()
  .trim()
  .transform((t) => (t === '' || t === '—' ? null : t));

export interface ProjectionRow {
  vintage: string;
  code: string;
  title: string;
  type: 'Summary' | 'Line item';
  empBase: number | null;
  empProjected: number | null;
  changeNumeric: number | null;
  changePercent: number | null;
  openings: number | null;
  medianWage: number | null;
  education: string | null;
}

export type WageRow = Pick<ProjectionRow, 'vintage' | 'code' | 'medianWage' | 'education'>;

const TABLE12 = ['title', 'code', 'type', 'emp_base', 'emp_projected', 'change_numeric', 'change_percent', 'openings'];

const table12Target: TableTarget = {
  table: 'employment_projection',
  columns: [
    { name: 'vintage', type: 'text' },
    { name: 'nem_code', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'occupation_type', type: 'text' },
    { name: 'emp_base', type: 'float' },
    { name: 'emp_projected', type: 'float' },
    { name: 'change_numeric', type: 'float' },
    { name: 'change_percent', type: 'float' },
    { name: 'openings', type: 'float' },
    { name: 'median_wage', type: 'float' },
    { name: 'education', type: 'text' },
  ],
};

const wageTarget: TableTarget = {
  table: 'employment_projection',
  mode: 'update',
  keyColumns: ['vintage', 'nem_code'],
  columns: [
    { name: 'vintage', type: 'text' },
    { name: 'nem_code', type: 'text' },
    { name: 'median_wage', type: 'float' },
    { name: 'education', type: 'text' },
  ],
};

/** Table 1.2 of one vintage (employment, change, openings; plus wage and education in 2024–34). */
export function projectionSpec(
  v: Vintage,
  file = `bls/employment_projections/ep_${v.base}_${String(v.base + 10).slice(2)}_table_1_2.csv`,
): FileSpec<ProjectionRow> {
  const counts = {
    code: socCode,
    title: requiredText,
    type: z.enum(['Summary', 'Line item']),
    emp_base: optionalNumber,
    emp_projected: optionalNumber,
    change_numeric: optionalNumber,
    change_percent: optionalNumber,
    openings: optionalNumber,
  };
  type Counts = z.output<z.ZodObject<typeof counts>>;
  const toRow = (r: Counts, medianWage: number | null, education: string | null): ProjectionRow => ({
    vintage: v.vintage,
    code: r.code,
    title: r.title,
    type: r.type,
    empBase: r.emp_base,
    empProjected: r.emp_projected,
    changeNumeric: r.change_numeric,
    changePercent: r.change_percent,
    openings: r.openings,
    medianWage,
    education,
  });
  // Without wage columns in this table, both stay null until table 1.7 sets them.
  const row = v.wageInTable12
    ? z
        .object({ ...counts, median_wage: medianWageCell, education: educationCell })
        .transform((r) => toRow(r, r.median_wage, r.education))
    : z.object(counts).transform((r) => toRow(r, null, null));
  return {
    source: 'bls-ep',
    file,
    requiredColumns: v.wageInTable12 ? [...TABLE12, 'median_wage', 'education'] : TABLE12,
    aliases: aliasesOf(v),
    row,
    key: (r) => r.code,
    target: table12Target,
    scope: { vintage: v.vintage },
    toRow: (r) => ({
      vintage: r.vintage,
      nem_code: r.code,
      title: r.title,
      occupation_type: r.type,
      emp_base: r.empBase,
      emp_projected: r.empProjected,
      change_numeric: r.changeNumeric,
      change_percent: r.changePercent,
      openings: r.openings,
      median_wage: r.medianWage,
      education: r.education,
    }),
  };
}

/** Table 1.7 of 2019–29 or 2022–32: sets median wage and education on the table-1.2 rows. */
export function projectionWageSpec(
  v: Vintage,
  file = `bls/employment_projections/ep_${v.base}_${String(v.base + 10).slice(2)}_table_1_7.csv`,
): FileSpec<WageRow> {
  const row = z
    .object({ code: socCode, median_wage: medianWageCell, education: educationCell })
    .transform(
      (r): WageRow => ({ vintage: v.vintage, code: r.code, medianWage: r.median_wage, education: r.education }),
    );
  return {
    source: 'bls-ep',
    file,
    requiredColumns: ['code', 'median_wage', 'education'],
    aliases: aliasesOf(v),
    row,
    key: (r) => r.code,
    target: wageTarget,
    scope: { vintage: v.vintage },
    toRow: (r) => ({
      vintage: r.vintage,
      nem_code: r.code,
      median_wage: r.medianWage,
      education: r.education,
    }),
  };
}

/** Table 1.2 then (where needed) table 1.7, per vintage, in load order. */
export const projectionSpecs: FileSpec<ProjectionRow | WageRow>[] = EP_VINTAGES.flatMap((v) =>
  v.wageInTable12 ? [projectionSpec(v)] : [projectionSpec(v), projectionWageSpec(v)],
) as FileSpec<ProjectionRow | WageRow>[];
export const specs = projectionSpecs;
