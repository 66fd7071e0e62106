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

/**
 * The sources, of those given, that no import was ever attempted for: sources added to the
 * registry after this database was first filled (e.g. bls-oews-industry), which start:demo loads.
 */
export async function sourcesNeverImported(db: Db, sources: readonly string[]): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ source: string }[]>`
    SELECT DISTINCT source FROM import_run WHERE source = ANY(${[...sources]}::text[])`;
  const seen = new Set(rows.map((r) => r.source));
  return sources.filter((s) => !seen.has(s));
}
