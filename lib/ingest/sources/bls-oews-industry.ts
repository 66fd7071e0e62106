import { z } from 'zod';
import type { FileSpec, RawRecord, TableTarget } from '../types';
import { blsNumber, matchingCell, requiredText, socCode, markerReasons } from './values';

/** OEWS national industry-specific years present as one file each: bls/oews_industry/oews_natsector_M{year}.csv. */
export const OEWS_INDUSTRY_YEARS = [2024] as const;

/** Numeric columns kept: canonical header → table column (null_reasons uses the latter). */
const NUMERIC_COLUMNS = {
  TOT_EMP: 'tot_emp',
  EMP_PRSE: 'emp_prse',
  PCT_TOTAL: 'pct_total',
  PCT_RPT: 'pct_rpt',
  H_MEAN: 'h_mean',
  A_MEAN: 'a_mean',
  H_MEDIAN: 'h_median',
  A_MEDIAN: 'a_median',
  A_PCT10: 'a_pct10',
  A_PCT90: 'a_pct90',
} as const;

type NumericHeader = keyof typeof NUMERIC_COLUMNS;
const NUMERIC_HEADERS = Object.keys(NUMERIC_COLUMNS) as NumericHeader[];
const TEXT_HEADERS = [
  'AREA',
  'NAICS',
  'NAICS_TITLE',
  'I_GROUP',
  'OWN_CODE',
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
] as const;

/** A NAICS sector as OEWS writes it: two digits, or a two-digit range such as 31-33. */
const NAICS_SECTOR = /^\d{2}(-\d{2})?$/;

export interface OewsIndustryRow {
  year: number;
  naics: string;
  naicsTitle: string;
  ownCode: number;
  occCode: string;
  title: string;
  group: 'total' | 'major' | 'minor' | 'broad' | 'detailed';
  totEmp: number | null;
  empPrse: number | null;
  pctTotal: number | null;
  pctRpt: number | null;
  hMean: number | null;
  aMean: number | null;
  hMedian: number | null;
  aMedian: number | null;
  aPct10: number | null;
  aPct90: number | null;
  /** Table column → BLS marker that made it null, e.g. { emp_prse: '**' }; null when none. */
  nullReasons: Record<string, string> | null;
}

const numeric = Object.fromEntries(
  (Object.keys(NUMERIC_COLUMNS) as NumericHeader[]).map((h) => [h, blsNumber({ integer: h === 'TOT_EMP' })]),
) as Record<NumericHeader, ReturnType<typeof blsNumber>>;

function rowSchema(year: number): z.ZodType<OewsIndustryRow, RawRecord> {
  return z
    .object({
      AREA: matchingCell(/^99$/, 'industry estimates are national only: AREA must be 99 (U.S.)'),
      NAICS: matchingCell(NAICS_SECTOR, 'not a NAICS sector (NN or NN-NN)'),
      NAICS_TITLE: requiredText,
      // Only sector rows are read; finer NAICS levels would count the same workers twice.
      I_GROUP: matchingCell(/^sector$/, 'only NAICS sector rows are supported (I_GROUP "sector")'),
      OWN_CODE: matchingCell(/^\d{1,4}$/, 'not an ownership code (1–4 digits)', Number),
      OCC_CODE: socCode,
      OCC_TITLE: requiredText,
      O_GROUP: z.enum(['total', 'major', 'minor', 'broad', 'detailed']),
      ...numeric,
    })
    .transform((r): OewsIndustryRow => {
      return {
        year,
        naics: r.NAICS,
        naicsTitle: r.NAICS_TITLE,
        ownCode: r.OWN_CODE,
        occCode: r.OCC_CODE,
        title: r.OCC_TITLE,
        group: r.O_GROUP,
        totEmp: r.TOT_EMP.value,
        empPrse: r.EMP_PRSE.value,
        pctTotal: r.PCT_TOTAL.value,
        pctRpt: r.PCT_RPT.value,
        hMean: r.H_MEAN.value,
        aMean: r.A_MEAN.value,
        hMedian: r.H_MEDIAN.value,
        aMedian: r.A_MEDIAN.value,
        aPct10: r.A_PCT10.value,
        aPct90: r.A_PCT90.value,
        nullReasons: markerReasons(r, NUMERIC_HEADERS, NUMERIC_COLUMNS),
      };
    });
}

const target: TableTarget = {
  table: 'oews_industry_employment',
  columns: [
    { name: 'year', type: 'int' },
    { name: 'naics', type: 'text' },
    { name: 'naics_title', type: 'text' },
    { name: 'own_code', type: 'int' },
    { name: 'occ_code', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'o_group', type: 'text' },
    { name: 'tot_emp', type: 'int' },
    { name: 'emp_prse', type: 'float' },
    { name: 'pct_total', type: 'float' },
    { name: 'pct_rpt', type: 'float' },
    { name: 'h_mean', type: 'float' },
    { name: 'a_mean', type: 'float' },
    { name: 'h_median', type: 'float' },
    { name: 'a_median', type: 'float' },
    { name: 'a_pct10', type: 'float' },
    { name: 'a_pct90', type: 'float' },
    { name: 'null_reasons', type: 'jsonb' },
  ],
};

/**
 * Cross-industry rows (I_GROUP "cross-industry", NAICS 000000) repeat the national file that
 * bls-oews loads; the sectors already add up to them, so keeping both would count workers twice.
 */
const isCrossIndustry = (record: RawRecord) => record.I_GROUP?.trim().toLowerCase() === 'cross-industry';

/** The FileSpec of one OEWS national-by-sector year (the natsector_M{year}_dl sheet as CSV). */
export function oewsIndustrySpec(
  year: number,
  file = `bls/oews_industry/oews_natsector_M${year}.csv`,
): FileSpec<OewsIndustryRow> {
  return {
    source: 'bls-oews-industry',
    file,
    requiredColumns: [...TEXT_HEADERS, ...NUMERIC_HEADERS],
    skip: isCrossIndustry,
    row: rowSchema(year),
    key: (r) => [r.naics, r.occCode, r.group].join('|'),
    target,
    scope: { year },
    toRow: (r) => ({
      year: r.year,
      naics: r.naics,
      naics_title: r.naicsTitle,
      own_code: r.ownCode,
      occ_code: r.occCode,
      title: r.title,
      o_group: r.group,
      tot_emp: r.totEmp,
      emp_prse: r.empPrse,
      pct_total: r.pctTotal,
      pct_rpt: r.pctRpt,
      h_mean: r.hMean,
      a_mean: r.aMean,
      h_median: r.hMedian,
      a_median: r.aMedian,
      a_pct10: r.aPct10,
      a_pct90: r.aPct90,
      null_reasons: r.nullReasons,
    }),
  };
}

/** One spec per OEWS industry year. */
export const oewsIndustrySpecs: FileSpec<OewsIndustryRow>[] = OEWS_INDUSTRY_YEARS.map((year) => oewsIndustrySpec(year));
export const specs = oewsIndustrySpecs;
