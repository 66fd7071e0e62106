import type { Db } from '../db/client';
import { readCrosswalkPairs, readOewsDetails, replaceEmploymentSeries } from '../db/employment-series';
import { buildEmploymentSeries, referenceYear, type SeriesMethod } from './employment-mapping';

export interface DeriveSummary {
  rows: number;
  years: number;
  referenceYear: number | null;
  byMethod: Record<SeriesMethod, number>;
}

/**
 * Rebuilds employment_series (SOC 2018 codes, every OEWS year) from oews_employment and the
 * soc2010_soc2018 crosswalk in the database; see lib/ingest/employment-mapping.ts for the method.
 * Called by the ingest run after OEWS or crosswalk files reload.
 */
export async function deriveEmploymentSeries(db: Db): Promise<DeriveSummary> {
  const details = await readOewsDetails(db);
  const crosswalk = await readCrosswalkPairs(db, 'soc2010_soc2018');
  if (details.length > 0 && crosswalk.length === 0 && details.some((d) => d.socVintage !== 'SOC 2018')) {
    throw new Error(
      'employment_series needs the soc2010_soc2018 crosswalk to map SOC 2010 years: ingest crosswalks first',
    );
  }
  const series = buildEmploymentSeries(details, crosswalk);
  const rows = await replaceEmploymentSeries(db, series);
  const byMethod: Record<SeriesMethod, number> = { direct: 0, mapped: 0, apportioned: 0, aggregate: 0 };
  for (const r of series) byMethod[r.method]++;
  return {
    rows,
    years: new Set(series.map((r) => r.year)).size,
    referenceYear: referenceYear(details) ?? null,
    byMethod,
  };
}
