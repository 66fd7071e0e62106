import type { ColumnType, EncodedBatch, TableTarget } from './table-types';

/** Bulk SQL for ingest: table and column names come only from FileSpecs (our code); values are always parameters. */

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const CAST: Record<ColumnType, string> = { text: 'text', int: 'int', float: 'float8', bool: 'boolean', jsonb: 'jsonb' };

/** Rows per statement: one array parameter per column, so the 32,767-parameter limit never applies. */
export const BATCH_ROWS = 5_000;

/** Rejects anything that is not a plain lower-case SQL identifier, as a guard on spec mistakes. */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Unsafe SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

/** Encodes one value as the text Postgres casts from (null stays null). */
export function encodeValue(type: ColumnType, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'bool') return value ? 'true' : 'false';
  return String(value);
}

/** `INSERT … SELECT … FROM unnest($1::text[], …)`: every column travels as text[] and is cast in SQL. */
export function insertSql(target: TableTarget): string {
  const cols = target.columns.map((c) => ident(c.name));
  const arrays = cols.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const select = target.columns.map((c, i) => `u.c${i}::${CAST[c.type]}`).join(', ');
  const alias = cols.map((_, i) => `c${i}`).join(', ');
  return `INSERT INTO ${ident(target.table)} (${cols.join(', ')}) SELECT ${select} FROM unnest(${arrays}) AS u(${alias})`;
}

/** `UPDATE … FROM unnest(…)` setting the non-key columns of rows matched on `keyColumns`. */
export function updateSql(target: TableTarget): string {
  const keys = new Set(target.keyColumns ?? []);
  if (keys.size === 0) throw new Error(`update target ${target.table} needs keyColumns`);
  const arrays = target.columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const alias = target.columns.map((_, i) => `c${i}`).join(', ');
  const sets: string[] = [];
  const where: string[] = [];
  target.columns.forEach((c, i) => {
    const expr = `u.c${i}::${CAST[c.type]}`;
    if (keys.has(c.name)) where.push(`t.${ident(c.name)} = ${expr}`);
    else sets.push(`${ident(c.name)} = ${expr}`);
  });
  return `UPDATE ${ident(target.table)} AS t SET ${sets.join(', ')} FROM unnest(${arrays}) AS u(${alias}) WHERE ${where.join(' AND ')}`;
}

/** `WHERE` clause and parameters selecting a spec's scope (empty scope = whole table). */
export function scopeWhere(scope: Readonly<Record<string, string | number>>): { sql: string; params: unknown[] } {
  const entries = Object.entries(scope);
  if (entries.length === 0) return { sql: '', params: [] };
  const sql = entries.map(([col], i) => `${ident(col)} = $${i + 1}`).join(' AND ');
  return { sql: ` WHERE ${sql}`, params: entries.map(([, v]) => v) };
}

/** Statement clearing a target's scope: DELETE for insert mode, NULLing the non-key columns for update mode. */
export function clearScopeSql(target: TableTarget, scope: Readonly<Record<string, string | number>>) {
  const scoped = scopeWhere(scope);
  if (target.mode !== 'update')
    return { sql: `DELETE FROM ${ident(target.table)}${scoped.sql}`, params: scoped.params };
  const keys = new Set(target.keyColumns ?? []);
  const cleared = target.columns.filter((c) => !keys.has(c.name)).map((c) => ident(c.name));
  // Rows already all null are left alone: after a fresh load that is every row, and each update writes a new row version.
  const anySet = `(${cleared.map((c) => `${c} IS NOT NULL`).join(' OR ')})`;
  const sets = cleared.map((c) => `${c} = NULL`).join(', ');
  const where = scoped.sql ? `${scoped.sql} AND ${anySet}` : ` WHERE ${anySet}`;
  return { sql: `UPDATE ${ident(target.table)} SET ${sets}${where}`, params: scoped.params };
}

const COPY_SPECIAL = /[\\\t\n\r]/;
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** COPY text-format escaping of one non-null value (backslash, tab, line feed, carriage return). */
export function escapeCopyText(value: string): string {
  return COPY_SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (ch) => COPY_ESCAPES[ch] as string) : value;
}

/** Escapes one encoded value for COPY's text format. */
function copyCell(value: string | null | undefined): string {
  return value === null || value === undefined ? '\\N' : escapeCopyText(value);
}

/** One row of encoded values → one COPY text-format line (with its newline). */
export function copyLine(cells: readonly (string | null)[]): string {
  let line = copyCell(cells[0]);
  for (let c = 1; c < cells.length; c++) line += `\t${copyCell(cells[c])}`;
  return `${line}\n`;
}

/** A batch's column-major arrays (for unnest statements); a writer that wants them is given them. */
export function columnsOf(batch: EncodedBatch): (string | null)[][] {
  if ('columns' in batch) return batch.columns;
  throw new Error('this writer takes column arrays, not COPY text');
}

/** Column-major encoded batch → COPY text-format payload. */
export function copyText(columns: (string | null)[][]): string {
  const rows = columns[0]?.length ?? 0;
  let out = '';
  for (let r = 0; r < rows; r++) {
    let line = copyCell(columns[0]?.[r]);
    for (let c = 1; c < columns.length; c++) line += `\t${copyCell(columns[c]?.[r])}`;
    out += `${line}\n`;
  }
  return out;
}

/** `COPY t (cols) FROM STDIN` for a target. */
export function copySql(target: TableTarget): string {
  return `COPY ${ident(target.table)} (${target.columns.map((c) => ident(c.name)).join(', ')}) FROM STDIN`;
}
