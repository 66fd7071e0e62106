import { overviewSummary, type OverviewSummary } from '../../analytics/overview';
import { type Db, getDb } from '../client';
import { cached } from './cache';
import { fetchCatalogue } from './catalogue';
import { type CurrentModel, type DataVersions, fetchCurrentModel, fetchDataVersions } from './model';
import { readOewsTotals } from './soc-codes';

/** The overview page's data: the summary (null figures while nothing is scored) and what it rests on. */
export interface Overview {
  summary: OverviewSummary;
  model: CurrentModel | null;
  data: DataVersions;
  employmentYear: number | null;
  /** OEWS all-occupations total (00-0000) for employmentYear, to set workersCovered against. */
  oewsTotal: number | null;
}

/** Everything the overview shows, computed from the catalogue and cached until the data changes. */
export function fetchOverview(db: Db = getDb()): Promise<Overview> {
  return cached('overview', db, async () => {
    const [catalogue, model, data, totals] = await Promise.all([
      fetchCatalogue(db),
      fetchCurrentModel(db),
      fetchDataVersions(db),
      readOewsTotals(db),
    ]);
    return {
      summary: overviewSummary(catalogue.occupations),
      model,
      data,
      employmentYear: catalogue.employmentYear,
      oewsTotal: totals.get(catalogue.employmentYear ?? -1) ?? null,
    };
  });
}
