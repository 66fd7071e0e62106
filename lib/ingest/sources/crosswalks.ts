import { z } from 'zod';
import type { FileSpec, TableTarget } from '../types';
import { matchingCell, onetSocCode, requiredText, socCode } from './values';

/** Code correspondences stored in `crosswalk`, one kind per file, each kind replaced whole. */
export type CrosswalkKind = 'soc2010_soc2018' | 'onetsoc2010_onetsoc2019' | 'onetsoc2019_soc2018' | 'isco08_soc2010';

export interface CrosswalkRow {
  kind: CrosswalkKind;
  fromCode: string;
  toCode: string;
  fromTitle: string;
  toTitle: string;
  /** The from-code corresponds only in part to the to-code (it is split, or the ISCO `part` flag is `*`). */
  partial: boolean;
}

const target: TableTarget = {
  table: 'crosswalk',
  columns: [
    { name: 'kind', type: 'text' },
    { name: 'from_code', type: 'text' },
    { name: 'to_code', type: 'text' },
    { name: 'from_title', type: 'text' },
    { name: 'to_title', type: 'text' },
    { name: 'partial', type: 'bool' },
  ],
};

/** ISCO-08 as written in the BLS crosswalk: 4 digits with leading zeros, or a 3-digit minor group. */
const iscoCode = matchingCell(/^\d{3,4}$/, 'not an ISCO-08 code (3 or 4 digits)');

// BLS marks a split SOC 2010 code with "(#)" and a SOC 2018 code built from parts with "(##)".
const SPLIT_MARK = /\s*\((#{1,2})\)\s*$/;

function crosswalkSpec(
  kind: CrosswalkKind,
  file: string,
  fromCode: z.ZodType<string, string>,
  toCode: z.ZodType<string, string>,
  headers: { from: string; fromTitle: string; to: string; toTitle: string; part?: string },
): FileSpec<CrosswalkRow> {
  const aliases: Record<string, string> = {
    [headers.from]: 'from_code',
    [headers.fromTitle]: 'from_title',
    [headers.to]: 'to_code',
    [headers.toTitle]: 'to_title',
    ...(headers.part ? { [headers.part]: 'part' } : {}),
  };
  const row = z
    .object({
      from_code: fromCode,
      from_title: requiredText,
      to_code: toCode,
      to_title: requiredText,
      part: z.enum(['*', '']).optional(),
    })
    .transform(
      (r): CrosswalkRow => ({
        kind,
        fromCode: r.from_code,
        toCode: r.to_code,
        fromTitle: r.from_title.replace(SPLIT_MARK, ''),
        toTitle: r.to_title.replace(SPLIT_MARK, ''),
        partial: r.part === '*' || SPLIT_MARK.test(r.from_title),
      }),
    );
  return {
    source: 'crosswalks',
    file,
    requiredColumns: ['from_code', 'from_title', 'to_code', 'to_title', ...(headers.part ? ['part'] : [])],
    aliases,
    row,
    key: (r) => [r.fromCode, r.toCode].join('>'),
    target,
    scope: { kind },
    toRow: (r) => ({
      kind: r.kind,
      from_code: r.fromCode,
      to_code: r.toCode,
      from_title: r.fromTitle,
      to_title: r.toTitle,
      partial: r.partial,
    }),
  };
}

/** The four crosswalks ingested from crosswalks/. */
export const crosswalkSpecs: FileSpec<CrosswalkRow>[] = [
  crosswalkSpec('soc2010_soc2018', 'crosswalks/soc2010_to_soc2018_crosswalk.csv', socCode, socCode, {
    from: '2010 SOC Code',
    fromTitle: '2010 SOC Title',
    to: '2018 SOC Code',
    toTitle: '2018 SOC Title',
  }),
  crosswalkSpec(
    'onetsoc2010_onetsoc2019',
    'crosswalks/onetsoc2010_to_onetsoc2019_crosswalk.csv',
    onetSocCode,
    onetSocCode,
    {
      from: 'O*NET-SOC 2010 Code',
      fromTitle: 'O*NET-SOC 2010 Title',
      to: 'O*NET-SOC 2019 Code',
      toTitle: 'O*NET-SOC 2019 Title',
    },
  ),
  crosswalkSpec('onetsoc2019_soc2018', 'crosswalks/onetsoc2019_to_nem_soc2018_crosswalk.csv', onetSocCode, socCode, {
    from: 'O*NET-SOC Code',
    fromTitle: 'O*NET-SOC Title',
    to: 'NEM Code',
    toTitle: 'National Employment Matrix Occupational Title',
  }),
  crosswalkSpec('isco08_soc2010', 'crosswalks/isco08_to_soc2010.csv', iscoCode, socCode, {
    from: 'ISCO-08 Code',
    fromTitle: 'ISCO-08 Title EN',
    to: '2010 SOC Code',
    toTitle: '2010 SOC Title',
    part: 'part',
  }),
];
export const specs = crosswalkSpecs;
