import type { Db } from '@/lib/db/client';

/** Tables that record what happened rather than hold data: they may change when an import fails. */
const LOG_TABLES = new Set(['import_run', 'upload', '_taskshift_migrations']);

/** Names of every data table in the public schema. */
export async function dataTables(db: Db): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
  return rows.map((r) => r.name).filter((n) => !LOG_TABLES.has(n) && /^[a-z_][a-z0-9_]*$/.test(n));
}

/**
 * A checksum of the whole content of each data table (row count and md5 of the sorted rows),
 * in one statement: equal fingerprints mean the data did not change.
 */
export async function fingerprint(db: Db, tables: string[]): Promise<Record<string, string>> {
  // Table names come from information_schema and are checked against a strict pattern above.
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM ${t} x`,
    )
    .join(' UNION ALL ');
  const rows = await db.prisma.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}
