import type { OverviewOccupation } from '../analytics/overview';
import { fetchOverview } from '../db/queries/overview';
import { emptyQuery } from './filters';
import { defineView } from './view';

// The overview page's histogram, major groups and most/least exposed lists.

/** The overview-histogram view (GET /api/export/overview-histogram.csv). */
export const overviewHistogramView = defineView({
  name: 'overview-histogram',
  params: emptyQuery,
  columns: [
    { header: 'exposure_from', value: (b: { from: number; to: number; weight: number; share: number }) => b.from },
    { header: 'exposure_to', value: (b) => b.to },
    { header: 'workers', value: (b) => b.weight },
    { header: 'share_of_workers', value: (b) => b.share },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    return o.model ? o.summary.histogram : [];
  },
});

/** The overview-groups view (GET /api/export/overview-groups.csv). */
export const overviewGroupsView = defineView({
  name: 'overview-groups',
  params: emptyQuery,
  columns: [
    {
      header: 'major_group',
      value: (g: { group: string; title: string; meanExposure: number | null; workers: number; occupations: number }) =>
        g.group,
    },
    { header: 'title', value: (g) => g.title },
    { header: 'mean_exposure', value: (g) => g.meanExposure },
    { header: 'workers', value: (g) => g.workers },
    { header: 'occupations', value: (g) => g.occupations },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    return o.summary.byMajorGroup
      .filter((g) => g.meanExposure !== null)
      .sort((a, b) => b.meanExposure! - a.meanExposure!);
  },
});

/** The overview-top view (GET /api/export/overview-top.csv). */
export const overviewTopView = defineView({
  name: 'overview-top',
  params: emptyQuery,
  columns: [
    { header: 'list', value: (r: OverviewOccupation & { list: string }) => r.list },
    { header: 'onet_soc_code', value: (r) => r.code },
    { header: 'title', value: (r) => r.title },
    { header: 'exposure', value: (r) => r.exposure },
    { header: 'soc_employment_code', value: (r) => r.employmentCode },
    { header: 'soc_employment', value: (r) => r.socEmployment },
    { header: 'shared_with', value: (r) => r.sharedWith },
  ],
  rows: async (db) => {
    const o = await fetchOverview(db);
    if (!o.model) return [];
    return [
      ...o.summary.mostExposed.map((r) => ({ ...r, list: 'most' })),
      ...o.summary.leastExposed.map((r) => ({ ...r, list: 'least' })),
    ];
  },
});
