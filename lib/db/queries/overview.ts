import { overviewSummary, type OverviewSummary } from '../../analytics/overview';
import { type Db, getDb } from '../client';
import { cached } from './cache';
import { fetchCatalogue } from './catalogue';
import { type CurrentModel, type DataVersions, fetchCurrentModel, fetchDataVersions } from './model';

/** The overview page's data: the summary (null figures while nothing is scored) and what it rests on. */
export interface Overview {
  summary: OverviewSummary;
  model: CurrentModel | null;
  data: DataVersions;
  employmentYear: number | null;
}

/** Everything the overview shows, computed from the catalogue and cached until the data changes. */
export function fetchOverview(db: Db = getDb()): Promise<Overview> {
  return cached('overview', db, async () => {
    const [catalogue, model, data] = await Promise.all([fetchCatalogue(db), fetchCurrentModel(db), fetchDataVersions(db)]);
    return {
      summary: overviewSummary(catalogue.occupations),
      model,
      data,
      employmentYear: catalogue.employmentYear,
    };
  });
}
