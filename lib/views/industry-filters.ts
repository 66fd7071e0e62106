import { z } from 'zod';
import { OCCUPATION_SORT_KEYS, SECTOR_SORT_KEYS, signedKeys } from '../analytics/industry-sort';
import { pageParam, pageSizeParam } from './filters';

const SECTOR_SORTS = signedKeys(SECTOR_SORT_KEYS);
const INDUSTRY_OCCUPATION_SORTS = signedKeys(OCCUPATION_SORT_KEYS);

/** A NAICS sector as OEWS writes it, e.g. 51 or 31-33. */
export const naicsSector = z.string().regex(/^\d{2}(-\d{2})?$/, 'must be a NAICS sector such as 51 or 31-33');

/** /industries, GET /api/industries and the industries CSV: how sectors are ranked. */
export const industriesQuery = z.object({
  sort: z.enum(SECTOR_SORTS, { message: `must be one of ${SECTOR_SORTS.join(', ')}` }).default('-exposure'),
});
export type IndustriesQuery = z.infer<typeof industriesQuery>;

/** /industries/{sector}, its API and CSV: how the sector's occupations are ranked and paged. */
export const industryQuery = z.object({
  sort: z
    .enum(INDUSTRY_OCCUPATION_SORTS, { message: `must be one of ${INDUSTRY_OCCUPATION_SORTS.join(', ')}` })
    .default('-exposedWorkers'),
  page: pageParam,
  pageSize: pageSizeParam(50),
});
export type IndustryQuery = z.infer<typeof industryQuery>;
