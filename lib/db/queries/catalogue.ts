import type { FilterableOccupation } from '../../analytics/filter';
import { buildSearchIndex, type SearchIndex } from '../../analytics/search';
import { employmentCodes, socEmployment, type SocEmployment } from '../../analytics/soc-employment';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, cached } from './cache';
import { fetchCurrentModel } from './model';
import { readPublishedCodes } from './soc-codes';

/** One current (O*NET 30.1) occupation with its employment, wage, job zone and scores. */
export interface CatalogueOccupation extends FilterableOccupation {
  socCode: string;
  /** The SOC code (or OEWS aggregate above it, e.g. 31-1120 for 31-1122) BLS publishes its employment for. */
  employmentCode: string | null;
  /** OEWS title of employmentCode. */
  employmentTitle: string | null;
  /** How many other O*NET occupations share employmentCode's workers (0 when none). */
  sharedWith: number;
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
  /** Every published code (SOC or aggregate) with its latest-year employment (0 if none) and the O*NET occupations beneath it. */
  socs: Map<string, SocEmployment>;
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
  const published = await readPublishedCodes(db, year);
  const codeOf = employmentCodes(new Set(rows.map((r) => r.soc_code)), published);
  const socs = socEmployment(
    rows.map((r) => ({ code: r.code, socCode: r.soc_code })),
    codeOf,
    published,
  );
  const wageByCode = new Map(published.map((p) => [p.code, p.medianWage]));
  const occupations = rows.map((r): CatalogueOccupation => {
    const soc = socs.get(codeOf.get(r.soc_code) ?? '');
    return {
      code: r.code,
      socCode: r.soc_code,
      title: r.title,
      majorGroup: r.major_group,
      jobZone: r.job_zone,
      employmentCode: soc?.code ?? null,
      employmentTitle: soc?.title ?? null,
      socEmployment: soc && soc.employment > 0 ? soc.employment : null,
      sharedWith: soc ? soc.occupations.length - 1 : 0,
      medianWage: soc ? (wageByCode.get(soc.code) ?? null) : null,
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
    };
  });
  return {
    occupations,
    byCode: new Map(occupations.map((o) => [o.code, o])),
    socs,
    employmentYear: year,
    modelVersion: version,
    searchIndex: buildSearchIndex(occupations.map((o) => o.searchText)),
  };
}

/** The occupation catalogue, cached until the data or the model changes. */
export function fetchCatalogue(db: Db = getDb()): Promise<Catalogue> {
  return cached('catalogue', db, () => load(db));
}
