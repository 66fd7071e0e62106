import { z } from 'zod';
import { SORT_KEYS, type Sort } from '../analytics/filter';

const share = z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const amount = z.coerce.number().min(0, 'must be 0 or more');

/** A 1-based page number of a paged table (capped so a link cannot ask for an absurd offset). */
export const pageParam = z.coerce.number().int('must be an integer').min(1, 'must be 1 or more').max(10_000).default(1);

/** Rows per page of a paged table, 1 to 200, with the table's own default. */
export const pageSizeParam = (defaultSize: number) =>
  z.coerce
    .number()
    .int('must be an integer')
    .min(1, 'must be 1 to 200')
    .max(200, 'must be 1 to 200')
    .default(defaultSize);
const SORTS = SORT_KEYS.flatMap((k) => [k, `-${k}`]) as [Sort, ...Sort[]];
const SORTS_OR_RELEVANCE = [...SORTS, 'relevance'] as [Sort | 'relevance', ...(Sort | 'relevance')[]];

/** Explorer, API and export filters for occupations (shared by the page, /api/occupations and the CSV). */
export const occupationsQuery = z
  .object({
    q: z.string().max(100, 'at most 100 characters').default(''),
    group: z
      .string()
      .regex(/^\d{2}$/, 'must be a two-digit SOC major group, e.g. 15')
      .optional(),
    jobZone: z.coerce.number().int('must be an integer').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5').optional(),
    minExposure: share.optional(),
    maxExposure: share.optional(),
    minWage: amount.optional(),
    maxWage: amount.optional(),
    minEmployment: amount.optional(),
    maxEmployment: amount.optional(),
    sort: z.enum(SORTS_OR_RELEVANCE, { message: `must be one of ${SORTS_OR_RELEVANCE.join(', ')}` }).optional(),
    page: pageParam,
    pageSize: pageSizeParam(25),
  })
  .refine((v) => v.minExposure === undefined || v.maxExposure === undefined || v.minExposure <= v.maxExposure, {
    message: 'must not exceed maxExposure',
    path: ['minExposure'],
  })
  // a search ranks by relevance unless a sort is chosen; without one, the largest occupations come first
  .transform((v) => ({ ...v, sort: v.sort ?? (v.q.trim() ? ('relevance' as const) : ('-employment' as const)) }));
export type OccupationsQuery = z.infer<typeof occupationsQuery>;

/** An O*NET-SOC 2019 code such as 13-2011.00. */
export const occupationCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must be an O*NET-SOC code such as 13-2011.00');

export const employmentQuery = z.object({
  groupBy: z.enum(['quintile', 'majorGroup'], { message: 'must be quintile or majorGroup' }).default('quintile'),
});
export type EmploymentQuery = z.infer<typeof employmentQuery>;

export const indicesQuery = z.object({
  index: z.string().max(100).optional(),
});

/** Occupation detail exports take the occupation code as a parameter. */
export const codeQuery = z.object({ code: occupationCode });

/** No parameters. */
export const emptyQuery = z.object({});

/** Export options shared by every CSV view: `bom=1` starts the file with a UTF-8 byte-order mark so Excel reads it as UTF-8. */
export const exportFormatQuery = z.object({
  bom: z
    .enum(['0', '1'], { message: 'must be 0 or 1' })
    .optional()
    .transform((v) => v === '1'),
});
