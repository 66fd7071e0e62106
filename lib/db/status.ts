import type { Db } from './client';

/** True when no O*NET occupations are loaded yet (a fresh database). */
export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const rows = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM onet_occupation LIMIT 1) t`;
  return (rows[0]?.n ?? 0) === 0;
}

/** True when at least one model version has finished scoring. */
export async function hasReadyModel(db: Db): Promise<boolean> {
  const rows = await db.prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM model_version WHERE status = 'ready'`;
  return (rows[0]?.n ?? 0) > 0;
}
