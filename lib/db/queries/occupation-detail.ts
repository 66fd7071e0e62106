import { reskillingPaths, type ReskillingPath } from '../../analytics/reskilling';
import { type Db, getDb } from '../client';
import { CURRENT_ONET } from './cache';
import { type CatalogueOccupation, fetchCatalogue } from './catalogue';
import { fetchIndexMatches } from './indices';
import { fetchProfiles, type ProfileElement } from './profiles';

/** One task with its model score, human label and the words that drove the score. */
export interface TaskDetail {
  taskId: number;
  text: string;
  taskType: string | null;
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  attention: number | null;
  topTokens: { token: string; weight: number }[];
  humanLabel: string | null;
}

/** Everything the occupation page and GET /api/occupations/{code} show. */
export interface OccupationDetail {
  occupation: Omit<CatalogueOccupation, 'searchText' | 'titleText'> & { description: string };
  modelVersion: string | null;
  /** Share of scored occupations less exposed than this one (0–1), null when unscored. */
  modelPercentile: number | null;
  tasks: TaskDetail[];
  indices: { indexName: string; value: number; percentile: number; year: number | null }[];
  eloundou: { humanBeta: number; gpt4Beta: number } | null;
  profile: ProfileElement[];
  employment: { year: number; employment: number; medianWage: number | null }[];
  projections: { vintage: string; nemCode: string; title: string; base: number | null; projected: number | null; changePercent: number | null; share: number }[];
  reskilling: ReskillingPath[];
}

function withoutSearchText(o: CatalogueOccupation): Omit<CatalogueOccupation, 'searchText' | 'titleText'> {
  const { searchText: _s, titleText: _t, ...rest } = o;
  return rest;
}

/** One occupation in full, or null when the code is not a current O*NET occupation. */
export async function fetchOccupationDetail(code: string, db: Db = getDb()): Promise<OccupationDetail | null> {
  const catalogue = await fetchCatalogue(db);
  const occ = catalogue.byCode.get(code);
  if (!occ) return null;
  const version = catalogue.modelVersion;
  const [desc, tasks, label, employment, projections, indexData, profiles] = await Promise.all([
    db.prisma.$queryRaw<{ description: string }[]>`
      SELECT description FROM onet_occupation WHERE onet_version = ${CURRENT_ONET} AND code = ${code}`,
    db.prisma.$queryRaw<
      { task_id: number; text: string; task_type: string | null; exposure: number | null; exposure_low: number | null;
        exposure_high: number | null; attention: number | null; top_tokens: unknown; human_exposure: string | null }[]
    >`SELECT t.task_id, t.text, t.task_type, s.exposure, s.exposure_low, s.exposure_high, s.attention, s.top_tokens, l.human_exposure
      FROM onet_task t
      LEFT JOIN task_score s ON s.model_version = ${version} AND s.code = t.code AND s.task_id = t.task_id
      LEFT JOIN task_label l ON l.code = t.code AND l.task_id = t.task_id
      WHERE t.onet_version = ${CURRENT_ONET} AND t.code = ${code}
      ORDER BY s.attention DESC NULLS LAST, t.task_id`,
    db.prisma.$queryRaw<{ human_beta: number; dv_beta: number }[]>`
      SELECT human_beta, dv_beta FROM occupation_label WHERE code = ${code}`,
    db.prisma.$queryRaw<{ year: number; employment: number; median_wage: number | null }[]>`
      SELECT year, employment, median_wage FROM employment_series WHERE soc_code = ${occ.socCode} ORDER BY year`,
    db.prisma.$queryRaw<
      { vintage: string; nem_code: string; title: string; emp_base: number | null; emp_projected: number | null; change_percent: number | null; sharing: number }[]
    >`SELECT p.vintage, p.nem_code, p.title, p.emp_base, p.emp_projected, p.change_percent,
             (SELECT count(*)::int FROM crosswalk c2 JOIN onet_occupation o ON o.onet_version = ${CURRENT_ONET} AND o.code = c2.from_code
              WHERE c2.kind = 'onetsoc2019_soc2018' AND c2.to_code = c.to_code) AS sharing
      FROM crosswalk c JOIN employment_projection p ON p.nem_code = c.to_code
      WHERE c.kind = 'onetsoc2019_soc2018' AND c.from_code = ${code}
      ORDER BY p.vintage`,
    fetchIndexMatches(db),
    fetchProfiles(db),
  ]);
  const indices = [...new Set(indexData.matches.map((m) => m.indexName))].flatMap((name) => {
    const all = indexData.matches.filter((m) => m.indexName === name);
    const mine = all.find((m) => m.code === code);
    if (!mine) return [];
    const below = all.filter((m) => m.value < mine.value).length;
    return [{ indexName: name, value: mine.value, percentile: all.length > 1 ? below / (all.length - 1) : 0.5, year: mine.year }];
  });
  const profile = profiles.get(code);
  const tokens = (v: unknown) =>
    Array.isArray(v) ? (v as { token?: unknown; weight?: unknown }[]).filter((t) => typeof t.token === 'string').map((t) => ({ token: String(t.token), weight: Number(t.weight) || 0 })) : [];
  const scored = catalogue.occupations.filter((o) => o.exposure !== null);
  const modelPercentile =
    occ.exposure === null || scored.length < 2 ? null : scored.filter((o) => o.exposure! < occ.exposure!).length / (scored.length - 1);
  return {
    occupation: { ...withoutSearchText(occ), description: desc[0]?.description ?? '' },
    modelVersion: version,
    modelPercentile,
    tasks: tasks.map((t) => ({
      taskId: t.task_id, text: t.text, taskType: t.task_type, exposure: t.exposure, exposureLow: t.exposure_low,
      exposureHigh: t.exposure_high, attention: t.attention, topTokens: tokens(t.top_tokens), humanLabel: t.human_exposure,
    })),
    indices,
    eloundou: label[0] ? { humanBeta: label[0].human_beta, gpt4Beta: label[0].dv_beta } : null,
    profile: [...(profile?.list ?? [])].sort((a, b) => a.domain.localeCompare(b.domain) || b.importance - a.importance),
    employment: employment.map((e) => ({ year: e.year, employment: e.employment / occ.socShare, medianWage: e.median_wage })),
    projections: projections.map((p) => ({
      vintage: p.vintage, nemCode: p.nem_code, title: p.title, base: p.emp_base, projected: p.emp_projected,
      changePercent: p.change_percent, share: 1 / Math.max(1, p.sharing),
    })),
    reskilling: profile ? reskillingPaths(profile, [...profiles.values()]) : [],
  };
}
