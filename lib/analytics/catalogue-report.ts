import { AUTOMATION_THRESHOLD } from '../db/score-thresholds';
import { type OverviewOccupation, socItems } from './overview';
import { totalWeight, type Weighted, weightedMean, weightedShareAtLeast } from './weighted';

/** A US occupation row: the overview's fields plus the two figures the catalogue compares. */
export type UsOccupation = OverviewOccupation & { shareExposed: number | null; automation: number | null };

/** The exposure figures of one occupation a job can be coded to. */
export interface OccupationFigures {
  code: string;
  title: string;
  exposure: number | null;
  exposureLow: number | null;
  exposureHigh: number | null;
  /** Share of the occupation's tasks predicted exposed (E1 or E2). */
  shareExposed: number | null;
  /** Expected automation level of its tasks, 0 (T0) … 1 (T4). */
  automation: number | null;
}

/** One job as the report needs it: its effective code and headcount. */
export interface ReportJob {
  position: number;
  department: string | null;
  headcount: number | null;
  code: string | null;
}

/** A headcount-weighted figure with its interval where it has one. */
export interface Figure {
  value: number | null;
  low?: number | null;
  high?: number | null;
}

/** The headline: the catalogue's figures and the US workforce's beside them. */
export interface CatalogueHeadline {
  headcount: number;
  /** Headcount in jobs coded to an occupation with an exposure score. */
  headcountCovered: number;
  jobsWithoutHeadcount: number;
  exposure: Figure;
  /** Headcount in jobs whose occupation has ≥ 50% of tasks exposed, and its share of headcountCovered. */
  exposed50: { headcount: number; share: number | null };
  /** Share of covered headcount in automation-leaning occupations (automation level > 0.5); the rest lean to augmentation. */
  automationShare: number | null;
  us: { workers: number; exposure: Figure; exposed50Share: number | null; automationShare: number | null };
}

/** Threshold of share of tasks exposed for the "≥ 50% of tasks exposed" figure (automation leaning uses AUTOMATION_THRESHOLD). */
export const HALF = 0.5;

/** A job's weight: its headcount; a row without one counts as one position (and is counted as such). */
export const weightOf = (job: ReportJob) => job.headcount ?? 1;

type Scored = { job: ReportJob; occ: OccupationFigures & { exposure: number } };

function scoredJobs(jobs: readonly ReportJob[], occupations: ReadonlyMap<string, OccupationFigures>): Scored[] {
  const out: Scored[] = [];
  for (const job of jobs) {
    const occ = job.code ? occupations.get(job.code) : undefined;
    if (occ && occ.exposure !== null) out.push({ job, occ: occ as Scored['occ'] });
  }
  return out;
}

/** Headcount-weighted exposure with the weighted means of the lows and highs as its interval (as the overview). */
function exposureFigure(scored: readonly Scored[]): Figure {
  const items = (pick: (s: Scored) => number | null) =>
    scored.map((s): Weighted => ({ value: pick(s), weight: weightOf(s.job) }));
  return {
    value: weightedMean(items((s) => s.occ.exposure)),
    low: weightedMean(items((s) => s.occ.exposureLow ?? s.occ.exposure)),
    high: weightedMean(items((s) => s.occ.exposureHigh ?? s.occ.exposure)),
  };
}

/** Weighted share of items whose value is above (strictly) `threshold`. */
function shareAbove(items: readonly Weighted[], threshold: number): number | null {
  const usable = items.filter((i) => i.value !== null && i.weight !== null && i.weight > 0);
  const total = totalWeight(usable);
  if (total === 0) return null;
  return usable.filter((i) => i.value! > threshold).reduce((s, i) => s + i.weight!, 0) / total;
}

/**
 * The catalogue's headline figures, weighted by headcount, beside the US workforce's weighted by
 * SOC-level employment (each SOC code's workers once, its O*NET occupations' scores averaged: socItems).
 */
export function catalogueHeadline(
  jobs: readonly ReportJob[],
  occupations: ReadonlyMap<string, OccupationFigures>,
  us: readonly UsOccupation[],
): CatalogueHeadline {
  const scored = scoredJobs(jobs, occupations);
  const covered = scored.reduce((s, x) => s + weightOf(x.job), 0);
  const withShare = scored.filter((s) => s.occ.shareExposed !== null);
  const exposed50 = withShare
    .filter((s) => s.occ.shareExposed! >= HALF - 1e-12)
    .reduce((s, x) => s + weightOf(x.job), 0);
  const shareBase = withShare.reduce((s, x) => s + weightOf(x.job), 0);
  const usExposure = socItems(
    us,
    (o) => o.exposure,
    (o) => [o.exposureLow, o.exposureHigh],
  );
  const usShare = socItems(us, (o) => (o as UsOccupation).shareExposed);
  const usAutomation = socItems(us, (o) => (o as UsOccupation).automation);
  return {
    headcount: jobs.reduce((s, j) => s + weightOf(j), 0),
    headcountCovered: covered,
    jobsWithoutHeadcount: jobs.filter((j) => j.headcount === null).length,
    exposure: exposureFigure(scored),
    exposed50: { headcount: exposed50, share: shareBase > 0 ? exposed50 / shareBase : null },
    automationShare: shareAbove(
      scored.map((s) => ({ value: s.occ.automation, weight: weightOf(s.job) })),
      AUTOMATION_THRESHOLD,
    ),
    us: {
      workers: totalWeight(usExposure),
      exposure: {
        value: weightedMean(usExposure),
        low: weightedMean(usExposure.map((i) => ({ value: i.low, weight: i.weight }))),
        high: weightedMean(usExposure.map((i) => ({ value: i.high, weight: i.weight }))),
      },
      exposed50Share: weightedShareAtLeast(usShare, HALF),
      automationShare: shareAbove(usAutomation, AUTOMATION_THRESHOLD),
    },
  };
}

/** One department's headcount and headcount-weighted exposure with its interval. */
export interface DepartmentFigure {
  department: string;
  headcount: number;
  headcountCovered: number;
  exposure: Figure;
}

/** Exposure by department (jobs without one under "(none)"), most exposed first. */
export function byDepartment(
  jobs: readonly ReportJob[],
  occupations: ReadonlyMap<string, OccupationFigures>,
): DepartmentFigure[] {
  const groups = new Map<string, ReportJob[]>();
  for (const job of jobs) {
    const key = job.department ?? '(none)';
    groups.set(key, [...(groups.get(key) ?? []), job]);
  }
  return [...groups]
    .map(([department, members]) => {
      const scored = scoredJobs(members, occupations);
      return {
        department,
        headcount: members.reduce((s, j) => s + weightOf(j), 0),
        headcountCovered: scored.reduce((s, x) => s + weightOf(x.job), 0),
        exposure: exposureFigure(scored),
      };
    })
    .sort((a, b) => (b.exposure.value ?? -1) - (a.exposure.value ?? -1) || a.department.localeCompare(b.department));
}

/** The review queue: jobs by confidence, lowest first (no match, then unsure ones); user codes and reviewed jobs last. */
export function reviewOrder<
  J extends {
    position: number;
    confidence: number | null;
    needsReview: boolean;
    reviewedCode: string | null;
    userCode: string | null;
  },
>(jobs: readonly J[]): J[] {
  const rank = (j: J) =>
    j.reviewedCode !== null || j.userCode !== null ? 2 : j.confidence === null ? -1 : j.confidence;
  return [...jobs].sort((a, b) => rank(a) - rank(b) || a.position - b.position);
}
