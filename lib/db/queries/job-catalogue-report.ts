import {
  byDepartment,
  catalogueHeadline,
  type CatalogueHeadline,
  type DepartmentFigure,
  type OccupationFigures,
  reviewOrder,
} from '../../analytics/catalogue-report';
import { type Db, getDb } from '../client';
import { type CatalogueJob, catalogueJobs, type CatalogueRecord, effectiveCode, getCatalogue } from '../job-catalogues';
import { fetchCatalogue } from './catalogue';
import { fetchOccupationDetail } from './occupation-detail';

/** One job as the report, its table and its CSV show it. */
export interface JobView {
  position: number;
  line: number;
  extId: string | null;
  title: string;
  department: string | null;
  location: string | null;
  headcount: number | null;
  /** The code the job counts under, and where it came from. */
  code: string | null;
  codeSource: 'reviewed' | 'file' | 'match' | null;
  occupationTitle: string | null;
  matchCode: string | null;
  matchTitle: string | null;
  confidence: number | null;
  alternatives: { code: string; title: string; probability: number }[];
  needsReview: boolean;
  seniority: string | null;
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  automation: number | null;
  shareExposed: number | null;
  /** The occupation's most exposed tasks (up to 3), most exposed first. */
  topTasks: { text: string; exposure: number }[];
  /** The occupation's best reskilling path (most similar less-exposed occupation), if any. */
  reskilling: { code: string; title: string; exposure: number; similarity: number } | null;
}

/** Everything /catalogues/[id], its CSV and print view show. */
export interface CatalogueReport {
  catalogue: CatalogueRecord;
  modelVersion: string | null;
  headline: CatalogueHeadline;
  departments: DepartmentFigure[];
  jobs: JobView[];
  /** Jobs in review order (lowest confidence first). */
  review: JobView[];
}

const sourceOf = (job: CatalogueJob): JobView['codeSource'] =>
  job.reviewedCode ? 'reviewed' : job.userCode ? 'file' : job.matchCode ? 'match' : null;

/** Most exposed tasks and best reskilling path per code (from the shared, public occupation details). */
async function occupationExtras(codes: readonly string[], db: Db) {
  const out = new Map<string, Pick<JobView, 'topTasks' | 'reskilling'>>();
  for (const code of codes) {
    const detail = await fetchOccupationDetail(code, db);
    if (!detail) continue;
    const topTasks = detail.tasks
      .filter((t) => t.exposure !== null)
      .sort((a, b) => b.exposure! - a.exposure! || a.taskId - b.taskId)
      .slice(0, 3)
      .map((t) => ({ text: t.text, exposure: t.exposure! }));
    const best = detail.reskilling[0];
    out.set(code, {
      topTasks,
      reskilling: best
        ? { code: best.code, title: best.title, exposure: best.exposure, similarity: best.similarity }
        : null,
    });
  }
  return out;
}

/**
 * The report of one catalogue, computed afresh on every call (never cached: catalogues are private).
 * @returns null when there is no such catalogue
 */
export async function fetchCatalogueReport(id: string, db: Db = getDb()): Promise<CatalogueReport | null> {
  const catalogue = await getCatalogue(db, id);
  if (!catalogue) return null;
  const [jobs, occupations] = await Promise.all([catalogueJobs(db, id), fetchCatalogue(db)]);
  const figures = new Map<string, OccupationFigures>(occupations.occupations.map((o) => [o.code, o]));
  const codes = [...new Set(jobs.map(effectiveCode).filter((c): c is string => c !== null && figures.has(c)))].sort();
  const extras = await occupationExtras(codes, db);
  const views = jobs.map((job): JobView => {
    const code = effectiveCode(job);
    const occ = code ? figures.get(code) : undefined;
    return {
      position: job.position,
      line: job.line,
      extId: job.extId,
      title: job.title,
      department: job.department,
      location: job.location,
      headcount: job.headcount,
      code,
      codeSource: sourceOf(job),
      occupationTitle: occ?.title ?? null,
      matchCode: job.matchCode,
      matchTitle: job.matchTitle,
      confidence: job.confidence,
      alternatives: Array.isArray(job.alternatives) ? (job.alternatives as JobView['alternatives']) : [],
      needsReview: job.needsReview && !job.reviewedCode,
      seniority: job.seniority,
      exposure: occ?.exposure ?? null,
      exposureLow: occ?.exposureLow ?? null,
      exposureHigh: occ?.exposureHigh ?? null,
      automation: occ?.automation ?? null,
      shareExposed: occ?.shareExposed ?? null,
      topTasks: (code && extras.get(code)?.topTasks) || [],
      reskilling: (code && extras.get(code)?.reskilling) || null,
    };
  });
  const reportJobs = views.map((v) => ({
    position: v.position,
    department: v.department,
    headcount: v.headcount,
    code: v.code,
  }));
  const byPosition = new Map(views.map((v) => [v.position, v]));
  return {
    catalogue,
    modelVersion: occupations.modelVersion,
    headline: catalogueHeadline(reportJobs, figures, occupations.occupations),
    departments: byDepartment(reportJobs, figures),
    jobs: views,
    review: reviewOrder(jobs).map((j) => byPosition.get(j.position)!),
  };
}

/** The codes of the current occupations with their titles (to validate a reassignment). */
export async function currentOccupationCodes(db: Db = getDb()): Promise<Map<string, string>> {
  const occupations = await fetchCatalogue(db);
  return new Map(occupations.occupations.map((o) => [o.code, o.title]));
}
