import type { SimilarityInput } from '../../analytics/similarity/components';
import { buildSimilarityIndex, type SimilarityIndex } from '../../analytics/similarity/combine';
import { type Db, getDb } from '../client';
import { CURRENT_ONET, cached } from './cache';

/**
 * What the similarity compares, for every O*NET occupation of `onetVersion` (in code order):
 * title, job zone, skill/knowledge ratings (importance and level), task statements and the DWAs
 * their tasks link to.
 */
export async function readSimilarityInputs(db: Db, onetVersion = CURRENT_ONET): Promise<SimilarityInput[]> {
  const [occupations, ratings, tasks, activities] = await Promise.all([
    db.prisma.$queryRaw<{ code: string; title: string; job_zone: number | null }[]>`
      SELECT o.code, o.title, z.job_zone FROM onet_occupation o
      LEFT JOIN onet_job_zone z ON z.onet_version = o.onet_version AND z.code = o.code
      WHERE o.onet_version = ${onetVersion} ORDER BY o.code`,
    db.prisma.$queryRaw<{ code: string; element_id: string; im: number | null; lv: number | null }[]>`
      SELECT code, element_id, max(value) FILTER (WHERE scale_id = 'IM') AS im, max(value) FILTER (WHERE scale_id = 'LV') AS lv
      FROM onet_rating WHERE onet_version = ${onetVersion} GROUP BY code, element_id ORDER BY code, element_id`,
    db.prisma.$queryRaw<{ code: string; text: string }[]>`
      SELECT code, text FROM onet_task WHERE onet_version = ${onetVersion} ORDER BY code, task_id`,
    db.prisma.$queryRaw<{ code: string; dwa_id: string }[]>`
      SELECT code, dwa_id FROM onet_task_dwa WHERE onet_version = ${onetVersion} ORDER BY code, task_id, dwa_id`,
  ]);
  const byCode = new Map(
    occupations.map((o) => [
      o.code,
      {
        code: o.code,
        title: o.title,
        jobZone: o.job_zone,
        ratings: new Map<string, { importance: number; level: number }>(),
        activities: [] as string[],
        tasks: [] as string[],
      },
    ]),
  );
  for (const r of ratings) {
    // An element needs both scales to be compared; one without importance or level is left out.
    if (r.im !== null && r.lv !== null)
      byCode.get(r.code)?.ratings.set(r.element_id, { importance: r.im, level: r.lv });
  }
  for (const t of tasks) byCode.get(t.code)?.tasks.push(t.text);
  for (const a of activities) byCode.get(a.code)?.activities.push(a.dwa_id);
  return [...byCode.values()];
}

/**
 * Similarity of every pair of current occupations (≈1,000 × 1,000), computed once per data stamp
 * and shared by the occupation pages, their CSVs and the reskilling paths.
 */
export function fetchSimilarity(db: Db = getDb()): Promise<SimilarityIndex> {
  return cached('occupation-similarity', db, async () => buildSimilarityIndex(await readSimilarityInputs(db)));
}
