import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog, schemaDrift } from '../helpers/db-catalog';
import { dbKinds, freshDb } from '../helpers/db';
import { parsePrismaSchema } from '../helpers/prisma-schema';

const SCHEMA = path.join(import.meta.dirname, '..', '..', 'prisma', 'schema.prisma');

describe('prisma/schema.prisma describes exactly what the SQL migrations create', () => {
  it('parses every model of the schema', () => {
    const tables = parsePrismaSchema(SCHEMA);
    expect(tables.length).toBeGreaterThan(10);
    const importRun = tables.find((t) => t.name === 'import_run');
    expect(importRun?.columns.find((c) => c.name === 'rows_read')).toEqual({
      name: 'rows_read',
      type: 'integer',
      nullable: false,
      default: '0',
    });
    expect(importRun?.indexes).toContainEqual({ name: 'import_run_pkey', columns: ['id'], unique: true });
  });

  it('reports a changed type, a lost default and a missing index as drift', () => {
    const schema = [
      {
        name: 't',
        columns: [{ name: 'a', type: 'integer', nullable: false, default: '0' }],
        indexes: [{ name: 't_a_idx', columns: ['a'], unique: false }],
      },
    ];
    const database = [
      { name: 't', columns: [{ name: 'a', type: 'bigint', nullable: false, default: null }], indexes: [] },
    ];
    expect(schemaDrift(schema, database)).toEqual([
      't.a: type is "bigint" in the database, "integer" in schema.prisma',
      't.a: default is null in the database, "0" in schema.prisma',
      't: index t_a_idx (a) in schema.prisma, not in the database',
    ]);
  });

  it.each(dbKinds)(
    '%s: every table, column, type, nullability, default and index matches',
    async (kind) => {
      const db = await freshDb(kind);
      try {
        expect(schemaDrift(parsePrismaSchema(SCHEMA), await readCatalog(db))).toEqual([]);
      } finally {
        await db.close();
      }
    },
    60_000,
  );
});
