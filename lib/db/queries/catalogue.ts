import type { FilterableOccupation } from '../../analytics/filter';
import { buildSearchIndex, type SearchIndex } from '../../analytics/search';
import { splitEmployment } from '../../analytics/split';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, cached } from './cache';
import { fetchCurrentModel } from './model';

/** One current (O*NET 30.1) occupation with its employment, wage, job zone and scores. */
export interface CatalogueOccupation extends FilterableOccupation {
  socCode: string;
  /** Workers in the latest OEWS year: the SOC code's employment split equally across its O*NET occupations. */
  employment: number | null;
  /** How many O*NET occupations share the SOC code (and its employment). */
  socShare: number;
  exposureLow: number | null;
  exposureHigh: number | null;
  shareExposed: number | null;
  automation: number | null;
  /** Mean expected task exposure P(E1) + ½·P(E2) over the occupation's tasks (the occupation score where it has none). */
  modelBeta: number | null;
  /** Eloundou et al. human β (E1 = 1, E2 = ½), where the occupation is labelled. */
  humanBeta: number | null;
  nTasks: number;
}

/** The current occupations, the employment year used and the model version whose scores they carry. */
export interface Catalogue {
  occupations: CatalogueOccupation[];
  byCode: Map<string, CatalogueOccupation>;
  employmentYear: number | null;
  modelVersion: string | null;
  /** Word index over each occupation's title and task text, in `occupations` order. */
  searchIndex: SearchIndex;
}

interface Row {
  code: string;
  soc_code: string;
  title: string;
  major_group: string;
  job_zone: number | null;
  exposure: number | null;
  exposure_low: number | null;
  exposure_high: number | null;
  share_exposed: number | null;
  automation: number | null;
  model_beta: number | null;
  human_beta: number | null;
  n_tasks: number;
  task_text: string | null;
}

async function load(db: Db): Promise<Catalogue> {
  const model = await fetchCurrentModel(db);
  const version = model?.version ?? null;
  const rows = await db.prisma.$queryRaw<Row[]>`
    SELECT o.code, o.soc_code, o.title, o.major_group, z.job_zone,
           s.exposure, s.exposure_low, s.exposure_high, s.share_exposed, s.automation,
           coalesce(b.model_beta, s.exposure) AS model_beta, h.human_beta, coalesce(t.n, 0)::int AS n_tasks, t.task_text
    FROM onet_occupation o
    LEFT JOIN onet_job_zone z ON z.onet_version = o.onet_version AND z.code = o.code
    LEFT JOIN occupation_score s ON s.model_version = ${version} AND s.code = o.code
    LEFT JOIN (SELECT code, avg(exposure)::float8 AS model_beta FROM task_score WHERE model_version = ${version} GROUP BY code) b
           ON b.code = o.code
    LEFT JOIN (SELECT code, avg(CASE human_exposure WHEN 'E1' THEN 1.0 WHEN 'E2' THEN 0.5 ELSE 0.0 END)::float8 AS human_beta
               FROM task_label GROUP BY code) h ON h.code = o.code -- task_label.beta is GPT-4's; humans' is computed here
    LEFT JOIN (SELECT code, count(*) AS n, string_agg(lower(text), ' ') AS task_text
               FROM onet_task WHERE onet_version = ${CURRENT_ONET} GROUP BY code) t ON t.code = o.code
    WHERE o.onet_version = ${CURRENT_ONET}
    ORDER BY o.code`;
  const yearRow = await db.prisma.$queryRaw<{ year: number | null }[]>`SELECT max(year) AS year FROM employment_series`;
  const year = yearRow[0]?.year ?? null;
  const emp = await db.prisma.$queryRaw<{ soc_code: string; employment: number; median_wage: number | null }[]>`
    SELECT soc_code, employment, median_wage FROM employment_series WHERE year = ${year ?? -1}`;
  const employmentBySoc = new Map(emp.map((e) => [e.soc_code, e.employment]));
  const wageBySoc = new Map(emp.map((e) => [e.soc_code, e.median_wage]));
  const split = splitEmployment(rows.map((r) => ({ code: r.code, socCode: r.soc_code })), employmentBySoc);
  const sharing = new Map<string, number>();
  for (const r of rows) sharing.set(r.soc_code, (sharing.get(r.soc_code) ?? 0) + 1);
  const occupations = rows.map(
    (r): CatalogueOccupation => ({
      code: r.code,
      socCode: r.soc_code,
      title: r.title,
      majorGroup: r.major_group,
      jobZone: r.job_zone,
      employment: split.get(r.code) ?? null,
      socShare: sharing.get(r.soc_code) ?? 1,
      medianWage: wageBySoc.get(r.soc_code) ?? null,
      exposure: r.exposure,
      exposureLow: r.exposure_low,
      exposureHigh: r.exposure_high,
      shareExposed: r.share_exposed,
      automation: r.automation,
      modelBeta: r.model_beta,
      humanBeta: r.human_beta,
      nTasks: r.n_tasks,
      titleText: r.title.toLowerCase(),
      searchText: `${r.title.toLowerCase()} ${r.task_text ?? ''}`,
    }),
  );
  return {
    occupations,
    byCode: new Map(occupations.map((o) => [o.code, o])),
    employmentYear: year,
    modelVersion: version,
    searchIndex: buildSearchIndex(occupations.map((o) => o.searchText)),
  };
}

/** The occupation catalogue, cached until the data or the model changes. */
export function fetchCatalogue(db: Db = getDb()): Promise<Catalogue> {
  return cached('catalogue', db, () => load(db));
}
