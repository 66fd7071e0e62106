import { z } from 'zod';
import type { FileSpec, TableTarget } from '../types';
import { blsNumber, requiredText, socCode, markerReasons } from './values';

/** OEWS national years present as one file each: bls/oews_national/oews_national_M{year}.csv. */
export const OEWS_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

export type SocVintage = 'SOC 2010' | 'hybrid' | 'SOC 2018';

/** The SOC vintage OEWS used in a given May reference year. */
export function oewsSocVintage(year: number): SocVintage {
  if (year <= 2018) return 'SOC 2010';
  if (year <= 2020) return 'hybrid';
  return 'SOC 2018';
}

/** Numeric columns kept from OEWS: canonical header → table column (null_reasons uses the latter). */
const NUMERIC_COLUMNS = {
  TOT_EMP: 'tot_emp',
  EMP_PRSE: 'emp_prse',
  H_MEAN: 'h_mean',
  A_MEAN: 'a_mean',
  H_MEDIAN: 'h_median',
  A_MEDIAN: 'a_median',
  A_PCT10: 'a_pct10',
  A_PCT90: 'a_pct90',
} as const;

type NumericHeader = keyof typeof NUMERIC_COLUMNS;
const NUMERIC_HEADERS = Object.keys(NUMERIC_COLUMNS) as NumericHeader[];
const TEXT_HEADERS = ['OCC_CODE', 'OCC_TITLE', 'O_GROUP'] as const;
const REQUIRED = [...TEXT_HEADERS, ...NUMERIC_HEADERS];

// 2012-2018 call the group column OCC_GROUP (header matching is case-insensitive, so 2019's
// lower-case headers need no alias).
const ALIASES: Record<string, string> = { OCC_GROUP: 'O_GROUP' };

export interface OewsRow {
  year: number;
  occCode: string;
  title: string;
  group: 'total' | 'major' | 'minor' | 'broad' | 'detailed';
  socVintage: SocVintage;
  totEmp: number | null;
  empPrse: number | null;
  hMean: number | null;
  aMean: number | null;
  hMedian: number | null;
  aMedian: number | null;
  aPct10: number | null;
  aPct90: number | null;
  /** Table column → BLS marker that made it null, e.g. { a_median: '#' }; null when none. */
  nullReasons: Record<string, string> | null;
}

function oewsRowSchema(year: number): z.ZodType<OewsRow, Record<string, string>> {
  return z
    .object({
      OCC_CODE: socCode,
      OCC_TITLE: requiredText,
      O_GROUP: z.enum(['total', 'major', 'minor', 'broad', 'detailed']),
      TOT_EMP: blsNumber({ integer: true }),
      EMP_PRSE: blsNumber(),
      H_MEAN: blsNumber(),
      A_MEAN: blsNumber(),
      H_MEDIAN: blsNumber(),
      A_MEDIAN: blsNumber(),
      A_PCT10: blsNumber(),
      A_PCT90: blsNumber(),
    })
    .transform((r): OewsRow => {
      return {
        year,
        occCode: r.OCC_CODE,
        title: r.OCC_TITLE,
        group: r.O_GROUP,
        socVintage: oewsSocVintage(year),
        totEmp: r.TOT_EMP.value,
        empPrse: r.EMP_PRSE.value,
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
  table: 'oews_employment',
  columns: [
    { name: 'year', type: 'int' },
    { name: 'occ_code', type: 'text' },
    { name: 'title', type: 'text' },
    { name: 'o_group', type: 'text' },
    { name: 'soc_vintage', type: 'text' },
    { name: 'tot_emp', type: 'int' },
    { name: 'emp_prse', type: 'float' },
    { name: 'h_mean', type: 'float' },
    { name: 'a_mean', type: 'float' },
    { name: 'h_median', type: 'float' },
    { name: 'a_median', type: 'float' },
    { name: 'a_pct10', type: 'float' },
    { name: 'a_pct90', type: 'float' },
    { name: 'null_reasons', type: 'jsonb' },
  ],
};

/** The FileSpec of one OEWS national year (any of the header layouts 2012–2024). */
export function oewsSpec(year: number, file = `bls/oews_national/oews_national_M${year}.csv`): FileSpec<OewsRow> {
  return {
    source: 'bls-oews',
    file,
    requiredColumns: REQUIRED,
    aliases: ALIASES,
    row: oewsRowSchema(year),
    // A code can appear as both "broad" and "detailed" in one year (e.g. 13-1020).
    key: (r) => [r.occCode, r.group].join('|'),
    target,
    scope: { year },
    toRow: (r) => ({
      year: r.year,
      occ_code: r.occCode,
      title: r.title,
      o_group: r.group,
      soc_vintage: r.socVintage,
      tot_emp: r.totEmp,
      emp_prse: r.empPrse,
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

/** One spec per OEWS year, 2012–2024. */
export const oewsSpecs: FileSpec<OewsRow>[] = OEWS_YEARS.map((year) => oewsSpec(year));
export const specs = oewsSpecs;
