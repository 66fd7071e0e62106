import { type AiMode, aiModeOf } from '../../analytics/ai-mode';
import type { ReskillingPath } from '../../analytics/reskilling';
import { isStopword } from '../../models/stopwords';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, keyedCache } from './cache';
import { type CatalogueOccupation, fetchCatalogue } from './catalogue';
import { countBelow, fetchIndexRanks, fetchReskillingIndex, fetchScoredExposures } from './detail-ranks';
import { fetchProfiles, type ProfileElement } from './profiles';
import { fetchSimilarity } from './similarity';

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
  /** Expected automation level of the task, 0 (T0) … 1 (T4), from the model's automation head. */
  automation: number | null;
  /** For a task the model predicts exposed (E1 or E2 most likely): does AI do it (automation) or help with it (augmentation)? */
  aiMode: AiMode | null;
  /** O*NET work activities behind the score, with the exposure the model's activity prior gives each. */
  topActivities: { id: string; title: string; exposure: number }[];
  humanLabel: string | null;
}

/** Everything the occupation page and GET /api/occupations/{code} show. */
export interface OccupationDetail {
  occupation: Omit<CatalogueOccupation, 'searchText' | 'titleText'> & { description: string };
  modelVersion: string | null;
  /** Share of scored occupations less exposed than this one (0–1), null when unscored. */
  modelPercentile: number | null;
  tasks: TaskDetail[];
  indices: { indexName: string; label: string; value: number; percentile: number; year: number | null }[];
  eloundou: { humanBeta: number; gpt4Beta: number } | null;
  profile: ProfileElement[];
  /** Workers per year in the occupation's employment code (whole, shared with occupation.sharedWith others). */
  employment: { year: number; employment: number; medianWage: number | null }[];
  /** BLS projections (thousands of jobs) of the NEM code, whole, shared with sharedWith other O*NET occupations. */
  projections: {
    vintage: string;
    nemCode: string;
    title: string;
    base: number | null;
    projected: number | null;
    changePercent: number | null;
    sharedWith: number;
  }[];
  reskilling: ReskillingPath[];
  /** The most similar occupations by what O*NET says about the work (any exposure), most similar first. */
  similar: SimilarOccupation[];
}

/** One of an occupation's nearest occupations. */
export interface SimilarOccupation {
  code: string;
  title: string;
  similarity: number;
  exposure: number | null;
  jobZone: number | null;
}

/** How many similar occupations the page, the API and the CSV list. */
export const SIMILAR_COUNT = 10;

function withoutSearchText(o: CatalogueOccupation): Omit<CatalogueOccupation, 'searchText' | 'titleText'> {
  const { searchText: _s, titleText: _t, ...rest } = o;
  return rest;
}

/** Occupations built together on a miss (neighbours in code order), so one set of queries serves many requests. */
export const DETAIL_BATCH = 64;
/** Batches kept per data stamp: 20 × 64 covers all 1,016 current occupations (about 21 MB of heap, measured). */
export const DETAIL_CACHE_BATCHES = 20;
const detailCache = keyedCache<Map<string, OccupationDetail>>('occupation-detail.batches', DETAIL_CACHE_BATCHES);

/**
 * One occupation in full, or null when the code is not a current O*NET occupation. Built with its
 * batch of neighbours once per data stamp (an import or model change rebuilds it); callers share
 * the object, read-only.
 */
