import { z } from 'zod';
import type { FileSpec, TableTarget } from '../types';
import { isco08Code, matchingCell, onetSocCode, requiredNumber, socCode } from './values';

/** Code systems an exposure index may be keyed on. */
export const CODE_SYSTEMS = ['soc2010', 'soc2018', 'onetsoc2010', 'onetsoc2019', 'isco08'] as const;
export type CodeSystem = (typeof CODE_SYSTEMS)[number];

/** One value of a published index, as stored generically in `exposure_index`. */
export interface IndexRow {
  indexName: string;
  codeSystem: CodeSystem;
  code: string;
  year: number | null;
  value: number;
  label: string | null;
}

export const indexTarget: TableTarget = {
  table: 'exposure_index',
  columns: [
    { name: 'index_name', type: 'text' },
    { name: 'code_system', type: 'text' },
    { name: 'code', type: 'text' },
    { name: 'year', type: 'int' },
    { name: 'value', type: 'float' },
    { name: 'label', type: 'text' },
  ],
};

/** The FileSpec shape shared by every index: one index per spec, replaced whole. */
export function indexSpec(
  parts: Pick<FileSpec<IndexRow>, 'source' | 'file' | 'requiredColumns' | 'row'> &
    Partial<Pick<FileSpec<IndexRow>, 'aliases' | 'skip' | 'delimiter' | 'quoted'>> & { indexName: string },
): FileSpec<IndexRow> {
  const { indexName, ...rest } = parts;
  return {
    ...rest,
    key: (r) => [r.codeSystem, ':', r.code, '@', r.year ?? ''].join(''),
    target: indexTarget,
    scope: { index_name: indexName },
    toRow: (r) => ({
      index_name: r.indexName,
      code_system: r.codeSystem,
      code: r.code,
      year: r.year,
      value: r.value,
      label: r.label,
    }),
  };
}

/** A probability or share in [0, 1]. */
const unitInterval = requiredNumber.pipe(z.number().min(0, 'below 0').max(1, 'above 1'));

/** Frey & Osborne (2013): probability of computerisation by SOC 2010 code. */
const freyOsborne = indexSpec({
  source: 'frey-osborne',
  indexName: 'frey_osborne_2013',
  file: 'ai_exposure/frey_osborne_2013/frey_osborne_2013_probability_computerisation_soc2010.csv',
  requiredColumns: ['SOC code', 'Probability', 'Label'],
  row: z.object({ 'SOC code': socCode, Probability: unitInterval, Label: z.enum(['', '0', '1']) }).transform(
    (r): IndexRow => ({
      indexName: 'frey_osborne_2013',
      codeSystem: 'soc2010',
      code: r['SOC code'],
      year: null,
      value: r.Probability,
      // The 70 hand-labelled training occupations of the paper.
      label: r.Label === '1' ? 'training: automatable' : r.Label === '0' ? 'training: not automatable' : null,
    }),
  ),
});

/**
 * ILO, Gmyrek, Berg & Bescond (2023): mean GPT-4 task exposure by ISCO-08 unit group. The 9 rows
 * whose score is "NA" (armed forces, "not elsewhere classified" groups) have no published score:
 * they are skipped as missing rather than rejected, so the file loads whole.
 */
const ilo = indexSpec({
  source: 'ilo-gmyrek',
  indexName: 'ilo_gmyrek_2023',
  file: 'ai_exposure/ilo_gmyrek_2023/gmyrek_berg_bescond_2023_isco08_4digit_scores.csv',
  requiredColumns: ['isco', 'mean_score', 'mean_exposure_level'],
  skip: (record) => record.mean_score?.trim() === 'NA',
  row: z.object({ isco: isco08Code, mean_score: unitInterval, mean_exposure_level: z.string().trim() }).transform(
    (r): IndexRow => ({
      indexName: 'ilo_gmyrek_2023',
      codeSystem: 'isco08',
      code: r.isco,
      year: null,
      value: r.mean_score,
      label: r.mean_exposure_level || null,
    }),
  ),
});

/** DAIOE (Engberg, Lodefalk et al.): yearly exposure per O*NET-SOC 2010 code, one index per subdomain. */
function daioe(column: 'daioe_allapps' | 'daioe_genai' | 'daioe_lngmod'): FileSpec<IndexRow> {
  return indexSpec({
    source: 'daioe',
    indexName: column,
    file: 'ai_exposure/daioe_dynamic_aioe/daioe_onetsoc2010_2010_2023.tsv',
    delimiter: '\t',
    // A plain tab-separated export with no quoting (no cell holds a quote): split in one pass, as O*NET's files are.
    quoted: false,
    requiredColumns: ['occ_code_onetsoc2010', 'year', column],
    // A blank cell means the subdomain has no benchmark data that year (e.g. genai before 2012).
    skip: (record) => (record[column] ?? '').trim() === '',
    row: z
      .object({
        occ_code_onetsoc2010: onetSocCode,
        year: matchingCell(/^(19|20)\d{2}$/, 'not a year', Number),
        [column]: requiredNumber,
      })
      .transform(
        (r): IndexRow => ({
          indexName: column,
          codeSystem: 'onetsoc2010',
          code: r.occ_code_onetsoc2010 as string,
          year: r.year as number,
          value: r[column] as number,
          label: null,
        }),
      ),
  });
}

/** Anthropic Economic Index, labor-market impacts: observed Claude exposure by SOC 2018 code. */
const anthropic = indexSpec({
  source: 'anthropic-aei',
  indexName: 'anthropic_observed_exposure',
  file: 'ai_exposure/anthropic_economic_index/labor_market_impacts/job_exposure.csv',
  requiredColumns: ['occ_code', 'observed_exposure'],
  row: z.object({ occ_code: socCode, observed_exposure: unitInterval }).transform(
    (r): IndexRow => ({
      indexName: 'anthropic_observed_exposure',
      codeSystem: 'soc2018',
      code: r.occ_code,
      year: null,
      value: r.observed_exposure,
      label: null,
    }),
  ),
});

/** Nesta's translation of Brynjolfsson–Mitchell–Rock SML ratings: automation risk (1–5) by ISCO-08 unit group. */
const nesta = indexSpec({
  source: 'nesta-sml',
  indexName: 'nesta_sml_risk',
  file: 'ai_exposure/nesta_bmr_sml_esco/mcc_risk_ISCO_4digit.csv',
  requiredColumns: ['isco_code', 'risk', 'risk_category'],
  row: z
    .object({
      isco_code: isco08Code,
      risk: requiredNumber.pipe(z.number().min(1, 'below 1').max(5, 'above 5')),
      risk_category: z.string().trim(),
    })
    .transform(
      (r): IndexRow => ({
        indexName: 'nesta_sml_risk',
        codeSystem: 'isco08',
        code: r.isco_code,
        year: null,
        value: r.risk,
        label: r.risk_category || null,
      }),
    ),
});

/** The published indices present in ../shared/data, one spec (and one replace scope) per index. */
export const indexSpecs: FileSpec<IndexRow>[] = [
  freyOsborne,
  ilo,
  daioe('daioe_allapps'),
  daioe('daioe_genai'),
  daioe('daioe_lngmod'),
  anthropic,
  nesta,
];
export const specs = indexSpecs;
