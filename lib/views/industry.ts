import { z } from 'zod';
import type { IndustryOccupation, SectorSummary } from '../analytics/industry';
import { industriesQuery, industryQuery, naicsSector } from './industry-filters';
import { fetchIndustries, fetchIndustry } from '../db/queries/industries';
import { type AnyView, defineView, ViewNotFound } from './view';

/** A sector's occupations: the drill-down's sort; without `page` every occupation, with it that page. */
const industryOccupationsQuery = z.object({ sector: naicsSector, paged: z.boolean() }).and(industryQuery);

// The CSVs of /industries and /industries/{sector}, from the same view functions as the pages and the API.
/** The industries view (GET /api/export/industries.csv). */
export const industriesView = defineView({
  name: 'industries',
  params: industriesQuery,
  columns: [
    { header: 'naics', value: (s: SectorSummary) => s.naics },
    { header: 'sector', value: (s) => s.title },
    { header: 'workers', value: (s) => s.workers },
    { header: 'workers_scored', value: (s) => s.workersScored },
    { header: 'exposure', value: (s) => s.exposure },
    { header: 'exposure_low', value: (s) => s.exposureLow },
    { header: 'exposure_high', value: (s) => s.exposureHigh },
    { header: 'top_quintile_share', value: (s) => s.topQuintileShare },
    { header: 'automation_share', value: (s) => s.automationShare },
    { header: 'augmentation_share', value: (s) => s.augmentationShare },
    { header: 'exposed_workers', value: (s) => s.exposedWorkers },
    { header: 'exposed_workers_low', value: (s) => s.exposedWorkersLow },
    { header: 'exposed_workers_high', value: (s) => s.exposedWorkersHigh },
    { header: 'occupations', value: (s) => s.occupations },
  ],
  rows: async (db, p) => (await fetchIndustries(p, db)).sectors,
  cacheable: true, // 20 rows from the per-stamp industry figures
});

/** The industry-occupations view (GET /api/export/industry-occupations.csv). */
export const industryOccupationsView = defineView({
  name: 'industry-occupations',
  params: industryOccupationsQuery,
  prepare: (raw) => ({ ...raw, paged: raw.page !== undefined }),
  columns: [
    { header: 'naics', value: (o: IndustryOccupation) => o.naics },
    { header: 'soc_code', value: (o) => o.occCode },
    { header: 'title', value: (o) => o.title },
    { header: 'workers', value: (o) => o.workers },
    { header: 'exposure', value: (o) => o.exposure },
    { header: 'exposure_low', value: (o) => o.exposureLow },
    { header: 'exposure_high', value: (o) => o.exposureHigh },
    { header: 'national_quintile', value: (o) => o.quintile },
    { header: 'automation_share', value: (o) => o.automationShare },
    { header: 'exposed_workers', value: (o) => o.exposedWorkers },
    { header: 'onet_soc_codes', value: (o) => o.onetCodes.join(' ') },
  ],
  rows: async (db, p) => {
    const view = await fetchIndustry(p.sector, p, db);
    if (!view) throw new ViewNotFound(`No NAICS sector ${p.sector} in the OEWS industry data`, 'sector');
    return view.occupations;
  },
  cacheable: true, // at most ≈ 600 rows per sector, from the per-stamp industry figures
});

export const industryViews: AnyView[] = [industriesView, industryOccupationsView];
