import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ColumnType } from '../../lib/db/table-types';
import { assertColumns, rowEncoder } from '../../lib/ingest/encode-rows';
import { readFileRows } from '../../lib/ingest/read-file';
import { customIndexSpec } from '../../lib/ingest/sources/custom-index';
import { registeredSpecs } from '../../lib/ingest/sources/index';
import { runFileName, type AnyFileSpec } from '../../lib/ingest/types';
import { parsePrismaSchema, type SchemaTable } from '../helpers/prisma-schema';
import { MINI_DATA, specOf } from './helpers';

const SCHEMA = parsePrismaSchema(path.join(import.meta.dirname, '..', '..', 'prisma', 'schema.prisma'));
/** The Postgres type each ingest column type is cast to (lib/db/bulk.ts), as the schema parser names it. */
const PG_TYPE: Record<ColumnType, string> = {
  text: 'text',
  int: 'integer',
  float: 'double precision',
  bool: 'boolean',
  jsonb: 'jsonb',
};
const SPECS: AnyFileSpec[] = [...registeredSpecs, customIndexSpec('indices/example.csv')];

/**
 * Where a spec's target disagrees with prisma/schema.prisma (the one description of every table): an
 * unknown table or column, another type, a scope or key column the table lacks, or (insert mode) a
 * required column without a default that the spec never fills.
 */
function specColumnProblems(spec: AnyFileSpec, tables: readonly SchemaTable[]): string[] {
  const { table, columns, mode, keyColumns } = spec.target;
  const schema = tables.find((t) => t.name === table);
  if (!schema) return [`${table}: no such model in schema.prisma`];
  const problems: string[] = [];
  const known = new Map(schema.columns.map((c) => [c.name, c]));
  for (const c of columns) {
    const column = known.get(c.name);
    if (!column) problems.push(`${table}.${c.name}: not a column of the table`);
    else if (column.type !== PG_TYPE[c.type])
      problems.push(`${table}.${c.name}: spec casts to ${PG_TYPE[c.type]}, the table has ${column.type}`);
  }
  const named = new Set(columns.map((c) => c.name));
  for (const k of [...Object.keys(spec.scope), ...(keyColumns ?? [])])
    if (!known.has(k)) problems.push(`${table}.${k}: scope/key column not in the table`);
  if (mode !== 'update') {
    for (const c of schema.columns)
      if (!c.nullable && c.default === null && !named.has(c.name))
        problems.push(`${table}.${c.name}: required, never filled`);
  }
  return problems;
}

describe('ingest specs and the tables they fill (prisma/schema.prisma)', () => {
  it.each(SPECS.map((s) => [`${s.source} ${runFileName(s)}`, s] as const))(
    '%s: columns, types and scope match the table',
    (_, spec) => {
      expect(specColumnProblems(spec, SCHEMA)).toEqual([]);
    },
  );

  it('reports a spec naming a column the table lacks, a wrong type and a required column left out', () => {
    const tasks = specOf('v30_1/Task Statements.txt');
    const columns = tasks.target.columns
      .filter((c) => c.name !== 'code')
      .map((c) => (c.name === 'task_id' ? { ...c, type: 'text' as const } : c));
    const broken = {
      ...tasks,
      target: { ...tasks.target, columns: [...columns, { name: 'task_title', type: 'text' as const }] },
    };
    expect(specColumnProblems(broken, SCHEMA)).toEqual([
      'onet_task.task_id: spec casts to text, the table has integer',
      'onet_task.task_title: not a column of the table',
      'onet_task.code: required, never filled',
    ]);
  });

  it.each(
    SPECS.filter((s) => existsSync(path.join(MINI_DATA, s.file))).map(
      (s) => [`${s.source} ${runFileName(s)}`, s] as const,
    ),
  )('%s: toRow keys a fixture row by exactly the target columns', async (_, spec) => {
    const { rows } = await readFileRows(spec, path.join(MINI_DATA, spec.file));
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(spec.toRow(rows[0])).sort()).toEqual(spec.target.columns.map((c) => c.name).sort());
  });

  it('the encoder refuses a keyed row whose columns differ from the target, naming them', () => {
    const tasks = specOf('v30_1/Task Statements.txt');
    expect(() => assertColumns(tasks, ['onet_version', 'task_id', 'code', 'text', 'task_type', 'date'])).not.toThrow();
    const extra = { ...tasks, toRow: (r: Record<string, unknown>) => ({ ...tasks.toRow(r), task_title: 'x' }) };
    const row = { 'O*NET-SOC Code': '15-1252.00', 'Task ID': 1, Task: 't', 'Task Type': 'Core', Date: '08/2024' };
    expect(() => rowEncoder(extra, 'copy').push(row)).toThrow(
      /toRow columns do not match table onet_task \(not in the target: task_title\)/,
    );
    const encoder = rowEncoder(tasks, 'copy');
    encoder.push(row);
    const batch = encoder.take();
    expect(batch.rows).toBe(1);
    expect('copy' in batch && Buffer.from(batch.copy).toString('utf8')).toBe('30.1\t1\t15-1252.00\tt\tCore\t08/2024\n');
  });
});