export async function fetchOccupationDetail(code: string, db: Db = getDb()): Promise<OccupationDetail | null> {
  const catalogue = await fetchCatalogue(db);
  if (!catalogue.byCode.has(code)) return null;
  const position = catalogue.occupations.findIndex((o) => o.code === code);
  const batch = Math.floor(position / DETAIL_BATCH);
  const details = await detailCache(db, String(batch), () =>
    buildDetails(
      catalogue.occupations.slice(batch * DETAIL_BATCH, (batch + 1) * DETAIL_BATCH),
      catalogue.modelVersion,
      db,
    ),
  );
  return details.get(code) ?? null;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

// Stored top_tokens of older scoring runs may hold stopwords ("and", "the"): they are dropped here, at display.
const tokens = (v: unknown) =>
  Array.isArray(v)
    ? (v as { token?: unknown; weight?: unknown }[])
        .filter((t) => typeof t.token === 'string' && !isStopword(t.token))
        .map((t) => ({ token: String(t.token), weight: Number(t.weight) || 0 }))
    : [];

const activities = (v: unknown) =>
  Array.isArray(v)
    ? (v as { id?: unknown; title?: unknown; exposure?: unknown }[])
        .filter((a) => typeof a.id === 'string')
        .map((a) => ({ id: String(a.id), title: String(a.title ?? a.id), exposure: Number(a.exposure) || 0 }))
    : [];

async function buildDetails(
  occs: CatalogueOccupation[],
  version: string | null,
  db: Db,
): Promise<Map<string, OccupationDetail>> {
  const codes = occs.map((o) => o.code);
  const socs = [...new Set(occs.flatMap((o) => (o.employmentCode === null ? [] : [o.employmentCode])))];
  const [
    desc,
    tasks,
    label,
    employment,
    projections,
    indexRanks,
    profiles,
    scoredExposures,
    reskillingIndex,
    similarity,
    catalogue,
  ] = await Promise.all([
    db.prisma.$queryRaw<{ code: string; description: string }[]>`
      SELECT code, description FROM onet_occupation WHERE onet_version = ${CURRENT_ONET} AND code = ANY(${codes})`,
    db.prisma.$queryRaw<
      {
        code: string;
        task_id: number;
        text: string;
        task_type: string | null;
        exposure: number | null;
        exposure_low: number | null;
        exposure_high: number | null;
        attention: number | null;
        top_tokens: unknown;
        top_activities: unknown;
        human_exposure: string | null;
        p_e0: number | null;
        p_e1: number | null;
        p_e2: number | null;
        automation: number | null;
      }[]
    >`SELECT t.code, t.task_id, t.text, t.task_type, s.exposure, s.exposure_low, s.exposure_high, s.attention, s.top_tokens, s.top_activities, l.human_exposure,
             s.p_e0, s.p_e1, s.p_e2, s.automation
      FROM onet_task t
      LEFT JOIN task_score s ON s.model_version = ${version} AND s.code = t.code AND s.task_id = t.task_id
      LEFT JOIN task_label l ON l.code = t.code AND l.task_id = t.task_id
      WHERE t.onet_version = ${CURRENT_ONET} AND t.code = ANY(${codes})
      ORDER BY t.code, s.attention DESC NULLS LAST, t.task_id`,
    db.prisma.$queryRaw<{ code: string; human_beta: number; dv_beta: number }[]>`
      SELECT code, human_beta, dv_beta FROM occupation_label WHERE code = ANY(${codes})`,
    db.prisma.$queryRaw<{ soc_code: string; year: number; employment: number; median_wage: number | null }[]>`
      SELECT soc_code, year, employment, median_wage FROM employment_series WHERE soc_code = ANY(${socs}) ORDER BY soc_code, year`,
    db.prisma.$queryRaw<
      {
        code: string;
        vintage: string;
        nem_code: string;
        title: string;
        emp_base: number | null;
        emp_projected: number | null;
        change_percent: number | null;
        sharing: number;
      }[]
    >`SELECT c.from_code AS code, p.vintage, p.nem_code, p.title, p.emp_base, p.emp_projected, p.change_percent,
             (SELECT count(*)::int FROM crosswalk c2 JOIN onet_occupation o ON o.onet_version = ${CURRENT_ONET} AND o.code = c2.from_code
              WHERE c2.kind = 'onetsoc2019_soc2018' AND c2.to_code = c.to_code) AS sharing
      FROM crosswalk c JOIN employment_projection p ON p.nem_code = c.to_code
      WHERE c.kind = 'onetsoc2019_soc2018' AND c.from_code = ANY(${codes})
      ORDER BY c.from_code, p.vintage`,
    fetchIndexRanks(db),
    fetchProfiles(db),
    fetchScoredExposures(db),
    fetchReskillingIndex(db),
    fetchSimilarity(db),
    fetchCatalogue(db),
  ]);
  const descByCode = new Map(desc.map((d) => [d.code, d.description]));
  const tasksByCode = groupBy(tasks, (t) => t.code);
  const labelByCode = new Map(label.map((l) => [l.code, l]));
  const employmentBySoc = groupBy(employment, (e) => e.soc_code);
  const projectionsByCode = groupBy(projections, (p) => p.code);
  const out = new Map<string, OccupationDetail>();
  for (const occ of occs) {
    const code = occ.code;
    const profile = profiles.get(code);
    const eloundou = labelByCode.get(code);
    out.set(code, {
      occupation: { ...withoutSearchText(occ), description: descByCode.get(code) ?? '' },
      modelVersion: version,
      modelPercentile:
        occ.exposure === null || scoredExposures.length < 2
          ? null
          : countBelow(scoredExposures, occ.exposure) / (scoredExposures.length - 1),
      tasks: (tasksByCode.get(code) ?? []).map((t) => ({
        taskId: t.task_id,
        text: t.text,
        taskType: t.task_type,
        exposure: t.exposure,
        exposureLow: t.exposure_low,
        exposureHigh: t.exposure_high,
        attention: t.attention,
        topTokens: tokens(t.top_tokens),
        topActivities: activities(t.top_activities),
        humanLabel: t.human_exposure,
        automation: t.automation,
        aiMode: aiModeOf(t),
      })),
      indices: (indexRanks.get(code) ?? []).map((r) => ({ ...r })),
      eloundou: eloundou ? { humanBeta: eloundou.human_beta, gpt4Beta: eloundou.dv_beta } : null,
      profile: [...(profile?.list ?? [])].sort(
        (a, b) => a.domain.localeCompare(b.domain) || b.importance - a.importance,
      ),
      // The SOC code's (or its OEWS aggregate's) workers, whole and shared: never divided among its O*NET occupations.
      employment: (employmentBySoc.get(occ.employmentCode ?? '') ?? []).map((e) => ({
        year: e.year,
        employment: Math.round(e.employment),
        medianWage: e.median_wage,
      })),
      projections: (projectionsByCode.get(code) ?? []).map((p) => ({
        vintage: p.vintage,
        nemCode: p.nem_code,
        title: p.title,
        base: p.emp_base,
        projected: p.emp_projected,
        changePercent: p.change_percent,
        sharedWith: Math.max(0, p.sharing - 1),
      })),
      reskilling: profile ? reskillingIndex.paths(profile) : [],
      similar: similarity.neighbours(code, SIMILAR_COUNT).map((n) => {
        const o = catalogue.byCode.get(n.code);
        return {
          code: n.code,
          title: o?.title ?? n.code,
          similarity: n.similarity,
          exposure: o?.exposure ?? null,
          jobZone: o?.jobZone ?? null,
        };
      }),
    });
  }
  return out;
}
