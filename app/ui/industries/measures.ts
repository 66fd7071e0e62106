import type { SectorSummary } from '@/lib/analytics/industry';
import type { SectorSortKey } from '@/lib/analytics/industry-sort';
import type { NumberFormat } from '../format';

/** How each sector measure is named, formatted and (where it has one) given its interval. */
export const SECTOR_MEASURES: Record<
  Exclude<SectorSortKey, 'title'>,
  {
    label: string;
    format: NumberFormat;
    interval?: (s: SectorSummary) => [number | null, number | null];
  }
> = {
  exposure: {
    label: 'Exposure (employment-weighted)',
    format: 'score',
    interval: (s) => [s.exposureLow, s.exposureHigh],
  },
  exposedWorkers: {
    label: 'Exposed workers (workers × exposure)',
    format: 'compact',
    interval: (s) => [s.exposedWorkersLow, s.exposedWorkersHigh],
  },
  workers: { label: 'Workers', format: 'compact' },
  topQuintileShare: { label: 'Share of workers in the most exposed quintile', format: 'pct' },
  automationShare: { label: 'Automation share of exposed tasks', format: 'pct' },
};

/** The measure a sort key ranks by (sorting by title still charts exposure). */
export function measureOf(sort: string): Exclude<SectorSortKey, 'title'> {
  const key = sort.replace(/^-/, '');
  return key in SECTOR_MEASURES ? (key as Exclude<SectorSortKey, 'title'>) : 'exposure';
}
