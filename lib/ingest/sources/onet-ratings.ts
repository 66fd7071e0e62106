import { z } from 'zod';
import { decimal, elementId, monthYear, oneOf, onetSocCode, optionalDecimal, optionalInteger, yesNo } from '../fields';
import type { FileSpec } from '../types';
import type { OnetVersion } from './onet';
import { ONET_CODE_COLUMN } from '../../db/onet-release';

const CODE = ONET_CODE_COLUMN;

/** Files holding importance (IM) and level (LV) ratings, by rating domain. */
const DOMAIN_FILES = { skill: 'Skills.txt', knowledge: 'Knowledge.txt' } as const;

export type RatingDomain = keyof typeof DOMAIN_FILES;

const row = z.object({
  [CODE]: onetSocCode,
  'Element ID': elementId,
  'Scale ID': oneOf(['IM', 'LV']),
  'Data Value': decimal,
  N: optionalInteger,
  'Standard Error': optionalDecimal,
  'Recommend Suppress': yesNo,
  'Not Relevant': yesNo,
  Date: monthYear,
});

/**
 * Skills.txt / Knowledge.txt → onet_rating (one row per occupation × element × scale). N and
 * Standard Error may be empty; empty Recommend Suppress / Not Relevant mean "no". Skills are
 * required in every release, Knowledge is optional (23.x has none).
 */
export function onetRatingSpec(version: OnetVersion, folder: string, domain: RatingDomain) {
  return {
    source: `onet-${version}`,
    file: `${folder}/${DOMAIN_FILES[domain]}`,
    optional: domain !== 'skill',
    requiredColumns: [
      CODE,
      'Element ID',
      'Scale ID',
      'Data Value',
      'N',
      'Standard Error',
      'Recommend Suppress',
      'Not Relevant',
      'Date',
    ],
    row,
    key: (r) => [r[CODE], r['Element ID'], r['Scale ID']].join('|'),
    target: {
      table: 'onet_rating',
      columns: [
        { name: 'onet_version', type: 'text' },
        { name: 'domain', type: 'text' },
        { name: 'code', type: 'text' },
        { name: 'element_id', type: 'text' },
        { name: 'scale_id', type: 'text' },
        { name: 'value', type: 'float' },
        { name: 'n', type: 'int' },
        { name: 'standard_error', type: 'float' },
        { name: 'recommend_suppress', type: 'bool' },
        { name: 'not_relevant', type: 'bool' },
        { name: 'date', type: 'text' },
      ],
    },
    scope: { onet_version: version, domain },
    toRow: (r) => ({
      onet_version: version,
      domain: domain,
      code: r[CODE],
      element_id: r['Element ID'],
      scale_id: r['Scale ID'],
      value: r['Data Value'],
      n: r.N,
      standard_error: r['Standard Error'],
      recommend_suppress: r['Recommend Suppress'],
      not_relevant: r['Not Relevant'],
      date: r.Date,
    }),
  } satisfies FileSpec<z.output<typeof row>>;
}
