import type { Db } from '../../lib/db/client';
import type { SchemaColumn, SchemaIndex, SchemaTable } from './prisma-schema';

/** The migrator's own bookkeeping table (lib/db/migrate.ts), which the Prisma schema does not describe. */
export const MIGRATOR_TABLE = '_taskshift_migrations';

/**
 * A column default as Postgres prints it, made comparable with the schema's @default: sequences as `nextval()`,
 * `now()` as CURRENT_TIMESTAMP, casts dropped and quoted literals unquoted (`'[]'::jsonb` → `[]`).
 */
export function normaliseDefault(expr: string | null): string | null {
  if (expr === null) return null;
  if (expr.startsWith('nextval(')) return 'nextval()';
  let e = expr.trim();
  if (e === 'now()') return 'CURRENT_TIMESTAMP';
  while (/::[\w ]+(\[\])?(\(\d+\))?$/.test(e)) e = e.replace(/::[\w ]+(\[\])?(\(\d+\))?$/, '');
  const quoted = /^'(.*)'$/s.exec(e);
  return quoted ? quoted[1]!.replace(/''/g, "'") : e;
}

const COLUMNS_SQL = `
  SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
         NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS "default"
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

// Expression and partial indexes are marked so they show up as drift (Prisma cannot describe them).
const INDEXES_SQL = `
  SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS "unique",
         (SELECT string_agg(coalesce(a.attname, '(expression)'), ',' ORDER BY k.ord)
            FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
            LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS columns,
         ix.indpred IS NOT NULL AS partial
  FROM pg_index ix
  JOIN pg_class i ON i.oid = ix.indexrelid
  JOIN pg_class t ON t.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  WHERE n.nspname = 'public'
  ORDER BY t.relname, i.relname`;

/** Reads every table of the public schema (but the migrator's) with its columns and indexes, in the schema's terms. */
export async function readCatalog(db: Db): Promise<SchemaTable[]> {
  const columns = await db.prisma.$queryRawUnsafe<(SchemaColumn & { table: string })[]>(COLUMNS_SQL);
  const indexes =
    await db.prisma.$queryRawUnsafe<
      { table: string; name: string; unique: boolean; columns: string; partial: boolean }[]
    >(INDEXES_SQL);
  const tables = new Map<string, SchemaTable>();
  const tableOf = (name: string) => tables.get(name) ?? tables.set(name, { name, columns: [], indexes: [] }).get(name)!;
  for (const c of columns) {
    if (c.table === MIGRATOR_TABLE) continue;
    // timestamptz without a precision is timestamptz(6), as Prisma's @db.Timestamptz(6) writes it
    const type = c.type.replace(/^timestamp (with|without) time zone/, 'timestamp(6) $1 time zone');
    tableOf(c.table).columns.push({ name: c.name, type, nullable: c.nullable, default: normaliseDefault(c.default) });
  }
  for (const i of indexes) {
    if (i.table === MIGRATOR_TABLE) continue;
    const index: SchemaIndex = {
      name: i.partial ? `${i.name} (partial)` : i.name,
      columns: i.columns.split(','),
      unique: i.unique,
    };
    tableOf(i.table).indexes.push(index);
  }
  return [...tables.values()];
}

/** Every difference between what the schema says and what the database holds, one readable line each. */
export function schemaDrift(schema: SchemaTable[], database: SchemaTable[]): string[] {
  const drift: string[] = [];
  const byName = <T extends { name: string }>(xs: T[]) => new Map(xs.map((x) => [x.name, x]));
  const dbTables = byName(database);
  const schemaTables = byName(schema);
  for (const t of database)
    if (!schemaTables.has(t.name)) drift.push(`table ${t.name}: in the migrations, no model in schema.prisma`);
  for (const t of schema) {
    const actual = dbTables.get(t.name);
    if (!actual) {
      drift.push(`table ${t.name}: a model in schema.prisma, not created by the migrations`);
      continue;
    }
    const cols = byName(actual.columns);
    for (const c of actual.columns)
      if (!t.columns.some((s) => s.name === c.name))
        drift.push(`${t.name}.${c.name}: column in the migrations, not in schema.prisma`);
    for (const c of t.columns) {
      const a = cols.get(c.name);
      if (!a) drift.push(`${t.name}.${c.name}: in schema.prisma, not in the migrations`);
      else
        for (const key of ['type', 'nullable', 'default'] as const)
          if (a[key] !== c[key])
            drift.push(
              `${t.name}.${c.name}: ${key} is ${JSON.stringify(a[key])} in the database, ${JSON.stringify(c[key])} in schema.prisma`,
            );
    }
    const describe = (i: SchemaIndex) => `${i.unique ? 'unique ' : ''}index ${i.name} (${i.columns.join(', ')})`;
    const expected = new Set(t.indexes.map(describe));
    const present = new Set(actual.indexes.map(describe));
    for (const i of present) if (!expected.has(i)) drift.push(`${t.name}: ${i} in the database, not in schema.prisma`);
    for (const i of expected) if (!present.has(i)) drift.push(`${t.name}: ${i} in schema.prisma, not in the database`);
  }
  return drift;
}
