import { aiModeOf } from '../../analytics/ai-mode';
import type { SectorCell, SectorTotal } from '../../analytics/industry';
import type { ScoredOccupation } from '../../analytics/industry-codes';
import type { Db } from '../client';

/** The OEWS industry rows of one year: each sector's total and its detailed occupation cells. */
export interface IndustryRows {
  year: number | null;
  totals: SectorTotal[];
  cells: SectorCell[];
}

/** Reads the latest year of oews_industry_employment (empty lists while the source is not loaded). */
export async function readIndustryRows(db: Db): Promise<IndustryRows> {
  const latest = await db.prisma.$queryRaw<
    { year: number | null }[]
  >`SELECT max(year) AS year FROM oews_industry_employment`;
  const year = latest[0]?.year ?? null;
  if (year === null) return { year, totals: [], cells: [] };
  const rows = await db.prisma.$queryRaw<
    { naics: string; naics_title: string; occ_code: string; title: string; o_group: string; tot_emp: number | null }[]
  >`
    SELECT naics, naics_title, occ_code, title, o_group, tot_emp FROM oews_industry_employment
    WHERE year = ${year} AND o_group IN ('total', 'detailed') ORDER BY naics, occ_code`;
  const totals = rows
    .filter((r) => r.o_group === 'total')
    .map((r) => ({ naics: r.naics, title: r.naics_title, workers: r.tot_emp }));
  const cells = rows
    .filter((r) => r.o_group === 'detailed')
    .map((r) => ({ naics: r.naics, occCode: r.occ_code, title: r.title, workers: r.tot_emp }));
  return { year, totals, cells };
}

/**
 * The current O*NET occupations with the model version's occupation score and interval, and
 * their exposed tasks counted by AI mode under the occupation page's rule (aiModeOf).
 */
export async function readScoredOccupations(
  db: Db,
  modelVersion: string | null,
  onetVersion: string,
): Promise<ScoredOccupation[]> {
  const occupations = await db.prisma.$queryRaw<
    { code: string; soc_code: string; exposure: number | null; low: number | null; high: number | null }[]
  >`
    SELECT o.code, o.soc_code, s.exposure, s.exposure_low AS low, s.exposure_high AS high
    FROM onet_occupation o LEFT JOIN occupation_score s ON s.model_version = ${modelVersion} AND s.code = o.code
    WHERE o.onet_version = ${onetVersion} ORDER BY o.code`;
  const tasks = await db.prisma.$queryRaw<
    { code: string; p_e0: number; p_e1: number; p_e2: number; automation: number }[]
  >`
    SELECT code, p_e0, p_e1, p_e2, automation FROM task_score WHERE model_version = ${modelVersion}`;
  const modes = new Map<string, { automation: number; augmentation: number }>();
  for (const t of tasks) {
    const mode = aiModeOf(t);
    if (!mode) continue;
    const m = modes.get(t.code) ?? { automation: 0, augmentation: 0 };
    m[mode]++;
    modes.set(t.code, m);
  }
  return occupations.map((o) => ({
    code: o.code,
    socCode: o.soc_code,
    score: o.exposure,
    low: o.low,
    high: o.high,
    automationTasks: modes.get(o.code)?.automation ?? 0,
    augmentationTasks: modes.get(o.code)?.augmentation ?? 0,
  }));
}
